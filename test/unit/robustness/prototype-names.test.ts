// Issue 16.6: prototype names (constructor, toString, __proto__, ...) written wherever a plant file
// names a kind, code, measure, status, section or id. Every lookup must treat them as unknown data:
// no crash, no "undefined" or JavaScript function text in hover, completion, problems, fixes or outputs.
import assert from 'node:assert/strict';
import { formatJson } from '../../../src/cli/output/json';
import { formatSarif } from '../../../src/cli/output/sarif';
import { formatText } from '../../../src/cli/output/text';
import { describeAnalysisCode } from '../../../src/core/analysis/codes';
import { countermeasureById, normalizeMeasureId, threatById } from '../../../src/core/catalog/index';
import { checkText } from '../../../src/core/check';
import type { Problem } from '../../../src/core/diagnostics';
import { addDevice, addZone, applyEdits, deleteElement, moveDevice, renameElement, setMeasureStatus } from '../../../src/core/edit/index';
import { fixAll, fixesFor } from '../../../src/core/fixes/index';
import { describeCode } from '../../../src/core/format/codes';
import { isValidId } from '../../../src/core/format/ids';
import { codeActions } from '../../../src/core/lsp/code-actions';
import { codeLenses } from '../../../src/core/lsp/code-lens';
import { completions } from '../../../src/core/lsp/completion';
import { effectiveSeverity } from '../../../src/core/lsp/diagnostics';
import { documentLinks } from '../../../src/core/lsp/document-links';
import { hover, measureDoc, threatDoc } from '../../../src/core/lsp/hover';
import { definition, documentSymbols, references } from '../../../src/core/lsp/navigation';
import { PlantIndex } from '../../../src/core/lsp/plant-index';
import { renderReport } from '../../../src/core/report/index';
import { readSettings } from '../../../src/server/settings';

export const PROTOTYPE_NAMES = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', 'prototype', '__defineGetter__'];

