// CSV per RFC 4180 (CRLF line ends; fields with a comma, quote or line break quoted, quotes doubled), with a
// UTF-8 byte order mark so Excel opens Japanese text correctly. A cell that a spreadsheet would run as a
// formula (=, +, -, @ first) is prefixed with an apostrophe (OWASP "CSV injection").
import type { Sheet } from './register';

export const BOM = '\uFEFF';

export function csvCell(v: string | number): string {
  let s = String(v);
  if (/^[=+\-@\t\r]/.test(s) && s.length > 1) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function renderCsv(sheet: Sheet): string {
  return BOM + [sheet.header, ...sheet.rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
