// Issue 13.4: YAML that other YAML tools accept. Merge keys resolve as YAML 1.1 merge keys with spans
// pointing where values are written; lone CRs are line breaks; tab indentation gives one error per
// line (the rest checked as meant) and a "convert tabs to spaces" fix that yields the intended plant.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { checkText } from '../../../src/core/check';
import type { Problem } from '../../../src/core/diagnostics';
import { applyEdits, moveDevice } from '../../../src/core/edit/index';
import { fixesFor } from '../../../src/core/fixes/index';

const DIR = path.resolve(__dirname, '../../../examples');
const examples = readdirSync(DIR).filter((f) => f.endsWith('.smartfab.yaml')).map((f) => [f, readFileSync(path.join(DIR, f), 'utf8')] as const);

const summary = (ps: readonly Problem[]) => ps.map((p) => `${p.code} ${p.span.start}-${p.span.end} ${p.message}`);
const at = (text: string, s: { start: number; end: number }) => text.slice(s.start, s.end);

const MERGE = `smartfab: 1
x-defaults:
  viewer: &viewer
    kind: viewer
    zone: office
  wifi: &wifi { wireless: wifi, name: Wireless }
zones:
  office: { kind: information }
  ctrl: { kind: control-info }
  lab: &lab { kind: generic }
  lab2: { <<: *lab, name: Second lab }
devices:
  v1:
    <<: *viewer
    name: Viewer one
  v2:
    <<: *viewer
    <<: *wifi
    zone: ctrl
  v3:
    <<: [*wifi, *viewer]
    name: Viewer three
conduits:
  c1: { between: [office, ctrl] }
`;

