/** The delete confirmation says what deleting the policy takes away, before anything is deleted. */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ANNOUNCEMENT_POLICY } from '../../../mocks/ses/seed';
import { connectionAs, renderWithQueries } from '../../test/render';
import { DeletePolicyModal } from './delete-policy-modal';

const ARN = 'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com';
const SAMPLE = { name: 'SampleAuthorizationPolicy', document: ANNOUNCEMENT_POLICY };

function show(policies: { name: string; document: string }[], identityArn: string | undefined) {
  renderWithQueries(
    <DeletePolicyModal
      connection={connectionAs('owner')}
      identity="ses-example.com"
      policyName="SampleAuthorizationPolicy"
      identityArn={identityArn}
      policies={policies}
      onDismiss={() => {}}
      onDeleted={() => {}}
    />,
  );
  return screen.getByTestId('deletion-access');
}

describe('DeletePolicyModal', () => {
  it('lists who can no longer send once the policy is gone', async () => {
    const region = show([SAMPLE], ARN);
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(await within(region).findByText('Account 999999999999 can no longer send')).toBeVisible();
    expect(
      within(region).getByRole('list', { name: 'Requests refused once the policy is deleted' }),
    ).toHaveTextContent(
      'account 999999999999 could no longer send with ses:SendEmail from marketing+x@ses-example.com',
    );
  });

  it('says no one loses access when another policy allows the same', async () => {
    const region = show([SAMPLE, { name: 'Copy', document: ANNOUNCEMENT_POLICY }], ARN);
    expect(await within(region).findByText(/^No one loses access/)).toBeVisible();
  });

  it('says nothing about access without the identity ARN', () => {
    expect(show([SAMPLE], undefined)).toBeEmptyDOMElement();
    expect(screen.getByRole('button', { name: 'Delete policy' })).toBeEnabled();
  });
});
