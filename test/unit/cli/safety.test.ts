// A CLI that fails safely (issue 16.3, 16.4, 16.2 on stderr; issue 14's CLI rough edges): outputs never replace
// inputs and are written atomically, a closed pipe ends quietly, usage errors are one line, every command reads
// files and refuses non-plant files the same way.
import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { run } from '../../../src/cli/main';
import { ROOT } from '../../fixtures/golden';

async function cli(args: string[], cwd = ROOT) {
  let out = '';
  let err = '';
  const code = await run(args, { out: (s) => void (out += s), err: (s) => void (err += s), cwd });
  return { code, out, err };
}

const MAIN = path.join(ROOT, 'src/cli/main.ts');
const node = (args: string[], cwd = ROOT) => spawnSync(process.execPath, ['--import', 'tsx', MAIN, ...args], { cwd, encoding: 'utf8' });
const PLANT = readFileSync(path.join(ROOT, 'examples/model-1-single-factory.smartfab.yaml'), 'utf8');

function workspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'smartfab-safety-'));
  writeFileSync(path.join(dir, 'p.smartfab.yaml'), PLANT);
  return dir;
}

describe('cli: fails safely', function () {
  this.timeout(60_000);

  describe('an output never replaces an input (exit 2, one line, the plant unchanged)', () => {
    const cases: [string, (dir: string) => string[]][] = [
      ['check -o the input', () => ['check', 'p.smartfab.yaml', '-o', 'p.smartfab.yaml']],
      ['check -o one of several inputs, spelt differently', (dir) => ['check', 'p.smartfab.yaml', 'examples-copy', '--output', path.join(dir, './p.smartfab.yaml')]],
      ['report -o the input', () => ['report', 'p.smartfab.yaml', '--output', 'p.smartfab.yaml']],
      ['report --format html -o a symlink to the input', (dir) => (symlinkSync(path.join(dir, 'p.smartfab.yaml'), path.join(dir, 'link.html')), ['report', '--format', 'html', 'p.smartfab.yaml', '-o', 'link.html'])],
      ['diagram -o the input', () => ['diagram', 'p.smartfab.yaml', '-o', 'p.smartfab.yaml']],
      ['diagram --format json -o the input', () => ['diagram', '--format', 'json', 'p.smartfab.yaml', '-o', 'p.smartfab.yaml']],
      ['diff -o one side', () => ['diff', 'p.smartfab.yaml', 'p.smartfab.yaml', '-o', 'p.smartfab.yaml']],
      ['report --format csv -o the input', () => ['report', '--format', 'csv', 'p.smartfab.yaml', '-o', 'p.smartfab.yaml']],
    ];
    for (const [name, args] of cases) {
      it(name, async () => {
        const dir = workspace();
        mkdirSync(path.join(dir, 'examples-copy'));
        writeFileSync(path.join(dir, 'examples-copy/q.smartfab.yaml'), PLANT);
        const r = await cli(args(dir), dir);
        assert.equal(r.code, 2, r.err);
        assert.match(r.err, /^smartfab \w+: refusing to write the output over the input file 'p\.smartfab\.yaml'\n$/);
        assert.equal(readFileSync(path.join(dir, 'p.smartfab.yaml'), 'utf8'), PLANT);
      });
    }

    it('report: the diagram written beside the report may not replace the input either', async () => {
      const dir = workspace();
      writeFileSync(path.join(dir, 'plant.svg'), PLANT); // a plant saved under a name the SVG would take
      const r = await cli(['report', 'plant.svg', '-o', 'plant.md'], dir);
      assert.equal(r.code, 2, r.err);
      assert.match(r.err, /refusing to write the output over the input file 'plant\.svg'/);
      assert.equal(readFileSync(path.join(dir, 'plant.svg'), 'utf8'), PLANT);
      assert.ok(!readdirSync(dir).includes('plant.md'), 'nothing written when one output is refused');
    });

    it('report: the diagram beside replaces an earlier SVG, never another file', async () => {
      const dir = workspace();
      writeFileSync(path.join(dir, 'r.svg'), 'my notes, not a diagram\n');
      const refused = await cli(['report', 'p.smartfab.yaml', '-o', 'r.md'], dir);
      assert.equal(refused.code, 2);
      assert.match(refused.err, /refusing to replace 'r\.svg', which SmartFab did not write/);
      assert.equal(readFileSync(path.join(dir, 'r.svg'), 'utf8'), 'my notes, not a diagram\n');
      writeFileSync(path.join(dir, 'r.svg'), '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"></svg>\n');
      const again = await cli(['report', 'p.smartfab.yaml', '-o', 'r.md'], dir);
      assert.equal(again.code, 0, again.err);
      assert.match(readFileSync(path.join(dir, 'r.svg'), 'utf8'), /<title>Implementation model 1/);
    });
  });

  it('writes outputs whole through a temporary file: none left behind, after success or failure', async () => {
    const dir = workspace();
    assert.equal((await cli(['check', 'p.smartfab.yaml', '--format', 'sarif', '-o', 'out.sarif', '--fail-on', 'never'], dir)).code, 0);
    assert.equal((await cli(['report', 'p.smartfab.yaml', '-o', 'r.md'], dir)).code, 0);
    assert.equal((await cli(['diagram', 'p.smartfab.yaml', '-o', 'd.svg'], dir)).code, 0);
    mkdirSync(path.join(dir, 'a-directory'));
    const failed = await cli(['check', 'p.smartfab.yaml', '-o', 'a-directory'], dir);
    assert.equal(failed.code, 2);
    assert.match(failed.err, /^smartfab check: cannot write 'a-directory': is a directory\n$/);
    assert.deepEqual(readdirSync(dir).sort(), ['a-directory', 'd.svg', 'out.sarif', 'p.smartfab.yaml', 'r.md', 'r.svg']);
    JSON.parse(readFileSync(path.join(dir, 'out.sarif'), 'utf8'));
  });

  it('a reader that closes the pipe early (| head -c 100) ends the output quietly', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, 'check', 'examples', '--format', 'sarif'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => void (err += d.toString()));
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    assert.equal(err, '', 'no stack trace, no message');
    assert.equal(code, 1, "the command's own exit code (the examples have findings)");
  });

  it('stderr shows control characters in names visibly (no terminal sequence reaches the terminal)', () => {
    const r = node(['check', '\u001b]0;pwned\u0007\u001b[2J.smartfab.yaml']);
    assert.equal(r.status, 2);
    assert.equal(r.stderr, "smartfab check: cannot read '\\u001B]0;pwned\\u0007\\u001B[2J.smartfab.yaml': no such file or directory\n");
  });

  it('text output shows control characters in file names visibly', async () => {
    const dir = workspace();
    const name = 'evil\u001b[2J\u202e.smartfab.yaml';
    writeFileSync(path.join(dir, name), PLANT);
    const r = await cli(['check', '--fail-on', 'never', name], dir);
    assert.doesNotMatch(r.out, /[\u001b\u202e]/);
    assert.match(r.out, /^evil\\u001B\[2J\\u202E\.smartfab\.yaml:\d+:\d+ /m);
  });

  describe('usage errors: one line naming the problem and pointing to --help (exit 2)', () => {
    const cases: [string[], RegExp][] = [
      [['check', '--bogus', 'p.smartfab.yaml'], /^smartfab check: unknown option '--bogus'; see 'smartfab check --help'\n$/],
      [['check', '-x', 'p.smartfab.yaml'], /^smartfab check: unknown option '-x'; see 'smartfab check --help'\n$/],
      [['check', '--format=xml', 'p.smartfab.yaml'], /^smartfab check: --format must be one of text, json, sarif \(got 'xml'\); see 'smartfab check --help'\n$/],
      [['check', 'p.smartfab.yaml', '--format'], /^smartfab check: option '--format' needs a value; see 'smartfab check --help'\n$/],
      [['report', '--bogus=1', 'p.smartfab.yaml'], /^smartfab report: unknown option '--bogus'; see 'smartfab report --help'\n$/],
      [['diagram', '--them', 'dark', 'p.smartfab.yaml'], /^smartfab diagram: unknown option '--them'; see 'smartfab diagram --help'\n$/],
      [['diff', '--bogus', 'a', 'b'], /^smartfab diff: unknown option '--bogus'; see 'smartfab diff --help'\n$/],
      [['catalog', '--bogus'], /^smartfab catalog: unknown option '--bogus'; see 'smartfab catalog --help'\n$/],
      [['check', '--constructor', 'p.smartfab.yaml'], /^smartfab check: unknown option '--constructor'; see 'smartfab check --help'\n$/],
      [['report', '--__proto__', 'p.smartfab.yaml'], /^smartfab report: unknown option '--__proto__'; see 'smartfab report --help'\n$/],
      [['frobnicate'], /^smartfab: unknown command 'frobnicate'; see 'smartfab --help'\n$/],
    ];
    for (const [args, expected] of cases) {
      it(args.join(' '), async () => {
        const r = await cli(args, workspace());
        assert.equal(r.code, 2);
        assert.match(r.err, expected);
        assert.equal(r.out, '');
      });
    }
    it('an argument after -- that looks like an option is a file', async () => {
      const r = await cli(['check', '--', '--bogus'], workspace());
      assert.equal(r.err, "smartfab check: cannot read '--bogus': no such file or directory\n");
    });
  });

  it('check, report and diagram say the same for a missing file', async () => {
    for (const cmd of ['check', 'report', 'diagram']) {
      const r = await cli([cmd, 'nope.smartfab.yaml'], workspace());
      assert.equal(r.code, 2);
      assert.equal(r.err, `smartfab ${cmd}: cannot read 'nope.smartfab.yaml': no such file or directory\n`);
    }
  });

  it('report and diagram of a file that is not a plant (README.md, a plant without smartfab:) fail with its problems, exit 1', async () => {
    const dir = workspace();
    writeFileSync(path.join(dir, 'README.md'), readFileSync(path.join(ROOT, 'README.md'), 'utf8'));
    writeFileSync(path.join(dir, 'nover.yaml'), 'zones:\n  a: { kind: iot-network }\n');
    for (const cmd of ['report', 'diagram']) {
      const readme = await cli([cmd, 'README.md'], dir);
      assert.equal(readme.code, 1, `${cmd} README.md`);
      assert.equal(readme.out, '', 'no "Security review" of a default plant');
      assert.match(readme.err, new RegExp(`^smartfab ${cmd}: 'README\\.md' holds no plant:\\nREADME\\.md:\\d+:\\d+ error yaml-syntax `));
      assert.match(readme.err, /… and \d+ more\n$/);
      const nover = await cli([cmd, 'nover.yaml'], dir);
      assert.equal(nover.code, 1);
      assert.match(nover.err, /nover\.yaml:1:1 error schema-required The plant: missing required property 'smartfab'/);
    }
  });
});
