import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  MAX_SHARED_GRANTS_LENGTH,
  MAX_SHARED_IDENTITIES,
  addSharedGrant,
  parseSharedGrants,
  readSharedGrants,
  removeSharedGrant,
  sharedArnProblem,
  sharedGrantsKey,
  sharedPolicyProblem,
  subscribeSharedGrants,
} from './shared-grants';

const ACCOUNT = '999999999999';
const CALLER = `arn:aws:iam::${ACCOUNT}:user/marketer`;
const ARN = 'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com';
const KEY = `ses-console.shared-grants.${ACCOUNT}`;
const NOW = new Date('2025-03-01T10:00:00Z');

const policy = (principal = CALLER) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'Marketing',
        Effect: 'Allow',
        Principal: { AWS: principal },
        Action: ['ses:SendEmail', 'ses:SendRawEmail'],
        Resource: ARN,
      },
    ],
  });

const stored = (grants: unknown[]) => JSON.stringify({ version: 1, grants });

beforeEach(() => localStorage.clear());

describe('shared grants in localStorage', () => {
  it('keeps an ARN and the policy text per account, and reads them back', () => {
    const added = addSharedGrant(ACCOUNT, CALLER, { identityArn: ` ${ARN} ` }, NOW);
    expect(added).toEqual({
      ok: true,
      grants: [{ identityArn: ARN, addedAt: NOW.toISOString(), policies: [] }],
    });
    const withPolicy = addSharedGrant(ACCOUNT, CALLER, {
      identityArn: ARN,
      policy: { name: 'marketing', document: policy() },
    });
    expect(withPolicy.ok).toBe(true);
    const { grants, dropped } = readSharedGrants(ACCOUNT);
    expect(dropped).toBe(0);
    expect(grants).toHaveLength(1);
    expect(grants[0]?.policies.map((p) => p.name)).toEqual(['marketing']);
    expect(localStorage.getItem(KEY)).toContain('marketing');
    // Another account sees none of it.
    expect(readSharedGrants('777777777777').grants).toEqual([]);
  });

  it('replaces a policy of the same name, and refuses the same ARN twice without one', () => {
    addSharedGrant(ACCOUNT, CALLER, { identityArn: ARN, policy: { name: 'p', document: policy() } });
    const again = addSharedGrant(ACCOUNT, CALLER, {
      identityArn: ARN.replace('ses-example.com', 'SES-Example.com'),
    });
    expect(again).toEqual({ ok: false, error: `${ARN} is already in the list.` });
    addSharedGrant(ACCOUNT, CALLER, { identityArn: ARN, policy: { name: 'p', document: policy('*') } });
    expect(readSharedGrants(ACCOUNT).grants[0]?.policies).toHaveLength(1);
    expect(readSharedGrants(ACCOUNT).grants[0]?.policies[0]?.document).toContain('"*"');
  });

  it('says what is wrong with an ARN, and refuses the caller’s own account', () => {
    expect(sharedArnProblem('ses-example.com', CALLER)).toMatch(/is not an ARN/);
    expect(sharedArnProblem('arn:aws:ses:us-east-1:8888:identity/ses-example.com', CALLER)).toMatch(
      /12-digit account ID/,
    );
    expect(sharedArnProblem('arn:aws:sns:us-east-1:888888888888:topic', CALLER)).toMatch(/not an SES ARN/);
    expect(sharedArnProblem(`arn:aws:ses:us-east-1:${ACCOUNT}:identity/mine.com`, CALLER)).toMatch(
      /your own account/,
    );
    expect(sharedArnProblem(ARN, CALLER)).toBeUndefined();
    expect(addSharedGrant(ACCOUNT, CALLER, { identityArn: 'nope' }).ok).toBe(false);
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('checks the policy text with the engine before keeping it', () => {
    expect(sharedPolicyProblem('p', '{"Version":', ARN)).toBeTruthy();
    expect(sharedPolicyProblem('bad name', policy(), ARN)).toMatch(/only letters, digits/);
    expect(sharedPolicyProblem('p', '  ', ARN)).toMatch(/Paste the policy text/);
    expect(sharedPolicyProblem('p', policy(), ARN)).toBeUndefined();
    const refused = addSharedGrant(ACCOUNT, CALLER, {
      identityArn: ARN,
      policy: { name: 'p', document: '[1' },
    });
    expect(refused.ok).toBe(false);
    expect(readSharedGrants(ACCOUNT).grants).toEqual([]);
  });

  it('removes an identity, or one of its policies', () => {
    addSharedGrant(ACCOUNT, CALLER, { identityArn: ARN, policy: { name: 'a', document: policy() } });
    addSharedGrant(ACCOUNT, CALLER, { identityArn: ARN, policy: { name: 'b', document: policy() } });
    removeSharedGrant(ACCOUNT, ARN, 'a');
    expect(readSharedGrants(ACCOUNT).grants[0]?.policies.map((p) => p.name)).toEqual(['b']);
    removeSharedGrant(ACCOUNT, ARN);
    expect(readSharedGrants(ACCOUNT).grants).toEqual([]);
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('tells subscribers of a change in this tab or another', () => {
    const onChange = vi.fn();
    const stop = subscribeSharedGrants(ACCOUNT, onChange);
    addSharedGrant(ACCOUNT, CALLER, { identityArn: ARN });
    expect(onChange).toHaveBeenCalledTimes(1);
    // Another tab's write arrives as a storage event; another account's key is not ours.
    window.dispatchEvent(new StorageEvent('storage', { key: KEY }));
    window.dispatchEvent(new StorageEvent('storage', { key: 'ses-console.shared-grants.777777777777' }));
    expect(onChange).toHaveBeenCalledTimes(2);
    stop();
    removeSharedGrant(ACCOUNT, ARN);
    window.dispatchEvent(new StorageEvent('storage', { key: KEY }));
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('makes a key only from a 12-digit account ID', () => {
    expect(sharedGrantsKey(ACCOUNT)).toBe(KEY);
    expect(sharedGrantsKey('__proto__')).toBeUndefined();
    expect(sharedGrantsKey('../x')).toBeUndefined();
    expect(addSharedGrant('constructor', CALLER, { identityArn: ARN }).ok).toBe(false);
  });
});

describe('shared grants read back as hostile', () => {
  const good = { identityArn: ARN, addedAt: NOW.toISOString(), policies: [] };

  it.each([
    ['not JSON', '{'],
    ['the wrong version', JSON.stringify({ version: 2, grants: [good] })],
    ['an array', JSON.stringify([good])],
    ['null', 'null'],
    ['too long', ' '.repeat(MAX_SHARED_GRANTS_LENGTH + 1)],
  ])('reads %s as nothing, without throwing', (_, text) => {
    localStorage.setItem(KEY, text);
    expect(readSharedGrants(ACCOUNT)).toEqual({ grants: [], dropped: 1 });
  });

  it('drops each bad entry and keeps the good ones', () => {
    const text = stored([
      good,
      { ...good, identityArn: 'arn:aws:ses:us-east-1:888888888888:identity/a b' },
      { ...good, identityArn: `arn:aws:ses:us-east-1:${ACCOUNT}:identity/own.com` },
      { ...good, addedAt: 'yesterday' },
      { ...good, identityArn: ARN.toUpperCase().replace('ARN:AWS:SES:US-EAST-1', 'arn:aws:ses:us-east-1') },
      { __proto__: { identityArn: ARN }, constructor: 'x' },
      'a string',
      42,
      null,
    ]);
    const read = parseSharedGrants(text, ACCOUNT);
    expect(read.grants).toEqual([good]);
    expect(read.dropped).toBe(8);
  });

  it('reads a "__proto__" key as data, never as a prototype', () => {
    const text = `{"version":1,"grants":[{"__proto__":${JSON.stringify(good)}},${JSON.stringify(good)}],"__proto__":{"version":2}}`;
    const read = parseSharedGrants(text, ACCOUNT);
    expect(read.grants).toEqual([good]);
    expect(read.dropped).toBe(1);
    expect(({} as Record<string, unknown>).identityArn).toBeUndefined();
  });

  it('drops bad policies of an entry alone, and duplicate names', () => {
    const p = { name: 'p', document: policy(), addedAt: NOW.toISOString() };
    const read = parseSharedGrants(
      stored([
        {
          ...good,
          policies: [
            p,
            { ...p },
            { ...p, name: '__proto__ x' },
            { ...p, name: 'big', document: 'x'.repeat(5000) },
            { ...p, name: 'multi', document: 'é'.repeat(3000) },
            { name: 'q' },
          ],
        },
      ]),
      ACCOUNT,
    );
    expect(read.grants[0]?.policies).toEqual([p]);
    expect(read.dropped).toBe(5);
  });

  it('keeps at most the bounded number of identities, and ignores unknown fields', () => {
    const many = Array.from({ length: MAX_SHARED_IDENTITIES + 5 }, (_, i) => ({
      ...good,
      identityArn: `arn:aws:ses:us-east-1:888888888888:identity/d${i}.example.com`,
      accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
    }));
    const read = parseSharedGrants(stored(many), ACCOUNT);
    expect(read.grants).toHaveLength(MAX_SHARED_IDENTITIES);
    expect(read.dropped).toBe(5);
    expect(JSON.stringify(read.grants)).not.toContain('AKIA');
  });

  it('survives a storage that throws', () => {
    const denied = () => {
      throw new Error('denied');
    };
    const throwing = { getItem: denied, setItem: denied, removeItem: denied } as unknown as Storage;
    expect(readSharedGrants(ACCOUNT, throwing)).toEqual({ grants: [], dropped: 0 });
    expect(addSharedGrant(ACCOUNT, CALLER, { identityArn: ARN }, NOW, throwing)).toEqual({
      ok: false,
      error: expect.stringMatching(/refused to keep it/) as unknown as string,
    });
  });
});
