import assert from 'node:assert/strict';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-types';
import type { Problem } from '../../../src/core/diagnostics';
import { codeActions, FIX_ALL_KIND } from '../../../src/core/lsp/code-actions';
import { toDiagnostic } from '../../../src/core/lsp/diagnostics';
import { setLocale } from '../../../src/core/lsp/l10n';
import { LineIndex } from '../../../src/core/text/line-index';

const URI = 'file:///p.smartfab.yaml';
const TEXT = `smartfab: 1
zones:
  iot-nw:
    kind: iot-network
  ctrl-info:
    kind: control-info
devices:
  sensors:
    kind: iot-device
    zone: iot-nw
conduits:
  iot-ctrl:
    between: [iot-nw, ctrl-info]
`;
const li = new LineIndex(TEXT);
const conduitAt = TEXT.indexOf('iot-ctrl:');
const A4: Problem = {
  code: 'threat-A4',
  severity: 'error',
  message: 'Threat A4 on iot-ctrl lacks countermeasures 8-1, 10-1',
  span: { start: conduitAt, end: conduitAt + 8 },
  data: { threat: 'A4', damages: [1], target: 'iot-ctrl', targetType: 'conduit', missing: ['8-1', '10-1'], route: ['iot-ctrl'] },
};

/** Applies LSP text edits (non-overlapping) to TEXT. */
function apply(edits: TextEdit[]): string {
  const sorted = edits.map((e) => ({ s: li.offset(e.range.start), e: li.offset(e.range.end), t: e.newText })).sort((a, b) => b.s - a.s);
  let out = TEXT;
  for (const e of sorted) out = out.slice(0, e.s) + e.t + out.slice(e.e);
  return out;
}
const editsOf = (a: CodeAction) => a.edit?.changes?.[URI] ?? [];

describe('lsp code actions', () => {
  before(() => setLocale('en'));
  const diag = toDiagnostic(A4, li, URI) as Diagnostic;
  const range = diag.range;

  it('offers the core quick-fixes of a finding, with the diagnostic attached and the preferred one marked', () => {
    const actions = codeActions({ uri: URI, text: TEXT, lineIndex: li, problems: [A4], range, context: { diagnostics: [diag] } });
    assert.deepEqual(actions.map((a) => a.title), [
      'Insert a firewall on iot-ctrl',
      'Add an IDS on iot-ctrl',
      'Add missing countermeasures as planned',
      'Mark ID8-1 not applicable',
      'Mark ID10-1 not applicable',
    ]);
    for (const a of actions) {
      assert.equal(a.kind, 'quickfix');
      assert.deepEqual(a.diagnostics, [diag]);
    }
    assert.deepEqual(actions.filter((a) => a.isPreferred).map((a) => a.title), ['Add missing countermeasures as planned']);
  });

  it('produces the exact resulting text', () => {
    const actions = codeActions({ uri: URI, text: TEXT, lineIndex: li, problems: [A4], range, context: { diagnostics: [diag] } });
    const planned = actions.find((a) => a.title === 'Add missing countermeasures as planned') as CodeAction;
    assert.equal(
      apply(editsOf(planned)),
      `${TEXT}countermeasures:
  - measure: ID8-1
    target: iot-ctrl
    status: planned
  - measure: ID10-1
    target: iot-ctrl
    status: planned
`,
    );
  });

  it('ignores problems outside the range and diagnostics the client did not ask about', () => {
    const elsewhere = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
    assert.deepEqual(codeActions({ uri: URI, text: TEXT, lineIndex: li, problems: [A4], range: elsewhere, context: { diagnostics: [] } }), []);
    const other: Diagnostic = { ...diag, code: 'threat-A1' };
    assert.deepEqual(codeActions({ uri: URI, text: TEXT, lineIndex: li, problems: [A4], range, context: { diagnostics: [other] } }), []);
  });

  it("answers the first Ctrl+. even when the client's diagnostic is of an older version (range not yet moved)", () => {
    const stale: Diagnostic = { ...diag, range: { start: { line: diag.range.start.line + 1, character: 0 }, end: { line: diag.range.start.line + 1, character: 4 } } };
    const actions = codeActions({ uri: URI, text: TEXT, lineIndex: li, problems: [A4], range, context: { diagnostics: [stale] } });
    assert.equal(actions.length, 5);
    assert.deepEqual(actions[0].diagnostics, [stale]);
    // Another tool's diagnostic at the cursor does not hide SmartFab's fixes.
    const yaml: Diagnostic = { range, message: 'x', source: 'yaml' };
    assert.equal(codeActions({ uri: URI, text: TEXT, lineIndex: li, problems: [A4], range, context: { diagnostics: [yaml] } }).length, 5);
  });

  it('offers source.fixAll.smartfab merging every finding when asked for that kind only', () => {
    const actions = codeActions({ uri: URI, text: TEXT, lineIndex: li, problems: [A4], range, context: { diagnostics: [], only: ['source.fixAll'] } });
    assert.equal(actions.length, 1);
    assert.equal(actions[0].kind, FIX_ALL_KIND);
    assert.equal(actions[0].title, 'Fix all SmartFab problems');
    assert.match(apply(editsOf(actions[0])), /- measure: ID10-1\n {4}target: iot-ctrl\n {4}status: planned\n$/);
    assert.deepEqual(codeActions({ uri: URI, text: TEXT, lineIndex: li, problems: [], range, context: { diagnostics: [], only: [FIX_ALL_KIND] } }), []);
  });
});
