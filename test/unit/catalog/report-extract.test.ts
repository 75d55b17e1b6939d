// The catalogue against the report itself: the rows of tables 5-10 and 16-18 are re-extracted from
// the report text (saved as a golden file, so the comparison also runs where the report is absent)
// and every Japanese text is checked to occur verbatim in the report.
import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { catalog, countermeasureById, damageById, measureKindById, threatById } from '../../../src/core/catalog/index';
import { ROW_CORRECTIONS, TABLE_ROWS } from '../../../src/core/catalog/tables';
import type { Text } from '../../../src/core/catalog/types';
import {
  extractDamageModels,
  extractMeasureKinds,
  extractThreatModels,
  extractThreatTables,
  readReport,
  reportPath,
  squash,
  type ExtractedDamage,
} from './report-parse';

interface Extract {
  threatTables: ExtractedDamage[];
  damageModels: Array<[number, number]>;
  threatModels: Array<[string, number]>;
  measureKinds: Array<[number, { models: number[]; title: string }]>;
}

const GOLDEN = path.resolve(__dirname, '../../golden/catalog/report-tables.json');
const REPORT = reportPath();
const report = REPORT ? readReport(REPORT) : undefined;

function extract(text: string): Extract {
  return {
    threatTables: extractThreatTables(text),
    damageModels: extractDamageModels(text),
    threatModels: extractThreatModels(text),
    measureKinds: [...extractMeasureKinds(text)],
  };
}

if (report && (process.env.UPDATE_GOLDEN === '1' || !existsSync(GOLDEN))) {
  mkdirSync(path.dirname(GOLDEN), { recursive: true });
  writeFileSync(GOLDEN, `${JSON.stringify(extract(report), null, 1)}\n`);
}
const golden = JSON.parse(readFileSync(GOLDEN, 'utf8')) as Extract;