/** What a lookup that fell through to Object.prototype shows. */
const LEAK = /undefined|\[native code\]|function\s*\w*\s*\(|\[object /;

const plant = (n: string) => `smartfab: 1
plant:
  name: Plant ${n}
models: [1]
zones:
  ${n}: { kind: ${n}, parent: ${n}, wireless: ${n} }
  iot: { kind: iot-network }
  ctrl: { kind: control-info, critical: true }
devices:
  ${n}: { kind: ${n}, zone: ${n}, wireless: ${n} }
  s: { kind: iot-device, zone: iot }
  g: { kind: iot-gateway, zone: iot }
conduits:
  ${n}: { between: [${n}, ctrl], via: [${n}] }
  c1: { between: [iot, ctrl] }
flows:
  - { id: ${n}, from: ${n}, to: s, protocol: ${n} }
countermeasures:
  - { measure: ${n}, target: ${n}, status: ${n}, reason: ${n} }
  - { measure: ID8-1, target: ${n}, status: not-applicable, reason: ${n} }
  - { measure: ID8-1, target: c1, status: ${n} }
risks:
  ${n}: { status: ${n}, justification: ${n} }
  A4@iot>ctrl: { status: ${n}, ${n}: x }
${n}:
  ${n}: 1
`;

const noLeak = (what: string, s: string | undefined) => assert.doesNotMatch(s ?? '', LEAK, what);

describe('robustness: prototype names as user data (16.6)', () => {
  for (const n of PROTOTYPE_NAMES) {
    describe(n, () => {
      const text = plant(n);
      const r = checkText(text);
      const index = r.plant ? new PlantIndex(r.plant) : undefined;
      const offsets = [...text.matchAll(new RegExp(n, 'g'))].flatMap((m) => [m.index, m.index + 1, m.index + n.length]);

      it('validation and analysis report it as unknown data, without an internal error', () => {
        assert.ok(r.plant);
        assert.deepEqual(r.problems.filter((p) => /internal/.test(p.code)), []);
        for (const p of r.problems) noLeak(p.code, p.message);
        const zone = r.plant.zones.find((z) => z.id === n)!;
        assert.equal(zone.kind, 'generic');
        assert.equal(r.plant.devices.find((d) => d.id === n)?.kind, 'generic');
        assert.ok(r.problems.some((p) => p.code === 'schema-enum' && p.message.includes(`'${n}'`)), 'kind is reported as not allowed');
        assert.ok(r.analysis, 'the analysis ran');
      });

      it('hover on `kind:` documents no kind (neither generic nor a prototype member)', () => {
        for (const at of [text.indexOf(`kind: ${n}`), text.lastIndexOf(`kind: ${n}`)]) {
          const offset = at + 'kind: '.length + 1;
          assert.equal(hover({ text, offset, lineIndex: r.lineIndex, index, problems: r.problems }), undefined);
          assert.equal(hover({ text, offset, lineIndex: r.lineIndex }), undefined);
        }
      });

      it('hover, completion and navigation at every occurrence', () => {
        for (const offset of offsets) {
          const h = hover({ text, offset, lineIndex: r.lineIndex, index, problems: r.problems });
          noLeak(`hover at ${offset}`, h ? JSON.stringify(h.contents) : undefined);
          // Without a plant (a broken file), hover falls back to the word under the cursor.
          const bare = hover({ text, offset, lineIndex: r.lineIndex });
          noLeak(`hover without a plant at ${offset}`, bare ? JSON.stringify(bare.contents) : undefined);
          for (const item of completions({ text, offset, lineIndex: r.lineIndex, plant: r.plant, knownIds: { zones: [n], devices: [n], conduits: [n] } })) {
            assert.equal(typeof item.label, 'string');
            noLeak(`completion at ${offset}`, `${item.label} ${item.detail ?? ''}`);
          }
          if (index) {
            definition(index, offset, 'file:///p', r.lineIndex);
            references(index, offset, 'file:///p', r.lineIndex, true);
          }
        }
        // Completion under a top-level key named like a prototype member, at key and at element level.
        for (const at of [text.length - 1, text.lastIndexOf(`${n}: 1`)]) completions({ text, offset: at, lineIndex: r.lineIndex, plant: r.plant });
        assert.ok(index);
        for (const s of documentSymbols(index, r.lineIndex)) noLeak('symbol', s.detail);
        for (const l of codeLenses({ index, lineIndex: r.lineIndex, analysis: r.analysis, problems: r.problems })) noLeak('lens', l.command?.title);
        documentLinks({ text, lineIndex: r.lineIndex, index });
      });

      it('catalogue and code documentation know nothing by that name', () => {
        assert.equal(countermeasureById(n), undefined);
        assert.equal(threatById(n), undefined);
        assert.equal(normalizeMeasureId(n), undefined);
        assert.equal(measureDoc(n), undefined);
        assert.equal(threatDoc(n), undefined);
        assert.equal(describeAnalysisCode(n), undefined);
        const doc = describeCode(n);
        assert.equal(doc.title, n);
        noLeak('describeCode', doc.help);
      });

      it('quick-fixes and code actions neither crash nor take it for a code or kind', () => {
        const fake: Problem = { code: n, severity: 'error', message: n, span: { start: 0, end: 1 }, data: { [n]: n, declareOn: JSON.parse(`{"${n}": "${n}"}`) } };
        assert.deepEqual(fixesFor(fake, text), []);
        const threat: Problem = { ...fake, code: 'threat-A4', data: { target: n, missing: [n, '8-1'], declareOn: JSON.parse(`{"${n}": "c1"}`) } };
        for (const f of fixesFor(threat, text)) noLeak('fix title', f.title);
        for (const p of [...r.problems, fake]) for (const f of fixesFor(p, text)) noLeak('fix title', f.title);
        fixAll([...r.problems, fake, threat], text);
        const range = { start: { line: 0, character: 0 }, end: r.lineIndex.position(text.length) };
        for (const a of codeActions({ uri: 'file:///p', text, lineIndex: r.lineIndex, problems: r.problems, range, context: { diagnostics: [], only: [n] } })) noLeak('action', a.title);
      });

      it('edits refuse it as a kind or status', () => {
        assert.ok('error' in addZone(text, 'z9', n as never));
        assert.ok('error' in addDevice(text, 'd9', n as never, 'iot'));
        assert.ok('error' in setMeasureStatus(text, '8-1', 'c1', n as never));
      });

      it('edits find elements of that name as any other (rename, move, delete)', () => {
        const renamed = renameElement(text, n, 'renamed');
        assert.ok(!('error' in renamed), JSON.stringify(renamed));
        const out = applyEdits(text, renamed.edits);
        const again = checkText(out).plant!;
        assert.ok(again.zones.some((z) => z.id === 'renamed') && !again.zones.some((z) => z.id === n));
        assert.equal(again.devices.find((d) => d.id === 's')?.zone.value, 'iot');
        assert.ok(!('error' in moveDevice(text, 's', 'ctrl')));
        assert.ok(!('error' in deleteElement(text, 'c1')));
        if (isValidId(n)) assert.ok(!('error' in moveDevice(text, 's', n)), 'a zone named like a prototype member is a zone');
      });

      it('severity settings keep it as a code name', () => {
        const s = readSettings(JSON.parse(`{"severity": {"${n}": "off", "threat-*": "hint"}}`));
        assert.ok(Object.hasOwn(s.severity, n));
        assert.equal(effectiveSeverity({ code: n, severity: 'error', message: '', span: { start: 0, end: 0 } }, s.severity), 'off');
        assert.equal(effectiveSeverity({ code: 'other', severity: 'error', message: '', span: { start: 0, end: 0 } }, s.severity), 'error');
      });

      it('text, JSON, SARIF and report outputs carry it as text', () => {
        const files = [{ path: `${n}.smartfab.yaml`, text, result: r }];
        noLeak('text', formatText(files));
        const json = formatJson(files, '0.0.0');
        assert.ok(JSON.parse(json));
        noLeak('json', json);
        const sarif = JSON.parse(formatSarif(files, '0.0.0')) as { runs: { tool: { driver: { rules: { id: string; shortDescription?: { text: string } }[] } } }[] };
        for (const rule of sarif.runs[0].tool.driver.rules) noLeak(`sarif rule ${rule.id}`, rule.shortDescription?.text);
        for (const format of ['markdown', 'html'] as const) noLeak(format, renderReport({ plant: r.plant!, analysis: r.analysis!, problems: r.problems, lineIndex: r.lineIndex }, format));
      });
    });
  }
});
