/** SigV4's timestamps: ISO 8601 basic format (20130524T000000Z), and HTTP dates in `Date`. */

const ISO_BASIC = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;
// IMF-fixdate (RFC 9110 §5.6.7), the form every HTTP client sends in `Date`.
const IMF_FIXDATE =
  /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

/** A real UTC instant from `20130524T000000Z`, or undefined (so 20130231T000000Z is refused). */
export function parseIsoBasic(text: string): Date | undefined {
  const m = ISO_BASIC.exec(text);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  return formatIsoBasic(date) === text ? date : undefined;
}

/** The request's instant from `X-Amz-Date` (basic format) or `Date` (basic format or an HTTP date). */
export function parseRequestDate(text: string, header: 'x-amz-date' | 'date'): Date | undefined {
  const basic = parseIsoBasic(text);
  if (basic || header !== 'date' || !IMF_FIXDATE.test(text)) return basic;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

export function formatIsoBasic(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}
