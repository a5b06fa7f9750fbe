import { describe, expect, it } from 'vitest';
import { topicArnProblem } from './sns-topic-arn';

describe('topicArnProblem', () => {
  it('accepts SNS topic ARNs and says what is wrong with others', () => {
    expect(topicArnProblem('arn:aws:sns:eu-west-1:111122223333:their-topic')).toBeUndefined();
    expect(topicArnProblem('')).toMatch(/^Enter the topic's ARN/);
    expect(topicArnProblem(' arn:aws:sns:eu-west-1:111122223333:t')).toMatch(/spaces/);
    expect(topicArnProblem('sns:topic')).toMatch(/starts with "arn:"/);
    expect(topicArnProblem('arn:aws:sqs:us-east-1:111122223333:queue')).toMatch(/"sqs" service/);
    expect(topicArnProblem('arn:aws:sns:us-east-1:1111:topic')).toMatch(/account ID must be 12 digits/);
  });

  it('accepts an SNS topic ARN and says precisely what is wrong with others', () => {
    const theirs = 'arn:aws:sns:us-east-1:444455556666:shared-feedback';
    expect(topicArnProblem(theirs)).toBeUndefined();
    expect(topicArnProblem('')).toMatch(/^Enter the topic's ARN/);
    expect(topicArnProblem(' arn:aws:sns:us-east-1:444455556666:t')).toMatch(/spaces/);
    expect(topicArnProblem('sns:us-east-1:444455556666:t')).toMatch(/starts with "arn:"/);
    expect(topicArnProblem('arn:aws:sqs:us-east-1:444455556666:q')).toMatch(/"sqs" service/);
    expect(topicArnProblem('arn:aws:sns:us-east-1:4444:t')).toBe(
      'The account ID must be 12 digits, not "4444".',
    );
    expect(topicArnProblem('arn:aws:sns:useast:444455556666:t')).toMatch(/not a Region/);
    expect(topicArnProblem('arn:aws:sns:us-east-1:444455556666:bad.name')).toMatch(/topic name/);
  });

  it('reads partitions, Regions and topic names as SNS defines them, FIFO topics included', () => {
    expect(topicArnProblem('arn:aws-us-gov:sns:us-gov-west-1:444455556666:t')).toBeUndefined();
    expect(topicArnProblem('arn:aws-cn:sns:cn-north-1:444455556666:t')).toBeUndefined();
    expect(topicArnProblem('arn:aws:sns:ap-southeast-10:444455556666:t')).toBeUndefined();
    expect(topicArnProblem('arn:aws:sns:us-east-1:444455556666:orders.fifo')).toBeUndefined();
    expect(topicArnProblem(`arn:aws:sns:us-east-1:444455556666:${'a'.repeat(256)}`)).toBeUndefined();
    expect(topicArnProblem(`arn:aws:sns:us-east-1:444455556666:${'a'.repeat(251)}.fifo`)).toBeUndefined();
    expect(topicArnProblem(`arn:aws:sns:us-east-1:444455556666:${'a'.repeat(257)}`)).toMatch(/topic name/);
    expect(topicArnProblem(`arn:aws:sns:us-east-1:444455556666:${'a'.repeat(252)}.fifo`)).toMatch(
      /topic name/,
    );
    expect(topicArnProblem('arn:aws:sns:us-east-1:444455556666:.fifo')).toMatch(/topic name/);
    expect(topicArnProblem('arn:azure:sns:us-east-1:444455556666:t')).toBe(
      '"azure" is not a partition such as aws or aws-cn.',
    );
    expect(topicArnProblem('arn:aws:sns:us-east-1:444455556666:t:extra')).toMatch(/six parts/);
  });
});
