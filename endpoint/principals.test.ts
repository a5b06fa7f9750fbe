import { describe, expect, it } from 'vitest';
import { principalsFromJson } from './principals';

const user = {
  arn: 'arn:aws:iam::123456789012:user/ci',
  accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  iamPolicies: [
    {
      name: 'Send',
      document: {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 'ses:SendRawEmail', Resource: '*' }],
      },
    },
  ],
};

describe('principals file', () => {
  it('reads users, roles and roots with their accounts, labels and IAM policies as documents', () => {
    const [ci, root] = principalsFromJson({
      principals: [
        user,
        {
          arn: 'arn:aws:iam::210987654321:root',
          accessKeyId: 'AKIAROOT000000000001',
          secretAccessKey: 's',
          label: 'Team root',
        },
      ],
    });
    expect(ci).toEqual({
      id: '123456789012-user-ci',
      label: 'user/ci (123456789012)',
      arn: user.arn,
      account: '123456789012',
      accessKeyId: user.accessKeyId,
      secretAccessKey: user.secretAccessKey,
      iamPolicies: [{ name: 'Send', document: JSON.stringify(user.iamPolicies[0]?.document) }],
      snsTopics: [],
    });
    expect(root).toMatchObject({ account: '210987654321', label: 'Team root', iamPolicies: undefined });
  });

  it('gives a user with no policies none: IAM then refuses it every action', () => {
    const [p] = principalsFromJson({ principals: [{ ...user, iamPolicies: undefined }] });
    expect(p?.iamPolicies).toEqual([]);
  });

  it.each([
    [{}, 'at principals: '],
    [{ principals: [] }, 'at principals: '],
    [{ principals: [{ ...user, arn: 'arn:aws:iam::12:user/x' }] }, 'at principals.0.arn: an IAM ARN'],
    [{ principals: [{ ...user, accessKeyId: 'short' }] }, 'at principals.0.accessKeyId'],
    [{ principals: [{ ...user, secretAccessKey: '' }] }, 'at principals.0.secretAccessKey'],
    [
      { principals: [user, { ...user, arn: 'arn:aws:iam::123456789012:user/other' }] },
      'principals.1.accessKeyId: that key is used twice',
    ],
    [
      { principals: [{ ...user, arn: 'arn:aws:iam::123456789012:root' }] },
      "principals.0.iamPolicies: an account's root is not limited by IAM policies",
    ],
    [
      { principals: [{ ...user, iamPolicies: [{ name: 'a b', document: '{}' }] }] },
      'principals.0.iamPolicies.0.name',
    ],
  ])('refuses %j naming the bad path', (file, message) => {
    expect(() => principalsFromJson(file)).toThrow(message);
  });

  it('keeps nothing but the known fields of a hostile file', () => {
    const hostile = JSON.parse(
      `{"principals":[{"arn":"${user.arn}","accessKeyId":"${user.accessKeyId}","secretAccessKey":"x","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}]}`,
    ) as unknown;
    const [p] = principalsFromJson(hostile);
    expect(Object.keys(p ?? {}).sort()).toEqual(
      ['accessKeyId', 'account', 'arn', 'iamPolicies', 'id', 'label', 'secretAccessKey', 'snsTopics'].sort(),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
