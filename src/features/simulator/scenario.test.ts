import { describe, expect, it } from 'vitest';
import {
  decodeScenario,
  encodeScenario,
  scenarioFromHash,
  simulatorPath,
  type SimulatorScenario,
} from './scenario';

const scenario: SimulatorScenario = {
  identityArn: 'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com',
  policies: [{ name: 'Draft', document: '{\n  "Version": "2012-10-17"\n}' }],
  caller: 'arn:aws:iam::999999999999:user/marketer',
  callerPolicies: [],
  action: 'ses:SendRawEmail',
  message: {
    from: 'x@ses-example.com',
    fromDisplayName: 'Zoë 🚀',
    to: ['a@example.com'],
    raw: 'From: a@b.c\r\n\r\n',
  },
  context: {
    sourceIp: '203.0.113.10',
    time: '2026-11-22T12:00:00Z',
    secureTransport: false,
    userAgent: 'ua',
  },
};

describe('scenario links', () => {
  it('round-trips a scenario through the hash, non-ASCII text included', () => {
    expect(decodeScenario(encodeScenario(scenario))).toEqual({ ok: true, scenario });
    const path = simulatorPath(scenario);
    expect(path).toMatch(/^\/simulator#scenario=[A-Za-z0-9_-]+$/);
    expect(scenarioFromHash(path.slice(path.indexOf('#')))).toEqual({ ok: true, scenario });
  });

  it('hands over a draft exactly as the policy editor calls it', () => {
    const path = simulatorPath({ identityArn: scenario.identityArn, policies: scenario.policies });
    expect(scenarioFromHash(path.slice(path.indexOf('#')))).toEqual({
      ok: true,
      scenario: { identityArn: scenario.identityArn, policies: scenario.policies },
    });
  });

  it('says when a link was cut short or changed', () => {
    const encoded = encodeScenario(scenario);
    const cut = decodeScenario(encoded.slice(0, encoded.length - 7));
    expect(cut).toMatchObject({ ok: false, error: expect.stringMatching(/cut short/) });
    expect(decodeScenario('%%%')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not valid base64url/),
    });
    expect(decodeScenario('')).toMatchObject({ ok: false, error: expect.stringMatching(/empty/) });
    expect(scenarioFromHash('#other=1')).toBeUndefined();
    expect(scenarioFromHash('')).toBeUndefined();
  });

  it('refuses a scenario of the wrong shape, naming the part', () => {
    const wrong = encodeScenario({ policies: [{ name: 'x', document: 42 }] } as unknown as SimulatorScenario);
    expect(decodeScenario(wrong)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/policies\.0\.document/),
    });
    expect(decodeScenario(encodeScenario([] as unknown as SimulatorScenario))).toMatchObject({ ok: false });
  });
});