describe('robustness: YAML other tools accept (13.4)', () => {
  describe('merge keys', () => {
    const r = checkText(MERGE);
    const device = (id: string) => r.plant!.devices.find((d) => d.id === id)!;

    it('resolve like the yaml package does, with no problem', () => {
      assert.deepEqual(r.problems.filter((p) => p.severity === 'error' && !p.code.startsWith('threat-')).map((p) => p.message), []);
      assert.deepEqual(r.source.value, parseDocument(MERGE, { merge: true }).toJS());
      assert.deepEqual([device('v1').kind, device('v1').zone.value, device('v1').name], ['viewer', 'office', 'Viewer one']);
      assert.equal(r.plant!.zones.find((z) => z.id === 'lab2')?.kind, 'generic');
    });

    it('two merge keys in one mapping: both merge, own keys win, the earlier merge wins', () => {
      assert.deepEqual([device('v2').kind, device('v2').zone.value, device('v2').wireless, device('v2').name], ['viewer', 'ctrl', 'wifi', 'Wireless']);
      assert.deepEqual([device('v3').kind, device('v3').wireless, device('v3').name], ['viewer', 'wifi', 'Viewer three']);
      assert.equal(r.problems.filter((p) => p.code === 'duplicate-key').length, 0);
    });

    it('spans point where each value is written (the anchor for merged values)', () => {
      const anchorKind = MERGE.indexOf('kind: viewer') + 'kind: '.length;
      assert.equal(device('v1').kindSpan?.start, anchorKind);
      assert.equal(at(MERGE, device('v2').zone.span), 'ctrl');
      assert.ok(device('v2').zone.span.start > MERGE.indexOf('  v2:'), 'own value, not the anchor');
      assert.equal(at(MERGE, device('v1').idSpan), 'v1');
    });

    it('a wrong merged value is reported at the anchor, once per element using it', () => {
      const text = MERGE.replace('kind: viewer', 'kind: viewr');
      const enums = checkText(text).problems.filter((p) => p.code === 'schema-enum');
      assert.ok(enums.length >= 3);
      for (const p of enums) assert.equal(at(text, p.span), 'viewr');
    });

    it('merging something that is not a mapping is an error, not a crash', () => {
      for (const bad of ['<<: 5', '<<: [1, 2]', '<<: *nothing', '<<: *viewer\n    <<: *viewer']) {
        const text = MERGE.replace('<<: *viewer\n    name: Viewer one', `${bad}\n    name: Viewer one`);
        const r = checkText(text);
        assert.deepEqual(r.problems.filter((p) => /internal/.test(p.code)), [], bad);
        assert.ok(r.plant?.devices.some((d) => d.id === 'v2' && d.kind === 'viewer'), `${bad}: the rest is still checked`);
        if (bad !== '<<: *viewer\n    <<: *viewer') assert.ok(r.problems.some((p) => p.code === 'yaml-merge' || p.code === 'yaml-syntax'), bad);
      }
      const r = checkText(MERGE.replace('<<: *viewer\n    name: Viewer one', '<<: 5\n    name: Viewer one'));
      const merge = r.problems.find((p) => p.code === 'yaml-merge')!;
      assert.equal(at(MERGE.replace('<<: *viewer\n    name: Viewer one', '<<: 5\n    name: Viewer one'), merge.span), '5');
    });

    it('edits next to inline merge keys (good or bad) reparse as a full check does', () => {
      const text = 'smartfab: 1\nzones:\n  a: { kind: generic }\n  b:\n    <<: { kind: dmz }\n    name: B\n  c:\n    <<: 5\n    kind: generic\n';
      const base = checkText(text).source;
      for (const next of [text.replace('name: B', 'name: Bee'), text.replace('kind: generic }', 'kind: information }'), text.replace('<<: 5', '<<: { x: 1 }')]) {
        const inc = checkText(next, { previous: base });
        assert.deepEqual(summary(inc.problems), summary(checkText(next).problems));
        assert.deepEqual(inc.source.value, checkText(next).source.value);
      }
    });

    it('a merge key that merges itself stops', () => {
      for (const text of ['smartfab: 1\nzones: &z\n  a: { kind: generic }\n  <<: *z\n', 'smartfab: 1\nzones: &z\n  a: { kind: generic, <<: *z }\n']) {
        const r = checkText(text);
        assert.equal(r.plant?.zones[0]?.kind, 'generic', text);
        assert.deepEqual(r.problems.filter((p) => p.code === 'yaml-merge').map((p) => at(text, p.span)), ['*z']);
      }
    });
  });

  describe('lone CR line endings', () => {
    for (const [name, text] of examples) {
      it(`${name} with CR, CRLF or mixed line endings checks as with LF`, () => {
        const lf = checkText(text);
        const variants = [text.replace(/\n/g, '\r'), text.replace(/\n/g, '\r\n').replace(/\r\n/g, (m, i: number) => (i % 3 ? '\r' : m))];
        for (const v of variants.slice(0, 1)) {
          const cr = checkText(v);
          assert.deepEqual(summary(cr.problems), summary(lf.problems));
          assert.deepEqual(cr.source.value, lf.source.value);
          assert.equal(cr.lineIndex.lineCount, lf.lineIndex.lineCount);
        }
        const mixed = checkText(variants[1]);
        assert.deepEqual(mixed.problems.filter((p) => p.code.startsWith('yaml')), []);
        assert.deepEqual(mixed.source.value, lf.source.value);
      });
    }

    it('the incremental reparse agrees on CR text, and edits work on it', () => {
      const text = examples[0][1].replace(/\n/g, '\r');
      const base = checkText(text).source;
      const next = text.replace('name:', 'name: x');
      assert.deepEqual(summary(checkText(next, { previous: base }).problems), summary(checkText(next).problems));
      const plant = checkText(text).plant!;
      const r = moveDevice(text, plant.devices[0].id, plant.zones[plant.zones.length - 1].id);
      assert.ok(!('error' in r), JSON.stringify(r));
    });
  });

  describe('tab indentation', () => {
    const tabbed = (text: string) => text.replace(/^((?: {2})+)/gm, (m) => '\t'.repeat(m.length / 2));

    for (const [name, text] of examples) {
      it(`${name} indented with tabs: one error per tab line, the rest as with spaces, and a fix back`, () => {
        const t = tabbed(text);
        // Tabs before a comment are valid YAML (only the fix converts them).
        const tabLines = t.split('\n').filter((l) => /^\t/.test(l) && !/^\s*#/.test(l)).length;
        const r = checkText(t);
        const tabs = r.problems.filter((p) => p.code === 'yaml-tab-indent');
        assert.equal(tabs.length, tabLines);
        for (const p of tabs) assert.match(at(t, p.span), /^\t+$/);
        const rest = (ps: readonly Problem[]) => ps.filter((p) => p.code !== 'yaml-tab-indent').map((p) => `${p.code} ${p.message}`);
        assert.deepEqual(rest(r.problems), rest(checkText(text).problems));
        const fixes = fixesFor(tabs[0], t);
        assert.equal(fixes.length, 1);
        assert.equal(fixes[0].title, 'Convert tabs to spaces');
        const fixed = applyEdits(t, fixes[0].edits);
        assert.equal(fixed, text, 'tabs become the two spaces they stood for');
      });
    }

    it('one tab line among spaces gets one error; tabs in block scalar content or after a key are fine', () => {
      const text = 'smartfab: 1\nzones:\n  z1:\n\tkind: information\n  z2:\n    kind: generic\n    description: |\n      first\n      \tindented content\n    name:\tTabbed\n';
      const r = checkText(text);
      const tabs = r.problems.filter((p) => p.code === 'yaml-tab-indent');
      assert.equal(tabs.length, 1);
      assert.equal(r.lineIndex.position(tabs[0].span.start).line, 3);
      assert.equal(r.plant!.zones.find((z) => z.id === 'z2')?.description, 'first\n\tindented content\n');
      const fixed = applyEdits(text, fixesFor(tabs[0], text)[0].edits);
      assert.deepEqual(checkText(fixed).problems.filter((p) => p.code.startsWith('yaml')), []);
    });
  });
});
