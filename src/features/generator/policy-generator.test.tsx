import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ANNOUNCEMENT_POLICY } from '../../../mocks/ses/seed';
import { buildPolicyDocument } from './document/build-policy';
import { PolicyGenerator, type PolicyGeneratorProps } from './policy-generator';
import { startPointForm } from './form/start-points';
import { wholeText } from '../../test/text';

const ARN = 'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com';

function setup(props: Partial<PolicyGeneratorProps> = {}) {
  const onApply = vi.fn<PolicyGeneratorProps['onApply']>().mockResolvedValue(undefined);
  const onCancel = vi.fn();
  const user = userEvent.setup();
  render(
    <PolicyGenerator
      identityArn={ARN}
      existingPolicyNames={['SampleAuthorizationPolicy']}
      // The demo's saved policy: the 'from-pattern' start point allows what it allows already.
      savedPolicies={[{ name: 'SampleAuthorizationPolicy', document: ANNOUNCEMENT_POLICY }]}
      onApply={onApply}
      onCancel={onCancel}
      renderEditor={({ value, onChange, ariaLabel }) => (
        <textarea aria-label={ariaLabel} value={value} onChange={(e) => onChange(e.target.value)} />
      )}
      {...props}
    />,
  );
  return { user, onApply: props.onApply ?? onApply, onCancel: props.onCancel ?? onCancel };
}

const editor = () => screen.getByRole('textbox', { name: 'Policy document (JSON)' });
const principals = (n = 0) => screen.getAllByRole('textbox', { name: /^Principals/ })[n] as HTMLElement;
const next = (user: ReturnType<typeof userEvent.setup>) =>
  user.click(screen.getByRole('button', { name: 'Next' }));
const stepHeading = (name: string) => screen.findByRole('heading', { name, level: 1 });

async function chooseStartPoint(user: ReturnType<typeof userEvent.setup>, option: RegExp) {
  await user.click(screen.getByRole('button', { name: /Start point/ }));
  await user.click(await screen.findByRole('option', { name: option }));
}

