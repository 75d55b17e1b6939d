// The CLI as shipped: bundled with esbuild.js's own CLI options (dist/cli.js and one bundle per command),
// run as a child process.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { build, type BuildOptions } from 'esbuild';
import { ROOT } from '../../fixtures/golden';
import { assertValidSarif } from '../../fixtures/sarif/validate';

describe('cli: bundled smartfab (esbuild, as dist/cli.js)', () => {
  const outdir = mkdtempSync(path.join(tmpdir(), 'smartfab-cli-'));
  const outfile = path.join(outdir, 'cli.js');
  const smartfab = (...args: string[]) => spawnSync(process.execPath, [outfile, ...args], { cwd: ROOT, encoding: 'utf8' });

  before(async () => {
    const { cliBuilds } = require(path.join(ROOT, 'esbuild.js')) as { cliBuilds(outdir: string): BuildOptions[] };
    await Promise.all(cliBuilds(outdir).map((b) => build({ ...b, bundle: true, target: 'node20', absWorkingDir: ROOT, logLevel: 'silent' })));
  });

  it('check loads neither ELK nor the language server (each command is its own bundle)', () => {
    const check = readFileSync(path.join(outdir, 'cli-check.js'), 'utf8');
    assert.doesNotMatch(check, /elkjs|vscode-languageserver\/lib/);
    assert.match(readFileSync(path.join(outdir, 'cli-diagram.js'), 'utf8'), /elkjs/);
    assert.ok(readFileSync(outfile, 'utf8').length < 50_000, 'the dispatcher stays small');
  });

  it('starts with a shebang', () => assert.match(readFileSync(outfile, 'utf8'), /^#!\/usr\/bin\/env node\n/));

  it('checks the examples (exit 0) and a broken file (exit 1)', () => {
    const ok = smartfab('check', '--validate-only', 'examples');
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(ok.stdout, /8 files checked, no problems/);
    const bad = smartfab('check', 'test/fixtures/format/broken.smartfab.yaml', '--format', 'sarif');
    assert.equal(bad.status, 1);
    assertValidSarif(bad.stdout, 'the bundled CLI\'s SARIF');
  });

  it('exit 2 with a one-line reason on stderr for a missing file', () => {
    const r = smartfab('check', 'missing.smartfab.yaml');
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^smartfab check: cannot read 'missing.smartfab.yaml'/);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
  });

  it('dispatches catalog through the registry', () => {
    const r = smartfab('catalog', '--format', 'json');
    assert.equal(r.status, 0, r.stderr);
    assert.ok(JSON.parse(r.stdout));
  });
});
