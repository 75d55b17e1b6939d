// Risk register exports: xlsx read back with exceljs (two sheets, frozen bold headers, filters), CSV per
// RFC 4180 with a BOM parsed back by an independent parser (fast-csv through exceljs), in both languages.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { run } from '../../../src/cli/main';
import { checkText } from '../../../src/core/check';
import { setLocale } from '../../../src/core/lsp/l10n';
import { csvCell, renderCsv } from '../../../src/core/report/csv';
import { registerSheets } from '../../../src/core/report/register';

const ROOT = path.resolve(__dirname, '../../..');
const FILE = 'examples/model-1-single-factory.smartfab.yaml';
const RISKS = '\nrisks:\n  A4@iot-nw>ctrl-info:\n    status: accepted\n    justification: "Test line, \\"air-gapped\\"\\nuntil Q3"\n    owner: OT security\n    ticket: "=HYPERLINK(1)"\n';

async function cli(args: string[]) {
  let out = '';
  let err = '';
  const code = await run(args, { out: (s) => void (out += s), err: (s) => void (err += s), cwd: ROOT });
  return { code, out, err };
}

describe('report: risk register (csv, xlsx)', () => {
  afterEach(() => setLocale('en'));

  const text = readFileSync(path.join(ROOT, FILE), 'utf8') + RISKS;
  const r = checkText(text, { review: { today: '2026-11-30' } });

  it('has one register row per threat instance with IDs by state and the decision', () => {
    const [reg, cov] = registerSheets(r.plant!, r.analysis!);
    assert.equal(reg.rows.length, r.analysis!.instances.length);
    const a4 = reg.rows.find((x) => x[0] === 'A4@iot-nw>ctrl-info')!;
    const col = (name: string) => reg.header.indexOf(name);
    assert.equal(a4[col('Route')], 'iot-nw → ctrl-info');
    assert.equal(a4[col('Severity')], 'info');
    assert.equal(a4[col('Decision')], 'accepted');
    assert.equal(a4[col('Owner')], 'OT security');
    assert.match(String(a4[col('Missing')]), /ID5-1/);
    assert.equal(cov.rows.length, r.analysis!.coverage.length);
  });

  it('CSV: BOM, CRLF, quoting and formula guard; parsed back by fast-csv it gives the same table', async () => {
    assert.equal(csvCell('a,b'), '"a,b"');
    assert.equal(csvCell('say "hi"'), '"say ""hi"""');
    assert.equal(csvCell('=1+1'), "'=1+1");
    const [reg] = registerSheets(r.plant!, r.analysis!);
    const csv = renderCsv(reg);
    assert.ok(csv.startsWith('\uFEFFKey,'));
    assert.ok(csv.endsWith('\r\n'));
    const dir = mkdtempSync(path.join(tmpdir(), 'smartfab-csv-'));
    const out = path.join(dir, 'register.csv');
    const w = await cli(['report', FILE, '--format', 'csv', '--output', out]);
    assert.equal(w.code, 0, w.err);
    assert.ok(readFileSync(path.join(dir, 'register.coverage.csv'), 'utf8').startsWith('\uFEFFThreat,Instances,ID'));
    const wb = new ExcelJS.Workbook();
    const tmp = path.join(dir, 'decided.csv');
    writeFileSync(tmp, csv);
    const ws = await wb.csv.readFile(tmp, { parserOptions: { quote: '"', escape: '"' } } as never);
    const rows: string[][] = [];
    ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v === undefined || v === null ? '' : String(v)))));
    assert.equal(rows[0][0].replace(/^\uFEFF/, ''), 'Key');
    assert.equal(rows.length, reg.rows.length + 1);
    const a4 = rows.find((x) => x[0] === 'A4@iot-nw>ctrl-info')!;
    assert.equal(a4[reg.header.indexOf('Justification')], 'Test line, "air-gapped"\nuntil Q3');
    assert.equal(a4[reg.header.indexOf('Ticket')], "'=HYPERLINK(1)");
  });

  it('xlsx: read back with exceljs, two sheets with frozen bold headers and filters, in Japanese with --lang ja', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'smartfab-xlsx-'));
    const out = path.join(dir, 'register.xlsx');
    const w = await cli(['report', FILE, '--format', 'xlsx', '--output', out, '--lang', 'ja']);
    assert.equal(w.code, 0, w.err);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    assert.deepEqual(wb.worksheets.map((s) => s.name), ['リスク登録簿', '対策の網羅']);
    const [reg, cov] = wb.worksheets;
    assert.equal(reg.getCell('A1').value, 'キー');
    assert.equal(reg.getCell('B1').value, '脅威');
    assert.equal(reg.getRow(1).font?.bold, true);
    assert.equal(reg.views[0].state, 'frozen');
    assert.equal((reg.views[0] as { ySplit?: number }).ySplit, 1);
    assert.ok(reg.autoFilter);
    const plain = checkText(readFileSync(path.join(ROOT, FILE), 'utf8'));
    assert.equal(reg.rowCount, plain.analysis!.instances.length + 1);
    assert.equal(cov.getCell('A1').value, '脅威');
    assert.equal(cov.rowCount, plain.analysis!.coverage.length + 1);
    assert.equal((await cli(['report', FILE, '--format', 'xlsx'])).code, 2, 'binary needs --output');
  });
});
