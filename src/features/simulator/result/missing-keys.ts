/** Which simulator input sets a context key, so a warning about a missing key says what to fill in. */
// A Map: keys come from policy text, and `constructor` must read as a key SES never sets.
const INPUT_FOR_KEY = new Map(
  Object.entries({
    'ses:fromaddress': 'From address',
    'ses:fromdisplayname': 'Display name',
    'ses:recipients': 'To, Cc or Bcc',
    'ses:feedbackaddress': 'Return-Path address',
    'ses:apiversion': 'API version',
    'aws:sourceip': 'Source IP',
    'aws:currenttime': 'Time',
    'aws:epochtime': 'Time',
    'aws:securetransport': 'Secure transport',
    'aws:useragent': 'User agent',
  }),
);

export function missingKeyAdvice(key: string): string {
  const input = INPUT_FOR_KEY.get(key.toLowerCase());
  return input
    ? `${key}: the request has no value; fill in "${input}" to give it one.`
    : `${key}: SES never sets this key on a send, so a condition on it is decided as for an absent key in every request.`;
}
