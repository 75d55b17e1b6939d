import assert from 'node:assert/strict';
import { DiagnosticSeverity, DiagnosticTag } from 'vscode-languageserver-types';
import type { Problem } from '../../../src/core/diagnostics';
import { docUrlFor, effectiveSeverity, toDiagnostic, toDiagnostics } from '../../../src/core/lsp/diagnostics';
import { LineIndex } from '../../../src/core/text/line-index';

const URI = 'file:///p.smartfab.yaml';
const text = 'zones:\n  a:\n    kind: dmz\nconduits:\n  c: {between: [a, b]}\n';
const li = new LineIndex(text);
const p = (code: string, extra: Partial<Problem> = {}): Problem => ({ code, severity: 'warning', message: `m ${code}`, span: { start: 9, end: 10 }, ...extra });

describe('lsp diagnostics', () => {
  it('converts spans, severity, code, documentation link and source', () => {
    const d = toDiagnostic(p('threat-A4', { severity: 'error' }), li, URI);
    assert.deepEqual(d, {
      range: { start: { line: 1, character: 2 }, end: { line: 1, character: 3 } },
      severity: DiagnosticSeverity.Error,
      code: 'threat-A4',
      codeDescription: { href: 'https://github.com/smartfab/smartfab/blob/main/docs/analysis.md#threat-A4' },
      source: 'smartfab',
      message: 'm threat-A4',
    });
    assert.equal(docUrlFor('dangling-ref', 'https://x/docs/'), 'https://x/docs/format.md#dangling-ref');
    for (const code of ['wan-unfiltered', 'filtering-without-device', 'ips-availability', 'suppressed', 'general-measures']) {
      assert.match(docUrlFor(code), new RegExp(`analysis\\.md#${code}$`));
    }
  });

  it('carries related locations (route, other end) and tags', () => {
    const d = toDiagnostic(p('conduit-unused', { related: [{ span: { start: 46, end: 47 }, message: 'other end' }], tags: ['unnecessary'] }), li, URI);
    assert.deepEqual(d?.relatedInformation, [{ location: { uri: URI, range: { start: { line: 4, character: 10 }, end: { line: 4, character: 11 } } }, message: 'other end' }]);
    assert.deepEqual(d?.tags, [DiagnosticTag.Unnecessary]);
  });

  it('applies user severity overrides: exact code, then the longest prefix pattern; off drops it', () => {
    const overrides = { 'threat-*': 'info', 'threat-A4': 'hint', 'dangling-ref': 'off', 'bad': 'nonsense' } as never;
    assert.equal(effectiveSeverity(p('threat-A4'), overrides), 'hint');
    assert.equal(effectiveSeverity(p('threat-B1'), overrides), 'info');
    assert.equal(effectiveSeverity(p('bad'), overrides), 'warning');
    const ds = toDiagnostics([p('threat-B1'), p('dangling-ref'), p('schema-type')], li, URI, { severity: overrides });
    assert.deepEqual(ds.map((d) => [d.code, d.severity]), [['threat-B1', DiagnosticSeverity.Information], ['schema-type', DiagnosticSeverity.Warning]]);
  });
});