describe('catalogue vs the report text', () => {
  it('the golden extraction is what the report says today', function () {
    if (!report) this.skip();
    assert.deepEqual(extract(report!), golden);
  });

  describe('tables 5-10', () => {
    it('every row is transcribed as printed (threat, kind, IDs in order)', () => {
      const printed = golden.threatTables.map((d) => ({
        table: d.table,
        damage: d.damage,
        rows: d.rows.map((r) => ({ threat: r.threat, kind: r.kind, measures: r.measures })),
      }));
      const data = TABLE_ROWS.map((d) => ({
        table: d.table,
        damage: d.damage,
        rows: d.rows.map((r) => ({ threat: r.threat, kind: r.kind, measures: [...r.measures] })),
      }));
      assert.deepEqual(data, printed);
      assert.equal(printed.reduce((n, d) => n + d.rows.length, 0), 50);
    });

    it('each correction replaces an ID the table really prints', () => {
      for (const c of ROW_CORRECTIONS) {
        const row = golden.threatTables.find((d) => d.table === c.table && d.damage === c.damage)?.rows.find((r) => r.threat === c.threat);
        assert.ok(row?.measures.includes(c.printed), `${c.table}/${c.damage}/${c.threat}`);
      }
    });

    it("each threat's kind, damages and IDs follow from the rows (corrections applied)", () => {
      const fix = (table: number, damage: number, threat: string, id: string) =>
        ROW_CORRECTIONS.find((c) => c.table === table && c.damage === damage && c.threat === threat && c.printed === id)?.kept ?? id;
      const seen = new Set<string>();
      for (const d of golden.threatTables) {
        for (const r of d.rows) {
          const th = threatById(r.threat);
          assert.ok(th, r.threat);
          seen.add(r.threat);
          assert.equal(th.kind, r.kind, r.threat);
          assert.ok(th.damages.includes(d.damage), `${r.threat} damage ${d.damage}`);
          assert.deepEqual([...th.measures], r.measures.map((id) => fix(d.table, d.damage, r.threat, id)), `${r.threat} in damage ${d.damage}`);
          assert.equal(th.model, damageById(d.damage)?.model, r.threat);
        }
      }
      assert.equal(seen.size, 44);
      for (const th of catalog.threats) {
        const damages = golden.threatTables.filter((d) => d.rows.some((r) => r.threat === th.id)).map((d) => d.damage);
        assert.deepEqual([...th.damages], damages, th.id);
      }
    });

    it("each ID's target label is the one printed beside it", () => {
      const printed = new Map<string, Set<string>>();
      for (const d of golden.threatTables)
        for (const r of d.rows) r.measures.forEach((id, i) => printed.set(id, (printed.get(id) ?? new Set()).add(r.labels[i]!)));
      assert.equal(printed.size, 71);
      for (const [id, labels] of printed) {
        const cm = countermeasureById(id);
        assert.ok(cm, id);
        if (id === '13-3') {
          assert.deepEqual([...labels].sort(), ['制御・保守端末', '監視・制御端末']);
          for (const l of labels) assert.ok(squash(cm.targetLabel.ja).includes(l));
        } else if (id === '3-1') {
          // printed for the IoT gateway too (erratum ID3-2)
          assert.deepEqual([...labels].sort(), ['IoTゲートウェイ', 'IoTデバイス']);
          assert.equal(squash(cm.targetLabel.ja), 'IoTデバイス');
        } else {
          assert.deepEqual([...labels], [squash(cm.targetLabel.ja)], id);
        }
      }
    });
  });

  it('table 16: each damage belongs to the model printed beside it', () => {
    assert.equal(golden.damageModels.length, 13);
    for (const [damage, model] of golden.damageModels) assert.equal(damageById(damage)?.model, model, `damage ${damage}`);
  });

  it('table 17: each threat belongs to the model printed beside it; K1 is printed twice', () => {
    const ids = golden.threatModels.map(([id]) => id);
    assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), ['K1']);
    assert.deepEqual([...new Set(ids)].sort(), catalog.threats.map((th) => th.id).sort());
    for (const [id, model] of golden.threatModels) assert.equal(threatById(id)?.model, model, id);
    assert.ok(catalog.errata.some((e) => e.ja.includes('K1')));
  });

  it('table 18: each measure kind has the printed title and models', () => {
    assert.equal(golden.measureKinds.length, 18);
    for (const [id, { models, title }] of golden.measureKinds) {
      const k = measureKindById(id);
      assert.ok(k, `kind ${id}`);
      assert.equal(squash(k.title.ja), title);
      assert.deepEqual([...k.models], models, `kind ${id}`);
    }
  });

  describe('Japanese texts occur verbatim in the report', () => {
    const flat = report ? squash(report) : '';
    // Table 18 interleaves "実装モデル n" cells with the text; its summaries are checked without them.
    const table18 = report ? squash(report.slice(report.indexOf('表 18対策の一覧'))).replace(/実装モデル(対策説明|\d)/g, '') : '';
    const occurs = (x: Text, where = flat) => x.ja.split('\n').every((part) => where.includes(squash(part)));

    const check = (name: string, texts: () => Array<[string, Text | undefined]>, where?: () => string) =>
      it(name, function () {
        if (!report) this.skip();
        const missing = texts().filter(([, x]) => x && !occurs(x, where?.()));
        assert.deepEqual(missing.map(([k]) => k), []);
      });

    check('section headings: threats, damages and measure kinds', () => [
      ...catalog.threats.map((th): [string, Text] => [th.id, { ja: `⚫ [脅威 ${th.id}]${th.title.ja}`, en: '' }]),
      ...catalog.damages.map((d): [string, Text] => [`damage ${d.id}`, { ja: `⚫ [被害 ${d.id}]${d.title.ja}`, en: '' }]),
      ...catalog.measureKinds.map((k): [string, Text] => [`kind ${k.id}`, { ja: `⚫ [対策 ${k.id}]${k.title.ja}`, en: '' }]),
    ]);
    check('descriptions of threats, damages (with priority notes) and measure kinds (with notes, references)', () => [
      ...catalog.threats.map((th): [string, Text] => [th.id, th.description]),
      ...catalog.damages.flatMap((d): Array<[string, Text | undefined]> => [[`damage ${d.id}`, d.description], [`note ${d.id}`, d.priorityNote]]),
      ...catalog.measureKinds.flatMap((k) => [
        [`kind ${k.id}`, k.description] as [string, Text],
        ...k.notes.map((n, i): [string, Text] => [`kind ${k.id} note ${i}`, n.text]),
        ...k.references.map((r, i): [string, Text] => [`kind ${k.id} ref ${i}`, r]),
      ]),
      ...Object.entries(catalog.threatKinds ?? {}).map(([k, x]): [string, Text] => [k, x]),
    ]);
    check('table 18 summaries', () => catalog.measureKinds.map((k): [string, Text | undefined] => [`kind ${k.id}`, k.summary]), () => table18);
    check('models: titles, summaries, operations, data flows, model 7 note', () =>
      catalog.models.flatMap((m) => [
        [`model ${m.id} title`, m.title] as [string, Text],
        [`model ${m.id} summary`, m.summary] as [string, Text],
        [`model ${m.id} note`, m.noThreatsNote] as [string, Text | undefined],
        ...[...m.operations, ...m.dataFlows].flatMap((o): Array<[string, Text]> => [
          [`model ${m.id} ${o.name.en}`, o.name],
          [`model ${m.id} ${o.name.en} text`, o.description],
        ]),
      ]),
    );
    check('general measures, implementation examples and wireless guidance', () => [
      ...catalog.generalMeasures.flatMap((g): Array<[string, Text]> => [[g.id, g.title], [`${g.id} text`, g.description]]),
      ...catalog.implementationExamples.flatMap((x): Array<[string, Text]> => [
        [`${x.id} condition`, x.condition],
        [`${x.id} text`, x.description],
        ...(x.notes ?? []).map((n, i): [string, Text] => [`${x.id} note ${i}`, n]),
      ]),
      ...catalog.wireless.flatMap((w): Array<[string, Text | undefined]> => [
        ...w.guidance.map((g, i): [string, Text] => [`${w.id} ${i}`, g]),
        [`${w.id} speed`, w.speed],
        [`${w.id} range`, w.range],
      ]),
    ]);
  });
});
