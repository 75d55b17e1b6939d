// `general:`: §2.2 measures recorded replace the single general-measures note with one finding per measure
// not recorded; §2.3.8 choices per boundary are validated, shown in hover and in the report.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkText } from '../../../src/core/check';
import { GENERAL_MEASURES } from '../../../src/core/catalog/general-measures';
import { renderMarkdown } from '../../../src/core/report/markdown';
import { buildReport } from '../../../src/core/report/model';
import { riskHover } from '../../../src/core/review/lsp';
import { LineIndex } from '../../../src/core/text/line-index';

const MODEL1 = readFileSync(path.resolve(__dirname, '../../../examples/model-1-single-factory.smartfab.yaml'), 'utf8');
const GENERAL = `
general:
  measures:
    physical-1: { status: implemented, evidence: Locked server room FM-12 }
    physical-2: { status: planned }
    operational-1: { status: not-applicable, reason: Group CSIRT covers the site }
  boundaries:
    iot-to-ctrl:
      filtering: firewall
      relay: none
      detection: ids
      idsSide: control
      note: 200 sensors, control network not critical
    nowhere: { filtering: none }
`;

describe('review: general measures and boundary choices', () => {
  const text = MODEL1.trimEnd() + '\n' + GENERAL;
  const r = checkText(text);

  it('without general: the single general-measures note stays', () => {
    const plain = checkText(MODEL1);
    assert.equal(plain.problems.filter((p) => p.code === 'general-measures').length, 1);
    assert.equal(plain.problems.filter((p) => p.code === 'general-measure-unrecorded').length, 0);
  });

  it('with general.measures: one finding per measure not recorded, no schema problems', () => {
    assert.deepEqual(r.problems.filter((p) => p.code.startsWith('schema')), []);
    assert.equal(r.problems.filter((p) => p.code === 'general-measures').length, 0);
    const unrecorded = r.problems.filter((p) => p.code === 'general-measure-unrecorded').map((p) => p.data!.measure);
    assert.deepEqual(unrecorded, GENERAL_MEASURES.map((g) => g.id).filter((id) => !['physical-1', 'physical-2', 'operational-1'].includes(id)));
    assert.ok(r.problems.filter((p) => p.code === 'general-measure-unrecorded').every((p) => p.severity === 'info'));
  });

  it('a boundary that is no conduit is reported; an unknown measure id or choice is a schema problem', () => {
    assert.deepEqual(r.problems.filter((p) => p.code === 'general-unknown-boundary').map((p) => p.data!.id), ['nowhere']);
    const bad = checkText(MODEL1.trimEnd() + '\ngeneral:\n  measures:\n    physical-9: { status: implemented }\n  boundaries:\n    iot-to-ctrl: { detection: maybe }\n');
    assert.equal(bad.problems.filter((p) => p.code.startsWith('schema')).length, 2, JSON.stringify(bad.problems.filter((p) => p.code.startsWith('schema'))));
  });

  it('hover on a boundary shows its §2.3.8 choices; on a measure the report text and status', () => {
    const li = new LineIndex(text);
    const b = riskHover(r.plant, [], text.indexOf('iot-to-ctrl:\n      filtering') + 2, li)!;
    assert.match((b.contents as { value: string }).value, /Filtering \(measure 8\): firewall[\s\S]*Detection \(measure 10\): ids[\s\S]*200 sensors/);
    const m = riskHover(r.plant, [], text.indexOf('physical-1:') + 2, li)!;
    assert.match((m.contents as { value: string }).value, /Preventing physical approach[\s\S]*implemented — Locked server room/);
  });

  it('the report lists every §2.2 measure with its status and the boundary choices', () => {
    const md = renderMarkdown(buildReport({ plant: r.plant!, analysis: r.analysis!, problems: r.problems }));
    assert.match(md, /## General measures \(§2\.2\)/);
    assert.match(md, /\| physical-1 \| Preventing physical approach \| §2\.2\.1 CPS\.AC-2 \| implemented \| Locked server room FM-12 \|/);
    assert.match(md, /\| operational-3 \| .* \| not recorded \|/);
    assert.match(md, /## Boundary choices \(§2\.3\.8\)\n\n\| Conduit .*\n.*\n\| iot-to-ctrl \| firewall \| none \| IDS \| control system side \(behind the firewall\) \| 200 sensors, control network not critical \|/);
  });
});
