// Output safety for the registers (issue 16, with the CSV/xlsx exports of issue 12): each hostile value of the
// shared table, and spreadsheet formulas, written into a risk decision's justification, owner and ticket. The
// CSV parses back (exceljs) with the text shown as written (controls as \uXXXX, formulas neutralised); the
// xlsx reads back with plain string cells, never formulas.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { checkText } from '../../../src/core/check';
import { renderCsv } from '../../../src/core/report/csv';
import { registerSheets } from '../../../src/core/report/register';
import { hasControls, visibleControls } from '../../../src/core/report/safe-text';
import { renderXlsx } from '../../../src/core/report/xlsx';
import { HOSTILE } from './hostile-outputs.test';
import { hostilePlant, yamlString } from './hostile-plant';

const FORMULAS: readonly (readonly [string, string])[] = [
  ['formula =', '=HYPERLINK("https://evil.example","x")'],
  ['formula +', '+cmd|" /C calc"!A0'],
  ['formula -', '-2+3'],
  ['formula @', '@SUM(1,1)'],
];
const KEY = 'A1@sensors';

function decided(value: string): string {
  const v = yamlString(value);
  return `${hostilePlant('clean')}risks:\n  ${KEY}:\n    status: accepted\n    justification: ${v}\n    owner: ${v}\n    ticket: ${v}\n`;
}

describe('report: registers a hostile plant cannot turn against their reader (csv, xlsx)', function () {
  this.timeout(60_000);
  const dir = mkdtempSync(path.join(tmpdir(), 'smartfab-hostile-register-'));

  for (const [name, value] of [...HOSTILE, ...FORMULAS]) {
    it(`${name}: CSV and xlsx carry the text inert`, async () => {
      const r = checkText(decided(value), { review: { today: '2026-11-30' } });
      const [reg] = registerSheets(r.plant!, r.analysis!);
      const col = (h: string) => reg.header.indexOf(h);
      const row = reg.rows.find((x) => x[0] === KEY);
      assert.ok(row, 'the decided instance has a row');
      const expected = visibleControls(value, { keepLineBreaks: true });

      const file = path.join(dir, `${name.replace(/\W+/g, '-')}.csv`);
      writeFileSync(file, renderCsv(reg));
      const ws = await new ExcelJS.Workbook().csv.readFile(file, { parserOptions: { quote: '"', escape: '"' } } as never);
      let cells: string[] | undefined;
      ws.eachRow((x) => {
        const vals = (x.values as unknown[]).slice(1).map((v) => (v === undefined || v === null ? '' : String(v)));
        if (vals[0] === KEY) cells = vals;
      });
      assert.ok(cells, 'the row parses back');
      for (const h of ['Justification', 'Owner', 'Ticket']) {
        const got: string = cells![col(h)];
        assert.ok(!hasControls(got.replace(/\n/g, '')), `${h}: no raw control character`);
        assert.doesNotMatch(got, /^[=+\-@]/, `${h}: no cell a spreadsheet would run as a formula`);
        assert.equal(got.replace(/^'(?=[=+\-@])/, ''), expected.replace(/\r\n?/g, '\n'), `${h}: the text as written`);
      }

      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(await renderXlsx([reg])) as never);
      const sheet = wb.worksheets[0];
      sheet.eachRow((x) => {
        x.eachCell((c) => {
          assert.notEqual(c.type, ExcelJS.ValueType.Formula, `xlsx cell ${c.address} is a formula`);
          if (typeof c.value === 'string') assert.ok(!hasControls(c.value.replace(/\n/g, '')), `xlsx cell ${c.address}: raw control`);
        });
      });
    });
  }
});
