// `smartfab catalog`: JSON is the whole catalogue, text is a stable listing (golden file).
import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { runCatalog } from '../../../src/cli/commands/catalog';
import { catalog } from '../../../src/core/catalog/index';

async function run(...args: string[]) {
  let out = '';
  let err = '';
  const code = await runCatalog(args, { out: (s) => void (out += s), err: (s) => void (err += s) });
  return { code, out, err };
}

function golden(name: string, actual: string): void {
  const file = path.resolve(__dirname, '../../golden/catalog', name);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, actual);
  }
  assert.equal(actual, readFileSync(file, 'utf8'));
}

describe('smartfab catalog', () => {
  it('prints the whole catalogue as JSON', async () => {
    const { code, out, err } = await run('--format', 'json');
    assert.equal(code, 0);
    assert.equal(err, '');
    const data = JSON.parse(out);
    assert.deepEqual(data, JSON.parse(JSON.stringify(catalog)));
    assert.equal(data.threats.length, 44);
    assert.equal(data.countermeasures.length, 71);
    const a4 = data.threats.find((t: { id: string }) => t.id === 'A4');
    assert.deepEqual(
      { id: a4.id, kind: a4.kind, damages: a4.damages, model: a4.model, measures: a4.measures },
      { id: 'A4', kind: 'path', damages: [1], model: 1, measures: ['5-1', '6-1', '7-1', '8-1', '9-1', '10-1'] },
    );
    const id81 = data.countermeasures.find((c: { id: string }) => c.id === '8-1');
    assert.equal(id81.kind, 8);
    assert.deepEqual(id81.threats, ['A4']);
    assert.equal(id81.target.type, 'boundary');
  });

  it('accepts --format=json too', async () => {
    const { code, out } = await run('--format=json');
    assert.equal(code, 0);
    assert.equal(JSON.parse(out).measureKinds.length, 18);
  });

  it('prints a readable listing by default, in English or Japanese', async () => {
    const en = await run();
    assert.equal(en.code, 0);
    golden('catalog.en.txt', en.out);
    const ja = await run('--format', 'text', '--lang', 'ja');
    assert.equal(ja.code, 0);
    golden('catalog.ja.txt', ja.out);
    assert.match(ja.out, /A4 {2}侵入経路 {2}IoTNW から制御 NW\(情報側\)への侵入拡大/);
    assert.match(ja.out, /^IPA スマート工場カタログ/);
  });

  it('prints help', async () => {
    const { code, out } = await run('--help');
    assert.equal(code, 0);
    assert.match(out, /--format text\|json/);
  });

  for (const args of [['--format', 'xml'], ['--lang', 'fr'], ['--bogus'], ['extra'], ['--format']]) {
    it(`exits 2 with a message on ${args.join(' ')}`, async () => {
      const { code, out, err } = await run(...args);
      assert.equal(code, 2);
      assert.equal(out, '');
      assert.match(err, /^smartfab catalog: /);
    });
  }
});
