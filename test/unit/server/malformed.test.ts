// Issues 13.1 and 16.7: a table of malformed params for every method the server handles, sent over stdio
// to the bundled server. Requests get InvalidParams (-32602) naming the field, never an internal error
// with a JavaScript message; notifications are ignored with a log line; the server stays up throughout.
import assert from 'node:assert/strict';
import { ResponseError } from 'vscode-jsonrpc/node';
import { PLANT } from '../lsp/fixture';
import { spawnServer, type SpawnedServer } from './spawn';

const URI = 'file:///malformed/plant.smartfab.yaml';
const doc = { uri: URI };
const position = { line: 1, character: 2 };
const range = { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } };
const file = { uri: 'file:///malformed/other.smartfab.yaml', text: PLANT };

/** A valid params object per method the server handles. */
const REQUESTS: Record<string, unknown> = {
  'textDocument/hover': { textDocument: doc, position },
  'textDocument/completion': { textDocument: doc, position, context: { triggerKind: 1 } },
  'textDocument/definition': { textDocument: doc, position },
  'textDocument/references': { textDocument: doc, position, context: { includeDeclaration: true } },
  'textDocument/prepareRename': { textDocument: doc, position },
  'textDocument/rename': { textDocument: doc, position, newName: 'renamed' },
  'textDocument/documentSymbol': { textDocument: doc },
  'textDocument/codeAction': { textDocument: doc, range, context: { diagnostics: [{ range, message: 'm' }], only: ['quickfix'] } },
  'textDocument/codeLens': { textDocument: doc },
  'textDocument/documentLink': { textDocument: doc },
  'textDocument/willSaveWaitUntil': { textDocument: doc, reason: 1 },
  'smartfab/checkFiles': { files: [file] },
  'smartfab/exportSarif': { files: [file] },
  'smartfab/exportReport': { file, format: 'markdown' },
  'smartfab/catalogDoc': { id: 'A4' },
  'smartfab/documentStatus': { uri: URI },
  'smartfab/decideRisk': { uri: URI, key: 'A4@iot-nw>ctrl-info', status: 'accepted' },
  'smartfab/compareFindings': { uri: URI, against: { rev: 'HEAD' } },
  'smartfab/exportRegister': { file, format: 'csv' },
};

const NOTIFICATIONS: Record<string, unknown> = {
  initialized: {},
  '$/setTrace': { value: 'off' },
  'textDocument/didOpen': { textDocument: { uri: 'file:///malformed/n.smartfab.yaml', languageId: 'smartfab', version: 1, text: PLANT } },
  'textDocument/didChange': { textDocument: { uri: URI, version: 2 }, contentChanges: [{ range, text: 'smartfab: 1\n' }] },
  'textDocument/didSave': { textDocument: doc },
  'textDocument/willSave': { textDocument: doc, reason: 1 },
  'workspace/didChangeConfiguration': { settings: {} },
  'textDocument/didClose': { textDocument: { uri: 'file:///malformed/n.smartfab.yaml' } },
};

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** A value of another JSON type than `v`. */
function wrongType(v: unknown): Json {
  if (typeof v === 'string') return 42;
  if (typeof v === 'number') return 'one';
  if (typeof v === 'boolean') return 'yes';
  if (Array.isArray(v)) return 'not a list';
  return ['not an object'];
}

/**
 * Mutants of a valid params object: the params themselves null, missing, a number, a list; then, for every
 * field at any depth, the field deleted, set to null, and set to a value of the wrong type (OPTIONAL
 * names those that are still valid).
 */
function mutants(valid: unknown): { name: string; params: unknown }[] {
  const out: { name: string; params: unknown }[] = [
    { name: 'params null', params: null },
    { name: 'params missing', params: undefined },
    { name: 'params a number', params: 7 },
    { name: 'params a list', params: [1, 2] },
  ];
  const walk = (v: unknown, path: (string | number)[]) => {
    if (v === null || typeof v !== 'object') return;
    for (const [k, child] of Object.entries(v)) {
      const p = [...path, Array.isArray(v) ? Number(k) : k];
      const set = (value: unknown, del = false) => {
        const copy = structuredClone(valid) as Record<string | number, unknown>;
        let cur = copy;
        for (const seg of p.slice(0, -1)) cur = cur[seg] as Record<string | number, unknown>;
        if (del) delete cur[p[p.length - 1]];
        else cur[p[p.length - 1]] = value;
        return copy;
      };
      const name = p.join('.');
      out.push({ name: `${name} deleted`, params: set(undefined, true) });
      out.push({ name: `${name} null`, params: set(null) });
      out.push({ name: `${name} of the wrong type`, params: set(wrongType(child)) });
      walk(child, p);
    }
  };
  walk(valid, []);
  return out;
}

