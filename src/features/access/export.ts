/**
 * The account report as files: CSV for spreadsheets and JSON for scripts, and the download that
 * saves them. CSV cells are quoted per RFC 4180 and guarded against formula injection (a cell a
 * spreadsheet would run as a formula, starting with = + - @ or a tab or carriage return, gets a
 * leading apostrophe), since identity names, Sids and condition values are the policy author's text.
 */
import type { AccessRow } from './access-rows';

export const CSV_COLUMNS = [
  'Identity',
  'Identity ARN',
  'Who',
  'Actions',
  'From',
  'Recipients',
  'Return-Path',
  'Other conditions',
  'Carve-outs (Denies)',
  'Source',
  'Description',
] as const;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: formula guard first, then quoted when it holds a comma, quote or line break. */
export function csvCell(value: string): string {
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** Several values in one cell, one per line. */
const many = (values: readonly string[]) => values.join('\n');

export function toCsv(rows: readonly AccessRow[]): string {
  const lines = [CSV_COLUMNS.map(csvCell).join(',')];
  for (const row of rows) {
    const cells = [
      row.identity,
      row.identityArn,
      row.who,
      many(row.actions),
      many(row.from),
      many(row.recipients),
      many(row.returnPath),
      many(row.other),
      many(row.carveOuts),
      many(row.sources),
      row.description,
    ];
    lines.push(cells.map(csvCell).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

export interface JsonReport {
  account: string;
  region: string;
  generatedAt: string;
  rows: ({ identity: string; identityArn: string; outsideAccount: boolean } & AccessRow['row'])[];
}

/** The rows as data: each engine row with its identity, in an array (names are never keys). */
export function toJson(
  rows: readonly AccessRow[],
  meta: { account: string; region: string; generatedAt: string },
): string {
  const report: JsonReport = {
    ...meta,
    rows: rows.map((row) => ({
      identity: row.identity,
      identityArn: row.identityArn,
      outsideAccount: row.outsideAccount,
      ...row.row,
    })),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** A file name safe on every system: letters, digits, dots and dashes. */
export function reportFileName(account: string, region: string, extension: 'csv' | 'json'): string {
  const safe = (text: string) => text.replace(/[^A-Za-z0-9.-]/g, '_');
  return `ses-access-report-${safe(account)}-${safe(region)}.${extension}`;
}

/** Saves text as a download, through a short-lived object URL. */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled: revoking at once can cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
