// CSV per RFC 4180 (CRLF line ends; fields with a comma, quote or line break quoted, quotes doubled), with a
// UTF-8 byte order mark so Excel opens Japanese text correctly. A cell that a spreadsheet would run as a
// formula (=, +, -, @ first) is prefixed with an apostrophe (OWASP "CSV injection"); control characters from
// the plant file are shown as \uXXXX (safe-text.ts), line breaks kept.
import type { Sheet } from './register';
import { visibleControls } from './safe-text';

export const BOM = '\uFEFF';

export function csvCell(v: string | number): string {
  let s = visibleControls(String(v), { keepLineBreaks: true });
  if (/^[=+\-@\t\r]/.test(s) && s.length > 1) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function renderCsv(sheet: Sheet): string {
  return BOM + [sheet.header, ...sheet.rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
