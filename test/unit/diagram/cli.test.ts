import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runDiagram } from '../../../src/cli/commands/diagram';
import { SMALL } from './fixtures';
import { xmlProblems } from './xml-check';

describe('diagram: smartfab diagram CLI', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'smartfab-diagram-'));
    writeFileSync(path.join(dir, 'small.smartfab.yaml'), SMALL);
    writeFileSync(path.join(dir, 'list.smartfab.yaml'), '- just a list\n');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  async function run(...args: string[]) {
    let out = '';
    let err = '';
    const code = await runDiagram(args, { out: (s) => (out += s), err: (s) => (err += s), cwd: dir });
    return { code, out, err };
  }

  it('prints a standalone SVG by default', async () => {
    const r = await run('small.smartfab.yaml');
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(xmlProblems(r.out), []);
    assert.ok(r.out.includes('<title>Small plant</title>'));
  });

  it('prints the laid-out model as JSON, with flows when asked', async () => {
    const r = await run('small.smartfab.yaml', '--format', 'json', '--flows');
    assert.equal(r.code, 0, r.err);
    const model = JSON.parse(r.out);
    assert.ok(model.nodes.some((n: { id: string }) => n.id === 'zone:iot-nw'));
    assert.ok(model.edges.some((e: { type: string }) => e.type === 'flow'));
  });

  it('writes to --output in the chosen theme', async () => {
    const r = await run('small.smartfab.yaml', '--theme', 'dark', '-o', 'out.svg');
    assert.deepEqual([r.code, r.out], [0, '']);
    assert.ok(readFileSync(path.join(dir, 'out.svg'), 'utf8').includes('fill="#1e1e1e"'));
  });

  it('exits 2 on usage and I/O errors, with the message on stderr', async () => {
    for (const args of [[], ['a', 'b'], ['small.smartfab.yaml', '--format', 'png'], ['small.smartfab.yaml', '--theme', 'pink'], ['small.smartfab.yaml', '--collapse-threshold', 'x'], ['missing.smartfab.yaml'], ['small.smartfab.yaml', '--bogus']]) {
      const r = await run(...args);
      assert.equal(r.code, 2, args.join(' '));
      assert.equal(r.out, '');
      assert.match(r.err, /^smartfab diagram: /);
    }
  });

  it('exits 1 when the file holds no plant', async () => {
    const r = await run('list.smartfab.yaml');
    assert.equal(r.code, 1);
    assert.match(r.err, /holds no plant/);
  });
});
