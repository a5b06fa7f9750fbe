import { describe, expect, it } from 'vitest';
import { callerIdentityFailure, callerLabel } from './caller-identity';

describe('how the header names a caller', () => {
  it('names roots, users, roles and federated users with their account', () => {
    expect(callerLabel({ arn: 'arn:aws:iam::888888888888:root', account: '888888888888' })).toBe(
      'Account root (888888888888)',
    );
    expect(
      callerLabel({ arn: 'arn:aws:iam::999999999999:user/team/marketer', account: '999999999999' }),
    ).toBe('IAM user marketer (999999999999)');
    expect(
      callerLabel({
        arn: 'arn:aws:sts::123456789012:assumed-role/Admin/alice@example.com',
        account: '123456789012',
      }),
    ).toBe('Role Admin, session alice@example.com (123456789012)');
    expect(
      callerLabel({ arn: 'arn:aws:sts::123456789012:federated-user/bob', account: '123456789012' }),
    ).toBe('Federated user bob (123456789012)');
  });
});

describe('why the caller could not be read', () => {
  it('tells refused credentials from other refusals', () => {
    const refused = Object.assign(new Error('The security token included in the request is invalid.'), {
      name: 'InvalidClientTokenId',
    });
    expect(callerIdentityFailure(refused, 'https://sts.us-east-1.amazonaws.com/')).toBe(
      'https://sts.us-east-1.amazonaws.com/ refused the credentials (InvalidClientTokenId: The security token included in the request is invalid.). Check the access key, secret and session token in Settings.',
    );
    const other = Object.assign(new Error('Not here.'), { name: 'InvalidAction' });
    expect(callerIdentityFailure(other, 'http://127.0.0.1:4566/')).toBe(
      'http://127.0.0.1:4566/ could not say who these credentials are (STS GetCallerIdentity: InvalidAction: Not here.).',
    );
  });
});