/** Mutants that are still valid LSP: optional fields left out, and `settings` (LSPAny) of any value. */
const OPTIONAL = /^((context\.only|context\.triggerKind|context|format|reason|contentChanges\.0\.range) deleted|settings.*)$/;

describe('server over stdio: malformed messages (13.1, 16.7)', function () {
  let server: SpawnedServer;

  before(async () => {
    server = await spawnServer();
  });
  after(() => server?.stop());

  const alive = async () => {
    assert.equal(server.child.exitCode, null, 'the server process ended');
    const r = await server.rpc.sendRequest<{ markdown?: string }>('smartfab/catalogDoc', { id: 'ID8-1' });
    assert.match(r.markdown ?? '', /8-1/);
  };

  const expectInvalidParams = async (method: string, params: unknown, name: string) => {
    try {
      await (params === undefined ? server.rpc.sendRequest(method) : server.rpc.sendRequest(method, params));
    } catch (e) {
      assert.ok(e instanceof ResponseError, `${method} ${name}: ${String(e)}`);
      assert.equal(e.code, -32602, `${method} ${name}: ${e.code} ${e.message}`);
      assert.match(e.message, new RegExp(`^Invalid parameters for ${method.replace(/\//g, '\\/')}: params`), `${method} ${name}`);
      assert.doesNotMatch(e.message, /Cannot read|undefined is not|is not a function|TypeError/, `${method} ${name}`);
      return true;
    }
    return false;
  };

  it('answers malformed initialize with InvalidParams, then initializes', async () => {
    for (const params of [null, 7, 'x', { capabilities: 'none' }, { locale: 42, capabilities: {} }]) {
      assert.ok(await expectInvalidParams('initialize', params, JSON.stringify(params)), JSON.stringify(params));
    }
    await server.rpc.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {}, initializationOptions: { locale: 'en', settings: { debounceMs: 0 } } });
    await server.rpc.sendNotification('initialized', {});
    await server.rpc.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'smartfab', version: 1, text: PLANT } });
    await server.next((n) => n.method === 'textDocument/publishDiagnostics' && (n.params as { uri: string }).uri === URI);
  });

  for (const [method, valid] of Object.entries(REQUESTS)) {
    it(`${method}: every malformed params gets InvalidParams; the server stays up`, async () => {
      let rejected = 0;
      for (const m of mutants(valid)) {
        if (await expectInvalidParams(method, m.params, m.name)) rejected++;
        else assert.ok(OPTIONAL.test(m.name), `${method} accepted ${m.name}: ${JSON.stringify(m.params)}`);
      }
      assert.ok(rejected >= 4);
      await alive();
    });
  }

  for (const [method, valid] of Object.entries(NOTIFICATIONS)) {
    it(`${method}: every malformed params is ignored with a log line; the server stays up`, async () => {
      for (const m of mutants(valid)) {
        if (OPTIONAL.test(m.name)) continue;
        const before = server.received.length;
        await (m.params === undefined ? server.rpc.sendNotification(method) : server.rpc.sendNotification(method, m.params));
        const log = await server.next((n, i = server.received.indexOf(n)) => i >= before && n.method === 'window/logMessage' && String((n.params as { message: string }).message).includes(method));
        assert.match((log.params as { message: string }).message, /^Ignored a notification: Invalid parameters for/, m.name);
      }
      await alive();
    });
  }

  it("names the field in the issue's examples", async () => {
    const cases: [string, unknown, string][] = [
      ['textDocument/codeAction', { textDocument: doc, range }, 'params.context is missing'],
      ['textDocument/codeAction', { textDocument: doc, range, context: { diagnostics: [], only: 'quickfix' } }, 'params.context.only must be array'],
      ['textDocument/hover', null, 'params must be object'],
      ['textDocument/references', { textDocument: doc, position }, 'params.context is missing'],
    ];
    for (const [method, params, detail] of cases) {
      const e = await server.rpc.sendRequest(method, params).then(() => undefined, (x: unknown) => x as ResponseError<unknown>);
      assert.equal(e?.code, -32602, method);
      assert.equal(e?.message, `Invalid parameters for ${method}: ${detail}.`);
    }
    const notes: [string, unknown, string][] = [
      ['textDocument/didOpen', { textDocument: { uri: 'file:///x', languageId: 'smartfab', version: 1, text: null } }, 'params.textDocument.text must be string'],
      ['textDocument/didOpen', { textDocument: { uri: 'file:///x', languageId: 'smartfab', version: 1, text: 5 } }, 'params.textDocument.text must be string'],
      ['textDocument/didOpen', { textDocument: { uri: 'file:///x', languageId: 'smartfab', version: 1 } }, 'params.textDocument.text is missing'],
      ['textDocument/didChange', { textDocument: { uri: URI, version: 9 }, contentChanges: [{ text: 42 }] }, 'params.contentChanges[0].text must be string'],
    ];
    for (const [method, params, detail] of notes) {
      const before = server.received.length;
      await server.rpc.sendNotification(method, params);
      const log = await server.next((n) => server.received.indexOf(n) >= before && n.method === 'window/logMessage');
      assert.equal((log.params as { message: string }).message, `Ignored a notification: Invalid parameters for ${method}: ${detail}.`);
    }
    await alive();
  });

  it('renaming to an id that breaks the id rule is refused with the rule as message (RequestFailed)', async () => {
    const lines = PLANT.split('\n');
    const line = lines.findIndex((l) => l.startsWith('  iot-nw:'));
    for (const newName of ['a: b', '', 'a\u202eb']) {
      const e = await server.rpc.sendRequest('textDocument/rename', { textDocument: doc, position: { line, character: 3 }, newName }).then(() => undefined, (x: unknown) => x as ResponseError<unknown>);
      assert.equal(e?.code, -32803, JSON.stringify(newName));
      assert.match(e?.message ?? '', /id/);
      assert.doesNotMatch(e?.message ?? '', /\u202e/);
    }
  });

  it('malformed JSON-RPC frames (bad JSON, null, a string, a list, no or a numeric method) leave it serving', async () => {
    const frames = ['{bad json}', 'null', '"x"', '[1, 2]', '{"jsonrpc":"2.0","id":901}', '{"jsonrpc":"2.0","id":902,"method":42,"params":{}}', '{"jsonrpc":"2.0","id":{"x":1},"method":"textDocument/hover","params":{}}'];
    for (const body of frames) server.child.stdin!.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    await alive();
  });

  it('the document still gets diagnostics and hover after all of it', async () => {
    // A change the diagnostics show (identical diagnostics are not published again).
    await server.rpc.sendNotification('textDocument/didChange', { textDocument: { uri: URI, version: 50 }, contentChanges: [{ text: PLANT.replace('zone: iot-nw', 'zone: nowhere') }] });
    const d = await server.next((n) => n.method === 'textDocument/publishDiagnostics' && (n.params as { version?: number }).version === 50);
    assert.ok(Array.isArray((d.params as { diagnostics: unknown[] }).diagnostics));
    const lines = PLANT.split('\n');
    const line = lines.findIndex((l) => l.includes('ID8-1'));
    const h = await server.rpc.sendRequest<{ contents: { value: string } }>('textDocument/hover', { textDocument: doc, position: { line, character: lines[line].indexOf('ID8-1') + 2 } });
    assert.match(h.contents.value, /ID8-1/);
  });

  it('positions past the end and edits over the whole range keep the server up', async () => {
    const far = { line: 2 ** 31 - 1, character: 2 ** 31 - 1 };
    await server.rpc.sendRequest('textDocument/hover', { textDocument: doc, position: far });
    await server.rpc.sendRequest('textDocument/completion', { textDocument: doc, position: far });
    await server.rpc.sendRequest('textDocument/codeAction', { textDocument: doc, range: { start: far, end: { line: 0, character: 0 } }, context: { diagnostics: [] } });
    await server.rpc.sendNotification('textDocument/didChange', { textDocument: { uri: URI, version: 51 }, contentChanges: [{ range: { start: far, end: { line: 0, character: 0 } }, text: 'x' }] });
    await server.rpc.sendNotification('textDocument/didChange', { textDocument: { uri: 'file:///never-opened.smartfab.yaml', version: 1 }, contentChanges: [{ text: 'x' }] });
    await server.rpc.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///never-opened.smartfab.yaml' }, position });
    await alive();
  });
});
