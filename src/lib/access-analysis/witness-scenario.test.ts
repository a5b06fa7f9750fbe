/** A witness becomes the simulator scenario of exactly its request, with the draft's policy set. */
import { describe, expect, it } from 'vitest';
import { witnessScenario } from './witness-scenario';

const ARN = 'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com';
const POLICIES = [
  { name: 'Saved', document: '{"Version":"2012-10-17","Statement":[]}' },
  { name: 'AsObject', document: { Version: '2012-10-17', Statement: [] } },
];

describe('witnessScenario', () => {
  it('maps the context keys the simulator can set, whatever their case', () => {
    const scenario = witnessScenario(
      {
        principal: 'arn:aws:iam::999999999999:user/ann',
        action: 'ses:SendEmail',
        context: {
          'ses:FromAddress': 'x@ses-example.com',
          'SES:FromDisplayName': 'Ann',
          'ses:Recipients': ['a@example.com', 'b@example.com'],
          'ses:FeedbackAddress': 'bounce@ses-example.com',
          'aws:SourceIp': '10.0.0.1',
          'aws:CurrentTime': '2027-01-01T00:00:01Z',
          'aws:SecureTransport': 'false',
          'aws:UserAgent': 'xx',
        },
        description: 'the IAM user ann could now send',
      },
      ARN,
      POLICIES,
    );
    expect(scenario).toEqual({
      identityArn: ARN,
      policies: [POLICIES[0], { name: 'AsObject', document: JSON.stringify(POLICIES[1]!.document, null, 2) }],
      caller: 'arn:aws:iam::999999999999:user/ann',
      action: 'ses:SendEmail',
      message: {
        from: 'x@ses-example.com',
        fromDisplayName: 'Ann',
        to: ['a@example.com', 'b@example.com'],
        returnPath: 'bounce@ses-example.com',
        sourceArn: ARN,
      },
      context: {
        sourceIp: '10.0.0.1',
        time: '2027-01-01T00:00:01Z',
        secureTransport: false,
        userAgent: 'xx',
      },
    });
  });

  it('sends over API v2 when the witness says so, and reads aws:EpochTime as a time', () => {
    const scenario = witnessScenario(
      {
        principal: '999999999999',
        action: 'ses:SendEmail',
        context: { 'ses:ApiVersion': '2', 'aws:EpochTime': 1798761601 },
        description: 'account 999999999999 could now send',
      },
      ARN,
      [],
    );
    expect(scenario.sendMethod).toBe('v2-SendEmail-Simple');
    expect(scenario.context).toEqual({ time: '2027-01-01T00:00:01.000Z' });
  });

  it('stands in for a From address or recipients left out only where no policy names the key', () => {
    const bare = {
      principal: '999999999999',
      action: 'ses:SendEmail',
      context: {},
      description: 'account 999999999999 could now send',
    };
    expect(witnessScenario(bare, ARN, POLICIES).message).toEqual({
      from: 'sender@ses-example.com',
      to: ['success@simulator.amazonses.com'],
      sourceArn: ARN,
    });
    const naming = [
      {
        name: 'P',
        document: '{"Condition":{"StringLike":{"SES:Recipients":"*"},"Null":{"ses:FromAddress":"true"}}}',
      },
    ];
    expect(witnessScenario(bare, ARN, naming).message).toEqual({ sourceArn: ARN });
    const address = 'arn:aws:ses:us-east-1:888888888888:identity/ann@example.com';
    expect(witnessScenario(bare, address, []).message.from).toBe('ann@example.com');
  });
});
