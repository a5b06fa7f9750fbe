import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emulatorStore, openFreshEmulatorStore } from '../../../mocks/ses/instance';
import { emptyNotifications, identityKey } from '../../../mocks/ses/model';
import { connectionAs, renderWithQueries } from '../../test/render';
import { AccessTab } from './access-tab';
import { AccountReport } from './account-report';
import { GrantAccessSummary } from './grant-access-summary';
import { wholeText } from '../../test/text';

const OWNER = '888888888888';
const DOMAIN_ARN = `arn:aws:ses:us-east-1:${OWNER}:identity/ses-example.com`;
const NEWS = 'news@ses-example.com';
const NEWS_ARN = `arn:aws:ses:us-east-1:${OWNER}:identity/${NEWS}`;
const HOSTILE = '<img src=x onerror=alert(1)>';

/** An email identity of the owner under ses-example.com, verified, with one policy. */
async function addNews() {
  const document = JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Sid: HOSTILE,
        Effect: 'Allow',
        Principal: { AWS: '111122223333' },
        Action: 'ses:SendEmail',
        Resource: NEWS_ARN,
      },
    ],
  });
  const store = await emulatorStore();
  await store.transaction((tx) =>
    tx.putIdentity({
      key: identityKey(OWNER, 'us-east-1', NEWS),
      account: OWNER,
      region: 'us-east-1',
      name: NEWS,
      kind: 'EmailAddress',
      verificationStatus: 'Success',
      policies: [{ name: 'NewsPolicy', document }],
      notifications: emptyNotifications(),
      forwardingEnabled: true,
      createdAt: '2026-12-01T00:00:00Z',
    }),
  );
}

const inRouter = (ui: React.ReactNode) => renderWithQueries(<MemoryRouter>{ui}</MemoryRouter>);

