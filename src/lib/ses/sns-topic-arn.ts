/**
 * The SNS topic ARN rule, for the topics SES notifications go to:
 * `arn:PARTITION:sns:REGION:ACCOUNT:NAME`, where a topic name has 1 to 256 letters, digits,
 * hyphens and underscores, and a FIFO topic's name ends in `.fifo` (within the 256). Partitions
 * and Regions are read as the policy engine reads them in identity ARNs.
 */
const EXAMPLE = 'arn:aws:sns:us-east-1:123456789012:my-topic';
const PARTITION = /^aws(?:-[a-z]+)*$/;
const REGION = /^[a-z]{2}(?:-[a-z]+)+-\d+$/;
const ACCOUNT = /^\d{12}$/;
const TOPIC_NAME = /^(?:[A-Za-z0-9_-]{1,256}|[A-Za-z0-9_-]{1,251}\.fifo)$/;

/** Why a typed topic ARN cannot be used, naming the part that is wrong; undefined when it can. */
export function topicArnProblem(arn: string): string | undefined {
  if (!arn.trim()) return `Enter the topic's ARN, e.g. ${EXAMPLE}.`;
  if (arn !== arn.trim()) return 'Remove the spaces before or after the ARN.';
  if (!arn.startsWith('arn:')) return `A topic ARN starts with "arn:", e.g. ${EXAMPLE}.`;
  const [, partition = '', service = '', region = '', account = '', name = ''] = arn.split(':');
  if (service !== 'sns')
    return `This ARN names the ${service ? `"${service}"` : 'unnamed'} service; SES notifications go to SNS topics (arn:aws:sns:…).`;
  // A topic name holds no colon, so a topic ARN has exactly six parts.
  if (arn.split(':').length !== 6) return `A topic ARN has six parts separated by colons, e.g. ${EXAMPLE}.`;
  if (!PARTITION.test(partition)) return `"${partition}" is not a partition such as aws or aws-cn.`;
  if (!REGION.test(region)) return `"${region}" is not a Region such as us-east-1.`;
  if (!ACCOUNT.test(account)) return `The account ID must be 12 digits, not "${account}".`;
  if (!TOPIC_NAME.test(name))
    return 'A topic name has 1 to 256 letters, digits, hyphens or underscores (a FIFO topic’s ends in .fifo).';
  return undefined;
}