/** The error message Cloudscape ties to a control through aria-describedby. */
function describedBy(element: HTMLElement): string {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

// Cloudscape in jsdom is slow on a busy machine: a whole wizard journey gets more than 5 s.
describe('PolicyGenerator', { timeout: 30_000 }, () => {
  it('builds the announcement’s policy from its start point and applies it', async () => {
    const { user, onApply } = setup();
    expect(await stepHeading('Statements')).toBeInTheDocument();
    await chooseStartPoint(user, /matching a pattern/);
    expect(principals()).toHaveValue('999999999999');
    expect(screen.getByRole('textbox', { name: /^Values/ })).toHaveValue('marketing+*@ses-example.com');
    expect(screen.getByText(/StringLike takes \* \(any run of characters\)/)).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /ses:SendRawEmail/ })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /ses:SendTemplatedEmail/ })).not.toBeChecked();

    await next(user);
    expect(await stepHeading('Name and document')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Policy name/ })).toHaveValue('AuthorizeMarketer');
    const expected = buildPolicyDocument(
      startPointForm('from-pattern', ARN, new Date()) ?? { statements: [] },
      ARN,
    );
    expect(editor()).toHaveValue(expected);

    await next(user);
    expect(await stepHeading('Review and apply')).toBeInTheDocument();
    // What the policy does, said once: its one statement, the value set off as code.
    const statements = screen.getByRole('list', { name: 'Statements in plain English' });
    expect(within(statements).getByRole('listitem')).toHaveTextContent(
      /Allows .*999999999999.* when .*marketing\+\*@ses-example\.com/,
    );
    expect(
      within(statements).getByText(wholeText('marketing+*@ses-example.com'), { selector: 'code' }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Allows .*999999999999/, { selector: 'p' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /Findings/ })).toBeInTheDocument();
    expect(screen.getByText(/of 4,096 bytes/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Apply policy' }));
    await waitFor(() =>
      expect(onApply).toHaveBeenCalledWith({ name: 'AuthorizeMarketer', document: expected }),
    );
  });

  it('checks the principals when the field is left, and ties the message to the field', async () => {
    const { user } = setup();
    await user.type(principals(), '12345');
    // Half-typed is not wrong yet: nothing is said until the user leaves the field.
    expect(describedBy(principals())).not.toMatch(/Line 1/);
    await user.tab();
    await waitFor(() =>
      expect(describedBy(principals())).toMatch(/Line 1: "12345" is not an AWS account ID/),
    );
    await next(user);
    expect(await stepHeading('Statements')).toBeInTheDocument();
    await waitFor(() => expect(principals()).toHaveFocus());
    expect(screen.queryByRole('textbox', { name: 'Policy document (JSON)' })).not.toBeInTheDocument();
  });

  it('adds and removes statements and conditions; operators follow the key', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Add statement' }));
    expect(screen.getAllByRole('textbox', { name: /^Principals/ })).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Add a condition to statement 2' }));
    const condition = screen.getByRole('group', { name: 'Statement 2, condition 1' });
    await user.click(within(condition).getByRole('button', { name: /Condition key/ }));
    await user.click(await screen.findByRole('option', { name: /aws:SourceIp/ }));
    expect(within(condition).getByRole('button', { name: /Operator/ })).toHaveTextContent('IpAddress');
    await user.type(within(condition).getByRole('textbox', { name: /^Values/ }), '300.1.1.1');
    await user.tab();
    await waitFor(() => expect(condition).toHaveTextContent(/"300.1.1.1" is not an IP address/));
    await user.click(within(condition).getByRole('button', { name: 'Remove statement 2, condition 1' }));
    expect(screen.queryByRole('group', { name: 'Statement 2, condition 1' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove statement 2' }));
    expect(screen.getAllByRole('textbox', { name: /^Principals/ })).toHaveLength(1);
    expect(screen.queryByRole('button', { name: 'Remove statement 1' })).not.toBeInTheDocument();
  });

  it('says nothing about a new condition until its values are left or Next is pressed', async () => {
    const { user } = setup();
    await user.type(principals(), '999999999999');
    await user.click(screen.getByRole('checkbox', { name: /ses:SendEmail/ }));
    await user.click(screen.getByRole('button', { name: 'Add a condition to statement 1' }));
    const condition = screen.getByRole('group', { name: 'Statement 1, condition 1' });
    await user.click(within(condition).getByRole('button', { name: /Condition key/ }));
    await user.click(await screen.findByRole('option', { name: /ses:FromAddress/ }));
    // The resolver runs after the field array changes; give it every chance to show an error.
    await user.click(screen.getByRole('button', { name: 'Add a condition to statement 1' }));
    await waitFor(() =>
      expect(screen.getAllByRole('group', { name: /^Statement 1, condition/ })).toHaveLength(2),
    );
    expect(screen.queryByText(/Enter at least one value/)).toBeNull();

    // Leaving the values empty says so, under that condition only.
    const values = within(condition).getByRole('textbox', { name: /^Values/ });
    await user.click(values);
    await user.tab();
    await waitFor(() => expect(describedBy(values)).toMatch(/Enter at least one value, one per line/));
    const second = screen.getByRole('group', { name: 'Statement 1, condition 2' });
    expect(second).not.toHaveTextContent(/Enter at least one value/);

    // The message goes as soon as the field is fixed, without leaving it.
    await user.type(values, 'marketing@ses-example.com');
    await waitFor(() => expect(describedBy(values)).not.toMatch(/Enter at least one value/));

    // Next checks everything, and focuses the first error: the second condition's values.
    await next(user);
    expect(await stepHeading('Statements')).toBeInTheDocument();
    const secondValues = within(second).getByRole('textbox', { name: /^Values/ });
    await waitFor(() => expect(describedBy(secondValues)).toMatch(/Enter at least one value/));
    await waitFor(() => expect(secondValues).toHaveFocus());
  });

  it('lists every bad principal line, each with its number', async () => {
    const { user } = setup();
    await user.click(principals());
    await user.paste('12345\n999999999999\n*\nsns\n999999999999');
    await next(user);
    expect(await stepHeading('Statements')).toBeInTheDocument();
    await waitFor(() => expect(principals()).toHaveFocus());
    const message = describedBy(principals());
    expect(message).toMatch(/Line 1: "12345" is not an AWS account ID/);
    expect(message).toMatch(/Line 3: "\*" would let every AWS account send/);
    expect(message).toMatch(/Line 4: "sns" is not a principal/);
    expect(message).toMatch(/Line 5: 999999999999 is already on line 2/);
    expect(message).not.toMatch(/more line/);
  });

  it('offers a set operator and the Null check for ses:Recipients', async () => {
    const { user } = setup();
    await user.type(principals(), '999999999999');
    await user.click(screen.getByRole('button', { name: 'Add a condition to statement 1' }));
    await user.click(screen.getByRole('button', { name: /Condition key/ }));
    await user.click(await screen.findByRole('option', { name: /ses:Recipients/ }));
    expect(screen.getByRole('button', { name: /Set operator/ })).toHaveTextContent('ForAllValues');
    expect(screen.getByText(/also true when ses:Recipients is empty or absent/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add the Null check' }));
    expect(screen.getByRole('group', { name: 'Statement 1, condition 2' })).toHaveTextContent('Null');
    expect(screen.queryByRole('button', { name: 'Add the Null check' })).not.toBeInTheDocument();
  });

  it('keeps hand edits unless the user agrees to regenerate', async () => {
    const { user } = setup();
    await chooseStartPoint(user, /^Authorize an account to send from one address/);
    await next(user);
    await stepHeading('Name and document');
    const generated = (editor() as HTMLTextAreaElement).value;
    await user.clear(editor());
    await user.click(editor());
    await user.paste('{"Version": "2012-10-17"}');
    expect(
      screen.getByText(/Going back to Statements and changing a field regenerates this document/),
    ).toBeInTheDocument();

    // Back, nothing changed: the edits stay without a question.
    await user.click(screen.getByRole('button', { name: 'Previous' }));
    expect(
      screen.getByText(/If you change these fields, continuing regenerates the document/),
    ).toBeInTheDocument();
    await next(user);
    expect(editor()).toHaveValue('{"Version": "2012-10-17"}');

    // Back, fields changed: asked; keeping the edits keeps them.
    await user.click(screen.getByRole('button', { name: 'Previous' }));
    await user.type(principals(), '\n111111111111');
    await next(user);
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('Replace your hand edits?');
    await user.click(within(dialog).getByRole('button', { name: 'Keep my edits' }));
    expect(await stepHeading('Name and document')).toBeInTheDocument();
    expect(editor()).toHaveValue('{"Version": "2012-10-17"}');

    // Regenerate on request, after confirming.
    await user.click(screen.getByRole('button', { name: 'Regenerate from the statements' }));
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Regenerate the document' }),
    );
    expect((editor() as HTMLTextAreaElement).value).not.toBe(generated);
    expect(JSON.parse((editor() as HTMLTextAreaElement).value).Statement[0].Principal.AWS).toEqual([
      '999999999999',
      '111111111111',
    ]);
    expect(screen.queryByText(/Going back to Statements and changing a field/)).not.toBeInTheDocument();
  });

  it('shows SES’s refusal with its code beside Apply and keeps everything entered', async () => {
    const onApply = vi
      .fn<PolicyGeneratorProps['onApply']>()
      .mockRejectedValueOnce(
        Object.assign(new Error('Policy has invalid resource'), {
          name: 'InvalidPolicyException',
          Code: 'InvalidPolicy',
        }),
      )
      .mockResolvedValueOnce(undefined);
    const { user } = setup({ onApply });
    await chooseStartPoint(user, /matching a pattern/);
    await next(user);
    await stepHeading('Name and document');
    const document = (editor() as HTMLTextAreaElement).value;
    await next(user);
    await stepHeading('Review and apply');
    await user.click(screen.getByRole('button', { name: 'Apply policy' }));
    expect((await screen.findAllByText('SES refused the policy: InvalidPolicy'))[0]).toBeVisible();
    expect(screen.getAllByText('Policy has invalid resource')[0]).toBeVisible();
    expect(screen.getByRole('button', { name: 'Apply policy' })).toBeEnabled();

    await user.click(screen.getByRole('button', { name: 'Previous' }));
    expect(screen.getByRole('textbox', { name: /^Policy name/ })).toHaveValue('AuthorizeMarketer');
    expect(editor()).toHaveValue(document);
    await next(user);
    await user.click(await screen.findByRole('button', { name: 'Apply policy' }));
    await waitFor(() => expect(onApply).toHaveBeenCalledTimes(2));
    expect(onApply).toHaveBeenLastCalledWith({ name: 'AuthorizeMarketer', document });
    await waitFor(() => expect(screen.queryAllByText(/SES refused the policy/)).toEqual([]));
  });

  it('shows Apply loading while SES answers', async () => {
    let resolve: () => void = () => {};
    const onApply = vi.fn(() => new Promise<void>((r) => (resolve = r)));
    const { user } = setup({ onApply });
    await chooseStartPoint(user, /time window/);
    await next(user);
    await next(user);
    await user.click(await screen.findByRole('button', { name: 'Apply policy' }));
    // The time window lets a caller send that the saved policy does not: asked first.
    const dialog = await screen.findByRole('dialog', { name: /^This change lets .+ send$/ });
    await user.click(within(dialog).getByRole('button', { name: 'Apply anyway' }));
    await waitFor(() =>
      expect(screen.getByRole('button', { name: /Apply policy/ })).toHaveAttribute('aria-disabled', 'true'),
    );
    resolve();
    await waitFor(() =>
      expect(screen.getByRole('button', { name: /Apply policy/ })).not.toHaveAttribute(
        'aria-disabled',
        'true',
      ),
    );
  });

  it('shows who gains access on the review, and asks before Apply: Cancel applies nothing', async () => {
    const { user, onApply } = setup();
    await chooseStartPoint(user, /time window/);
    await next(user);
    await next(user);
    await stepHeading('Review and apply');
    const panel = screen.getByTestId('access-change');
    const header = await within(panel).findByText(/^This change lets .+ send$/);
    expect(within(panel).getByRole('list', { name: 'Requests this change allows' })).toHaveTextContent(
      /could now send/,
    );
    await user.click(screen.getByRole('button', { name: 'Apply policy' }));
    const dialog = await screen.findByRole('dialog', { name: header.textContent ?? '' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: header.textContent ?? '' })).toBeNull());
    expect(onApply).not.toHaveBeenCalled();
    expect(screen.getByRole('heading', { name: 'Review and apply', level: 1 })).toBeInTheDocument();
  });

  it('lists every error on the review and blocks Apply while there are any', async () => {
    const { user, onApply } = setup();
    await chooseStartPoint(user, /^Authorize an account to send from one address/);
    await next(user);
    await stepHeading('Name and document');
    const text = (editor() as HTMLTextAreaElement).value.replace(
      ARN,
      'arn:aws:ses:us-east-1:888888888888:identity/other.example',
    );
    await user.clear(editor());
    await user.click(editor());
    await user.paste(text);
    expect(screen.getByText(/1 error to fix before Apply/)).toBeInTheDocument();
    await next(user);
    await stepHeading('Review and apply');
    expect(screen.getByText('SES would refuse this policy')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Findings' })).toHaveTextContent(
      /Resource must be the ARN of the identity/,
    );
    await user.click(screen.getByRole('button', { name: 'Apply policy' }));
    expect((await screen.findAllByText('The policy cannot be applied yet.'))[0]).toBeVisible();
    expect(onApply).not.toHaveBeenCalled();
  });

  it('refuses a name the identity already uses', async () => {
    const { user } = setup({ existingPolicyNames: ['AuthorizeMarketer'] });
    await chooseStartPoint(user, /matching a pattern/);
    await next(user);
    await stepHeading('Name and document');
    await next(user);
    const name = screen.getByRole('textbox', { name: /^Policy name/ });
    await waitFor(() => expect(describedBy(name)).toMatch(/already has a policy named "AuthorizeMarketer"/));
    expect(screen.queryByRole('heading', { name: 'Review and apply', level: 1 })).not.toBeInTheDocument();
    await user.clear(name);
    await user.type(name, 'AuthorizeMarketer2');
    await next(user);
    expect(await stepHeading('Review and apply')).toBeInTheDocument();
  });

  it('lets the user restore the statements a start point replaced', async () => {
    const { user } = setup();
    await user.type(principals(), '111111111111');
    await chooseStartPoint(user, /^Deny one address/);
    expect(screen.getAllByRole('textbox', { name: /^Principals/ })).toHaveLength(2);
    expect(principals()).toHaveValue('999999999999');
    await user.click(screen.getByRole('button', { name: 'Restore my statements' }));
    expect(screen.getAllByRole('textbox', { name: /^Principals/ })).toHaveLength(1);
    expect(principals()).toHaveValue('111111111111');
    expect(screen.queryByRole('button', { name: 'Restore my statements' })).not.toBeInTheDocument();
  });

  it('offers no restore when nothing had been typed', async () => {
    const { user } = setup();
    await chooseStartPoint(user, /^Deny one address/);
    expect(screen.queryByRole('button', { name: 'Restore my statements' })).not.toBeInTheDocument();
  });

  it('cancels at once when nothing was entered', async () => {
    const first = setup();
    await first.user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(first.onCancel).toHaveBeenCalledOnce();
  });

  it('asks before cancelling over entered statements', async () => {
    const { user, onCancel } = setup();
    await user.type(principals(), '1');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Stay' }));
    expect(onCancel).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Leave' }));
    expect(onCancel).toHaveBeenCalledOnce();
  });

  it('shows a 10,000-deep hand-edited document as text with its error, at every step', async () => {
    const { user, onApply } = setup();
    await chooseStartPoint(user, /^Authorize an account to send from one address/);
    await next(user);
    await stepHeading('Name and document');
    const deep = '['.repeat(10_000) + ']'.repeat(10_000);
    fireEvent.change(editor(), { target: { value: deep } });
    expect(editor()).toHaveValue(deep);
    await next(user);
    // The review lists the error under Findings; Apply is refused while it is there.
    expect(await stepHeading('Review and apply')).toBeInTheDocument();
    expect(screen.getAllByText(/The policy is 20,000 bytes; SES accepts at most 4,096/)).not.toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Previous' }));
    await stepHeading('Name and document');
    expect(editor()).toHaveValue(deep);
    const small = `{"Statement":${'['.repeat(100)}${']'.repeat(100)}}`;
    fireEvent.change(editor(), { target: { value: small } });
    await next(user);
    expect(await stepHeading('Review and apply')).toBeInTheDocument();
    expect(screen.getAllByText(/more than 64 levels deep/)).not.toHaveLength(0);
    expect(onApply).not.toHaveBeenCalled();
  });
});
