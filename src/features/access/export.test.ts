import { describe, expect, it } from 'vitest';
import { whoCanSend } from '../../policy-engine';
import { accessRows } from './access-rows';
import { CSV_COLUMNS, csvCell, reportFileName, toCsv, toJson } from './export';

const ARN = 'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com';

function policy(statements: unknown[]) {
  return JSON.stringify({ Version: '2012-10-17', Statement: statements });
}

function rowsFor(identity: string, document: string) {
  const identityArn = `arn:aws:ses:us-east-1:888888888888:identity/${identity}`;
  return accessRows({
    identity,
    identityArn,
    result: whoCanSend({ identityArn, policies: [{ name: 'P', document }] }),
  });
}

/** A small RFC 4180 reader: enough to read back what toCsv wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('csvCell', () => {
  it('leaves plain text alone', () => {
    expect(csvCell('ses-example.com')).toBe('ses-example.com');
  });

  it('quotes commas, quotes and line breaks, doubling quotes', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('one\ntwo')).toBe('"one\ntwo"');
    expect(csvCell('one\r\ntwo')).toBe('"one\r\ntwo"');
  });

  it('guards cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=HYPERLINK("http://evil.test")')).toBe(`"'=HYPERLINK(""http://evil.test"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('a=b')).toBe('a=b');
  });
});

describe('toCsv', () => {
  it('writes a header and one line per row, read back cell for cell', () => {
    const rows = rowsFor(
      'ses-example.com',
      policy([
        {
          Sid: 'AuthorizeMarketer',
          Effect: 'Allow',
          Principal: { AWS: ['999999999999'] },
          Action: ['ses:SendEmail', 'ses:SendRawEmail'],
          Resource: ARN,
          Condition: { StringLike: { 'ses:FromAddress': 'marketing+*@ses-example.com' } },
        },
      ]),
    );
    const table = parseCsv(toCsv(rows));
    expect(table[0]).toEqual([...CSV_COLUMNS]);
    expect(table).toHaveLength(1 + rows.length);
    const delegate = table.find((r) => r[2] === 'account 999999999999');
    expect(delegate?.[0]).toBe('ses-example.com');
    expect(delegate?.[3]).toBe('ses:SendEmail\nses:SendRawEmail');
    expect(delegate?.[4]).toBe('only From addresses matching `marketing+*@ses-example.com`');
    expect(delegate?.[9]).toBe('P, statement AuthorizeMarketer');
  });

  it('keeps hostile Sids and condition values as text, guarded and quoted', () => {
    const rows = rowsFor(
      'ses-example.com',
      policy([
        {
          Sid: 'x',
          Effect: 'Allow',
          Principal: { AWS: '999999999999' },
          Action: 'ses:SendEmail',
          Resource: ARN,
          Condition: { StringEquals: { 'ses:FromAddress': '=cmd|"/c calc"!A1,x@ses-example.com' } },
        },
      ]),
    );
    const text = toCsv(rows);
    const table = parseCsv(text);
    const delegate = table.find((r) => r[2] === 'account 999999999999');
    expect(delegate?.[4]).toContain('=cmd|"/c calc"!A1,x@ses-example.com');
    // No cell of the file starts with a formula character.
    for (const row of table.slice(1)) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@]/);
  });

  it('writes identity names such as __proto__ like any other', () => {
    const rows = rowsFor('__proto__@ses-example.com', policy([]));
    const table = parseCsv(toCsv(rows));
    expect(table[1]?.[0]).toBe('__proto__@ses-example.com');
  });
});

describe('toJson', () => {
  it('writes the engine rows as data with their identity', () => {
    const rows = rowsFor(
      'ses-example.com',
      policy([
        { Effect: 'Allow', Principal: { AWS: '999999999999' }, Action: 'ses:SendEmail', Resource: ARN },
      ]),
    );
    const parsed = JSON.parse(
      toJson(rows, { account: '888888888888', region: 'us-east-1', generatedAt: '2026-01-01T00:00:00.000Z' }),
    ) as { account: string; rows: { identity: string; principals: string[]; outsideAccount: boolean }[] };
    expect(parsed.account).toBe('888888888888');
    expect(parsed.rows.map((r) => [r.identity, r.principals, r.outsideAccount])).toEqual([
      ['ses-example.com', ['888888888888'], false],
      ['ses-example.com', ['999999999999'], true],
    ]);
  });

  it('keeps __proto__ and constructor names as values, never as prototypes', () => {
    const rows = [...rowsFor('__proto__@ses-example.com', policy([])), ...rowsFor('constructor', policy([]))];
    const text = toJson(rows, { account: '888888888888', region: 'us-east-1', generatedAt: 'now' });
    const parsed = JSON.parse(text) as { rows: { identity: string }[] };
    expect(parsed.rows.map((r) => r.identity)).toEqual(['__proto__@ses-example.com', 'constructor']);
    expect(Object.getPrototypeOf(parsed.rows[0])).toBe(Object.prototype);
  });
});

describe('reportFileName', () => {
  it('names the account and Region, with nothing a file system would refuse', () => {
    expect(reportFileName('888888888888', 'us-east-1', 'csv')).toBe(
      'ses-access-report-888888888888-us-east-1.csv',
    );
    expect(reportFileName('../x', 'a/b', 'json')).toBe('ses-access-report-.._x-a_b.json');
  });
});
