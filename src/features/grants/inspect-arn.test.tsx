import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { IdentityWithPolicies } from '../../policy-engine';
import { InspectArn } from './inspect-arn';
import { renderWithQueries } from '../../test/render';

const ARN = 'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com';
const known: IdentityWithPolicies[] = [
  {
    identityArn: ARN,
    account: '888888888888',
    region: 'us-east-1',
    name: 'ses-example.com',
    verified: true,
    policies: [
      {
        name: 'P',
        document: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Allow', Principal: { AWS: '999999999999' }, Action: 'ses:SendEmail', Resource: ARN },
          ],
        }),
      },
    ],
  },
];

function renderInspector(caller = 'arn:aws:iam::999999999999:user/marketer') {
  renderWithQueries(<InspectArn callerArn={caller} known={known} />);
  return (value: string) =>
    fireEvent.change(screen.getByRole('textbox', { name: 'Identity ARN' }), { target: { value } });
}

describe('InspectArn', () => {
  it('says exactly what is wrong with a malformed ARN', () => {
    const type = renderInspector();
    type('arn:aws:ses:us-east-1:8888:identity/ses-example.com');
    expect(
      screen.getByText(
        `"arn:aws:ses:us-east-1:8888:identity/ses-example.com" needs the owner's 12-digit account ID after the Region, not "8888".`,
      ),
    ).toBeInTheDocument();
    type('arn:aws:sns:us-east-1:888888888888:topic');
    expect(screen.getByText(/is not an SES ARN/)).toBeInTheDocument();
  });

  it("shows the ARN's parts and what the emulator's copy grants the caller", () => {
    const type = renderInspector();
    type(ARN.replace('ses-example.com', 'SES-Example.com'));
    expect(screen.getAllByText('Owner account').length).toBeGreaterThan(0);
    expect(screen.getByText('Domain')).toBeInTheDocument();
    expect(screen.getByText(/its policies let you do this/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'ses-example.com' })).toBeInTheDocument();
  });

  it('says when nothing is granted, or the emulator does not hold the identity', () => {
    const type = renderInspector('arn:aws:iam::111122223333:root');
    type(ARN);
    expect(
      screen.getByText(/none of its policies lets arn:aws:iam::111122223333:root send/),
    ).toBeInTheDocument();
    type('arn:aws:ses:us-east-1:888888888888:identity/other.example');
    expect(screen.getByText(/holds no identity with this ARN/)).toBeInTheDocument();
  });
});
