// The server's params schemas (src/server/params.ts) cover every SmartFab request, and the guard's
// messages name the offending field. A new custom request in protocol.ts needs its schema too.
import assert from 'node:assert/strict';
import { setLocale } from '../../../src/core/lsp/l10n';
import { ParamsGuard } from '../../../src/server/guard';
import { PARAMS } from '../../../src/server/params';
import * as documentStatus from '../../../src/server/document-status';
import * as protocol from '../../../src/server/protocol';
import * as reviewProtocol from '../../../src/server/review-protocol';

describe('server: params schemas', () => {
  it('cover every custom request method of protocol.ts, review-protocol.ts and document-status.ts', () => {
    const methods = ([...Object.values(protocol), ...Object.values(reviewProtocol), ...Object.values(documentStatus)] as unknown[]).filter((v): v is string => typeof v === 'string' && v.startsWith('smartfab/'));
    assert.ok(methods.length >= 8);
    for (const m of methods) assert.ok(Object.hasOwn(PARAMS, m), `add a params schema for ${m} to src/server/params.ts`);
  });

  it('name the field, its index and what it must be', () => {
    const g = new ParamsGuard();
    assert.equal(g.paramsError('textDocument/hover', { textDocument: { uri: 'u' }, position: { line: -1, character: 0 } }), 'Invalid parameters for textDocument/hover: params.position.line must be >= 0.');
    assert.equal(g.paramsError('smartfab/checkFiles', { files: [{ uri: 'a', text: 'x' }, { uri: 'b' }] }), 'Invalid parameters for smartfab/checkFiles: params.files[1].text is missing.');
    assert.equal(g.paramsError('smartfab/exportReport', { file: { uri: 'a', text: '' }, format: 'pdf' }), 'Invalid parameters for smartfab/exportReport: params.format must be equal to one of the allowed values.');
    assert.equal(g.paramsError('textDocument/hover', { textDocument: { uri: 'u' }, position: { line: 0, character: 0 }, extra: 1 }), undefined, 'extra fields are fine');
    assert.equal(g.paramsError('shutdown', undefined), undefined, 'methods without params are not checked');
    assert.equal(g.paramsError('constructor', null), undefined, 'no schema is looked up on the prototype');
  });

  it('speak Japanese in a Japanese session', () => {
    const g = new ParamsGuard();
    try {
      setLocale('ja');
      assert.equal(g.paramsError('textDocument/codeAction', { textDocument: { uri: 'u' }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }), 'textDocument/codeAction のパラメーターが不正です: params.context がありません。');
      assert.match(g.paramsError('textDocument/didOpen', { textDocument: { uri: 'u', languageId: 'x', version: 1, text: null } })!, /params\.textDocument\.text stringでなければいけない/);
    } finally {
      setLocale('en');
    }
  });
});
