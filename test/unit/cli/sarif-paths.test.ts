// SARIF that code scanning accepts (issue 13.5) and costs as much as the check (13.7): RFC 3986 URIs relative to
// %SRCROOT% inside the base, file:// URIs outside it, every log valid against the official schema; the element
// lookup behind fingerprints answers as core's elementAt does, by binary search.
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Log } from 'sarif';
import { run } from '../../../src/cli/main';
import { entryIndex } from '../../../src/cli/output/sarif';
import { artifactLocation, encodePath, fileUri } from '../../../src/cli/output/sarif-uri';
import { checkText } from '../../../src/core/check';
import { elementAt } from '../../../src/core/parse/locate';
import { ROOT } from '../../fixtures/golden';
import { assertValidSarif, isUri, isUriReference } from '../../fixtures/sarif/validate';

const PLANT = 'smartfab: 1\nzones:\n  a: { kind: iot-network }\n  a: { kind: control-info }\n';

async function sarif(args: string[], cwd: string): Promise<Log> {
  let out = '';
  let err = '';
  const code = await run(['check', '--format', 'sarif', '--fail-on', 'never', ...args], { out: (s) => void (out += s), err: (s) => void (err += s), cwd });
  assert.equal(code, 0, err);
  assertValidSarif(out);
  return JSON.parse(out) as Log;
}

const locations = (log: Log) => [...new Set(log.runs[0].results!.map((r) => JSON.stringify(r.locations![0].physicalLocation!.artifactLocation)))].map((s) => JSON.parse(s) as { uri: string; uriBaseId?: string });

describe('cli: SARIF artifact locations', () => {
  const names: [string, string][] = [
    ['plain.smartfab.yaml', 'plain.smartfab.yaml'],
    ['with space.smartfab.yaml', 'with%20space.smartfab.yaml'],
    ['hash#1.smartfab.yaml', 'hash%231.smartfab.yaml'],
    ['per%cent.smartfab.yaml', 'per%25cent.smartfab.yaml'],
    ['q?x=1&y[0].smartfab.yaml', 'q%3Fx%3D1%26y%5B0%5D.smartfab.yaml'],
    ['工場 ライン.smartfab.yaml', '%E5%B7%A5%E5%A0%B4%20%E3%83%A9%E3%82%A4%E3%83%B3.smartfab.yaml'],
    ['dir with space/sub#/x.smartfab.yaml', 'dir%20with%20space/sub%23/x.smartfab.yaml'],
  ];
  for (const [name, uri] of names) {
    it(`${JSON.stringify(name)} → ${uri} under %SRCROOT%`, async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'smartfab-sarif-'));
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), PLANT);
      assert.deepEqual(locations(await sarif([name], dir)), [{ uri, uriBaseId: '%SRCROOT%' }]);
      // Found through a directory and a glob, the same URI.
      assert.deepEqual(locations(await sarif(['.'], dir)), [{ uri, uriBaseId: '%SRCROOT%' }]);
    });
  }

  it('files outside the base directory get an absolute file:// URI and no uriBaseId', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'smartfab sarif #outside-'));
    const cwd = mkdtempSync(path.join(tmpdir(), 'smartfab-sarif-cwd-'));
    writeFileSync(path.join(outside, 'o%1.smartfab.yaml'), PLANT);
    const viaAbsolute = locations(await sarif([path.join(outside, 'o%1.smartfab.yaml')], cwd));
    const viaRelative = locations(await sarif([path.relative(cwd, path.join(outside, 'o%1.smartfab.yaml'))], cwd));
    for (const locs of [viaAbsolute, viaRelative]) {
      assert.equal(locs.length, 1);
      assert.equal(locs[0].uriBaseId, undefined);
      assert.ok(isUri(locs[0].uri), locs[0].uri);
      assert.equal(decodeURIComponent(new URL(locs[0].uri).pathname), path.join(outside, 'o%1.smartfab.yaml').split(path.sep).join('/'));
      assert.match(locs[0].uri, /^file:\/\/\/.*smartfab%20sarif%20%23outside-.*\/o%251\.smartfab\.yaml$/);
    }
  });

  it('encodes per RFC 3986 for any path: a valid URI reference that decodes back', () => {
    const hostile = ['a b', 'a#b', 'a%b', 'a?b', '[x]', '{y}', 'a\\b', '`^|"<>', 'ü', '\u202e', 'a\u0000b', '😀', "!'()*", ':@'];
    for (const s of hostile) {
      const e = encodePath(`d/${s}/f`);
      assert.ok(isUriReference(e), e);
      assert.equal(decodeURIComponent(e), `d/${s}/f`);
      const u = fileUri(`/abs/${s}`);
      assert.ok(isUri(u), u);
    }
    assert.equal(fileUri('C:\\work\\a b.smartfab.yaml'), 'file:///C:/work/a%20b.smartfab.yaml');
    assert.deepEqual(artifactLocation('file:///x/a b.smartfab.yaml', '/base'), { uri: 'file:///x/a%20b.smartfab.yaml' });
    assert.deepEqual(artifactLocation('file:///x/😀\ud800.smartfab.yaml', '/base'), { uri: 'file:///x/%F0%9F%98%80%EF%BF%BD.smartfab.yaml' });
    assert.equal(encodePath('a\udc00b'), 'a%EF%BF%BDb');
    assert.deepEqual(artifactLocation('../up.smartfab.yaml', '/base/dir'), { uri: 'file:///base/up.smartfab.yaml' });
    assert.deepEqual(artifactLocation('..dots.smartfab.yaml', '/base'), { uri: '..dots.smartfab.yaml', uriBaseId: '%SRCROOT%' });
  });
});

describe('cli: SARIF element lookup (fingerprints) is the elementAt answer, in O(log n)', () => {
  it('agrees with core elementAt at every offset of every example and of a flow-style plant', () => {
    const dir = path.join(ROOT, 'examples');
    const texts = readdirSync(dir).filter((f) => f.endsWith('.smartfab.yaml')).map((f) => readFileSync(path.join(dir, f), 'utf8'));
    texts.push('smartfab: 1\nzones: {a: {kind: iot-network}, b: {kind: control-info}}\ndevices: {d: {kind: iot-device, zone: a}}\nconduits: {c: {between: [a, b]}}\nflows: [{from: d, to: d}]\ncountermeasures: [{measure: ID1-1, target: d}]\n');
    for (const text of texts) {
      const plant = checkText(text).plant!;
      const at = entryIndex(plant);
      for (let offset = 0; offset <= text.length; offset++) assert.equal(at(offset), elementAt(plant, offset), `offset ${offset}`);
    }
  });
});
