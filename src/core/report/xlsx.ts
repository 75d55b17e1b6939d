// The register as an Excel workbook (exceljs): one worksheet per sheet, bold frozen header row, an
// auto-filter over the table, columns sized to their text. Cells are written as values (never formulas).
import type { Sheet } from './register';
import { visibleControls } from './safe-text';

// XML 1.0 cannot carry most control characters, and a reader must see what was there: \uXXXX, line breaks kept.
const cell = (v: string | number) => (typeof v === 'string' ? visibleControls(v, { keepLineBreaks: true }) : v);

const MAX_WIDTH = 60;

/** The .xlsx file's bytes. exceljs is loaded on first use (only exports need it). */
export async function renderXlsx(sheets: readonly Sheet[], meta: { title?: string } = {}): Promise<Uint8Array> {
  const ExcelJS = (await import('exceljs')).default ?? (await import('exceljs'));
  const wb = new ExcelJS.Workbook();
  wb.creator = 'SmartFab';
  if (meta.title) wb.title = meta.title;
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.addRow(s.header.map(cell));
    for (const r of s.rows) ws.addRow(r.map(cell));
    ws.getRow(1).font = { bold: true };
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, s.rows.length + 1), column: s.header.length } };
    s.header.forEach((h, i) => {
      const longest = Math.max(String(h).length, ...s.rows.map((r) => String(r[i] ?? '').length));
      ws.getColumn(i + 1).width = Math.min(MAX_WIDTH, Math.max(6, longest + 2));
    });
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