beforeEach(async () => {
  await openFreshEmulatorStore();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('AccessTab', { timeout: 20_000 }, () => {
  it("shows who can send as the demo domain, without Web Workers (jsdom's fallback)", async () => {
    expect(typeof Worker).toBe('undefined');
    inRouter(
      <AccessTab
        connection={connectionAs('owner')}
        identity="ses-example.com"
        identityArn={DOMAIN_ARN}
        account={OWNER}
        verified
      />,
    );
    const table = await screen.findByRole('table', { name: 'Who can send as this identity' });
    const delegate = await within(table).findByRole(
      'row',
      { name: /account 999999999999/ },
      { timeout: 8000 },
    );
    const value = within(delegate).getByText(wholeText('marketing+*@ses-example.com'), { selector: 'code' });
    expect(value.closest('li')).toHaveTextContent(
      /^only From addresses matching marketing\+\*@ses-example\.com$/,
    );
    expect(
      within(delegate).getByText('SampleAuthorizationPolicy, statement AuthorizeMarketer'),
    ).toBeInTheDocument();
    expect(within(table).getByText("account 888888888888 (the identity's own account)")).toBeInTheDocument();
  });

  it('notes on the domain which email identities override it, and on the address which domain', async () => {
    await addNews();
    const connection = connectionAs('owner');
    const { unmount } = inRouter(
      <AccessTab
        connection={connection}
        identity="ses-example.com"
        identityArn={DOMAIN_ARN}
        account={OWNER}
        verified
      />,
    );
    expect(
      await screen.findByText(
        'Email address identities take precedence over this domain',
        {},
        { timeout: 8000 },
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/news@ses-example.com is an email address identity/)).toBeInTheDocument();
    unmount();

    inRouter(
      <AccessTab connection={connection} identity={NEWS} identityArn={NEWS_ARN} account={OWNER} verified />,
    );
    expect(
      await screen.findByText('This address takes precedence over ses-example.com', {}, { timeout: 8000 }),
    ).toBeInTheDocument();
    // The hostile Sid is text: no element is made of it.
    expect(
      await screen.findByText(`NewsPolicy, statement ${HOSTILE}`, {}, { timeout: 8000 }),
    ).toBeInTheDocument();
    expect(document.querySelector('img[src="x"]')).toBeNull();
  });

  it('says an unverified identity lets no one send', () => {
    inRouter(
      <AccessTab
        connection={connectionAs('owner')}
        identity="x.example"
        identityArn="arn"
        account={OWNER}
        verified={false}
      />,
    );
    expect(screen.getByText('Not verified yet')).toBeInTheDocument();
  });
});

describe('AccountReport', { timeout: 30_000 }, () => {
  it('lists every identity, keeps other accounts with the filter, and exports CSV and JSON', async () => {
    await addNews();
    const saved: { name: string; text: Promise<string> }[] = [];
    let blob: Blob | undefined;
    URL.createObjectURL = vi.fn((b: Blob) => {
      blob = b;
      return 'blob:report';
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      if (blob) saved.push({ name: this.download, text: blob.text() });
    });

    inRouter(<AccountReport connection={connectionAs('owner')} account={OWNER} />);
    const table = await screen.findByRole('table', { name: 'Access report' });
    await within(table).findByRole('row', { name: /account 999999999999/ }, { timeout: 15_000 });
    expect(within(table).getAllByRole('link', { name: 'ses-example.com' }).length).toBeGreaterThan(0);
    expect(within(table).getAllByRole('link', { name: NEWS }).length).toBeGreaterThan(0);
    expect(
      screen.getByText('Email address identities that take precedence over their domain'),
    ).toBeInTheDocument();
    // ses-example.com, news@ and delegate.example is not the owner's: 2 own-account rows + 2 grants.
    expect(screen.getByRole('heading', { name: /Who can send as your identities/ })).toHaveTextContent('(4)');

    await userEvent.click(screen.getByRole('checkbox', { name: 'Other accounts only' }));
    expect(within(table).queryByText(/the identity's own account/)).toBeNull();
    expect(within(table).getByRole('row', { name: /account 999999999999/ })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /account 111122223333/ })).toBeInTheDocument();

    await userEvent.type(screen.getByRole('searchbox', { name: 'Filter access report' }), 'marketing');
    expect(within(table).queryByRole('row', { name: /account 111122223333/ })).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    await userEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
    await waitFor(() => expect(saved).toHaveLength(2));
    const [csv, json] = saved;
    expect(csv?.name).toBe('ses-access-report-888888888888-us-east-1.csv');
    const csvText = (await csv?.text) ?? '';
    expect(csvText).toContain('marketing+*@ses-example.com');
    // Exports hold every row, whatever the filters show.
    expect(csvText).toContain("the identity's own account");
    expect(csvText).toContain(`"NewsPolicy, statement ${HOSTILE}"`);
    expect(json?.name).toBe('ses-access-report-888888888888-us-east-1.json');
    const report = JSON.parse((await json?.text) ?? '') as {
      rows: { identity: string; principals: string[] }[];
    };
    expect(report.rows.map((r) => [r.identity, r.principals[0]])).toEqual(
      expect.arrayContaining([
        ['ses-example.com', '999999999999'],
        [NEWS, '111122223333'],
      ]),
    );
  });
});

describe('GrantAccessSummary', { timeout: 20_000 }, () => {
  it('keeps only the rows that apply to the acting principal', async () => {
    const document = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'Marketer',
          Effect: 'Allow',
          Principal: { AWS: '999999999999' },
          Action: 'ses:SendEmail',
          Resource: DOMAIN_ARN,
          Condition: { StringLike: { 'ses:FromAddress': 'marketing+*@ses-example.com' } },
        },
        {
          Sid: 'Outsider',
          Effect: 'Allow',
          Principal: { AWS: '111122223333' },
          Action: 'ses:SendEmail',
          Resource: DOMAIN_ARN,
        },
      ],
    });
    inRouter(
      <GrantAccessSummary
        identity="ses-example.com"
        identityArn={DOMAIN_ARN}
        policies={[{ name: 'P', document }]}
        principalArn="arn:aws:iam::999999999999:user/marketer"
        principalLabel="marketer"
      />,
    );
    const table = await screen.findByRole('table', { name: 'What exactly I may send as ses-example.com' });
    expect(
      await within(table).findByText('P, statement Marketer', {}, { timeout: 8000 }),
    ).toBeInTheDocument();
    expect(within(table).queryByText('P, statement Outsider')).toBeNull();
    expect(within(table).queryByText(/own account/)).toBeNull();
  });
});
