import { describe, expect, it } from 'vitest';
import { defaultFormValues, formToScenario, scenarioToForm, type SimulatorFormValues } from './form-values';
import { validateForm } from './validate-form';

const ARN = 'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com';
const valid = (extra: Partial<SimulatorFormValues> = {}): SimulatorFormValues => ({
  ...defaultFormValues(),
  identityArn: ARN,
  caller: '999999999999',
  from: 'marketing+spring@ses-example.com',
  ...extra,
});

describe('validateForm', () => {
  it('accepts a complete form with the emulator’s defaults', () => {
    expect(validateForm(valid())).toEqual({});
    expect(defaultFormValues()).toMatchObject({ sourceIp: '203.0.113.10', secureTransport: true, time: '' });
  });

  it('names what is wrong with each field, and how to fix it', () => {
    const problems = validateForm(
      valid({
        identityArn: 'arn:aws:ses:us-east-1:8888:identity/ses-example.com',
        caller: 'marketer',
        from: 'not-an-address',
        to: 'a@example.com, nope',
        sourceIp: '300.1.1.1',
        time: 'yesterday',
        sourceArn: 'arn:aws:sns:us-east-1:888888888888:topic',
        policySource: 'scenario',
        policies: [{ name: 'Broken', document: '{"Version": "2012-10-17",, }' }],
      }),
    );
    expect(problems.identityArn).toMatch(/12-digit account ID/);
    expect(problems.caller).toMatch(/not a caller/);
    expect(problems.from).toMatch(/not an email address/);
    expect(problems.to).toMatch(/"nope" is not an email address/);
    expect(problems.sourceIp).toMatch(/"300.1.1.1" is not an IP address/);
    expect(problems.time).toMatch(/ISO 8601/);
    expect(problems.sourceArn).toMatch(/^Source ARN: .*not an SES ARN/);
    expect(problems['policies.0.document']).toMatch(
      /Policy "Broken" is not valid JSON at line 1, column \d+/,
    );
  });

  it('accepts every kind of caller SES sending authorization names', () => {
    for (const caller of [
      '999999999999',
      'arn:aws:iam::999999999999:root',
      'arn:aws:iam::999999999999:user/marketer',
      'arn:aws:iam::999999999999:role/Mailer',
      'arn:aws:sts::999999999999:assumed-role/Mailer/session',
      'sns.amazonaws.com',
    ])
      expect(validateForm(valid({ caller })).caller).toBeUndefined();
  });

  it('requires a recipient and a raw message in raw mode, IPv6 is fine', () => {
    expect(validateForm(valid({ to: '' })).to).toMatch(/at least one recipient/);
    expect(validateForm(valid({ messageMode: 'raw', from: '', to: '' })).raw).toMatch(/Paste the raw MIME/);
    expect(validateForm(valid({ sourceIp: '2001:db8::1' })).sourceIp).toBeUndefined();
  });

  it('checks SendRawEmail’s own Source and Destinations in raw mode, not the hidden message fields', () => {
    const raw = valid({ messageMode: 'raw', raw: 'From: a@example.com\n\nHi', from: 'nope', to: 'nope' });
    expect(validateForm(raw)).toEqual({});
    const problems = validateForm({
      ...raw,
      rawSource: 'not-an-address',
      rawDestinations: 'a@example.com, x',
    });
    expect(problems.rawSource).toMatch(/The Source address "not-an-address" is not an email address/);
    expect(problems.rawDestinations).toMatch(/"x" is not an email address/);
  });
});

describe('form values and scenarios', () => {
  it('round-trips the form through a scenario', () => {
    const values = valid({
      policySource: 'scenario',
      policies: [{ name: 'P', document: '{}' }],
      modelCallerPolicies: true,
      callerPolicies: [{ name: 'I', document: '{}' }],
      method: 'v2-SendEmail-Raw',
      cc: 'c@example.com',
      time: '2026-11-22T12:00:00Z',
      secureTransport: false,
    });
    expect(scenarioToForm(formToScenario(values))).toEqual(values);
    expect(formToScenario(values)).toMatchObject({
      action: 'ses:SendRawEmail',
      sendMethod: 'v2-SendEmail-Raw',
    });
  });

  it('reads a link from before the send method as a v1 send of its action, and refuses unknown methods', () => {
    expect(scenarioToForm({ action: 'ses:SendTemplatedEmail' }).method).toBe('v1-SendTemplatedEmail');
    expect(scenarioToForm({ action: 'ses:SendRawEmail', sendMethod: 'constructor' }).method).toBe(
      'v1-SendRawEmail',
    );
    expect(scenarioToForm({ sendMethod: 'smtp' }).method).toBe('smtp');
  });

  it('round-trips a raw message with its Source and Destinations, leaving the fields’ defaults alone', () => {
    const values = valid({
      from: '',
      messageMode: 'raw',
      raw: 'From: a@example.com\n\nHi',
      rawSource: 'bounce@example.com',
      rawDestinations: 'b@example.com, c@example.com',
    });
    const scenario = formToScenario(values);
    expect(scenario.message).toMatchObject({
      from: 'bounce@example.com',
      to: ['b@example.com', 'c@example.com'],
    });
    expect(scenarioToForm(scenario)).toEqual(values);
    // A hidden To field is not sent as Destinations: the message's own recipients decide.
    expect(formToScenario(valid({ messageMode: 'raw', raw: 'x' })).message?.to).toBeUndefined();
  });

  it('writes the saved policies into the scenario, so a link carries them', () => {
    const scenario = formToScenario(valid(), [{ name: 'Saved', document: '{}' }]);
    expect(scenario.policies).toEqual([{ name: 'Saved', document: '{}' }]);
    expect(scenario.action).toBe('ses:SendEmail');
    expect(scenarioToForm(scenario).policySource).toBe('scenario');
  });
});
