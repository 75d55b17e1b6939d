// smartfab.config.yaml: discovery up to the workspace or repository root, parsing with problems as values,
// the schema file, and the CLI applying it (severity overrides, thresholds, ignore).
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { run } from '../../../src/cli/main';
import { configFor, findConfigPath, parseConfig, type ConfigHost } from '../../../src/core/config/index';
import { configSchemaJson } from '../../../src/core/config/schema';

const ROOT = path.resolve(__dirname, '../../..');

function fakeHost(files: Record<string, string>): ConfigHost {
  return {
    readFile: (p) => files[p],
    exists: (p) => p in files || Object.keys(files).some((f) => f.startsWith(`${p}/`)),
    glob: (globs, dir) => Object.keys(files).filter((f) => globs.some((g) => f === path.posix.join(dir, g))),
  };
}

async function cli(args: string[], cwd: string) {
  let out = '';
  let err = '';
  const code = await run(args, { out: (s) => void (out += s), err: (s) => void (err += s), cwd });
  return { code, out, err };
}

describe('config: smartfab.config.yaml', () => {
  it('is found in the file folder or the nearest above it', () => {
    const host = fakeHost({ '/repo/.git/HEAD': '', '/repo/smartfab.config.yaml': 'language: ja\n', '/repo/a/b/p.smartfab.yaml': '' });
    assert.equal(findConfigPath('/repo/a/b/p.smartfab.yaml', host), '/repo/smartfab.config.yaml');
    const near = fakeHost({ '/repo/.git/HEAD': '', '/repo/smartfab.config.yaml': '', '/repo/a/smartfab.config.yaml': '' });
    assert.equal(findConfigPath('/repo/a/b/p.smartfab.yaml', near), '/repo/a/smartfab.config.yaml');
  });

  it('stops at the repository root (.git) and at a workspace folder', () => {
    const above = fakeHost({ '/smartfab.config.yaml': '', '/repo/.git/HEAD': '' });
    assert.equal(findConfigPath('/repo/a/p.smartfab.yaml', above), undefined);
    const ws = fakeHost({ '/ws/smartfab.config.yaml': '' });
    assert.equal(findConfigPath('/ws/sub/p.smartfab.yaml', ws, ['/ws/sub']), undefined);
    assert.equal(findConfigPath('/ws/sub/p.smartfab.yaml', ws, ['/ws']), '/ws/smartfab.config.yaml');
    assert.equal(findConfigPath('C:\\ws\\p.smartfab.yaml', fakeHost({ 'C:/ws/smartfab.config.yaml': '' })), 'C:/ws/smartfab.config.yaml');
  });

  it('reads severity, thresholds, language, docs URL, ignore and review options', () => {
    const host = fakeHost({
      '/r/.git/x': '',
      '/r/smartfab.config.yaml': 'severity: { threat-A4: warning, "threat-*": error }\nthresholds: { fewIotDevices: 4, manyIotDevices: 50 }\nlanguage: ja\ndocsBaseUrl: https://docs.example/smartfab\nignore: [old.smartfab.yaml]\nreview: { hideDecided: true }\n',
      '/r/old.smartfab.yaml': '',
    });
    const f = configFor('/r/p.smartfab.yaml', host);
    assert.deepEqual(f.problems, []);
    assert.deepEqual(f.config.severity, { 'threat-A4': 'warning', 'threat-*': 'error' });
    assert.equal(f.config.fewIotDevices, 4);
    assert.equal(f.config.manyIotDevices, 50);
    assert.equal(f.config.language, 'ja');
    assert.equal(f.config.docsBaseUrl, 'https://docs.example/smartfab/');
    assert.equal(f.config.hideDecided, true);
    assert.deepEqual([...f.ignored], ['/r/old.smartfab.yaml']);
  });

  it('reports schema and YAML problems as values and keeps what is valid', () => {
    const bad = parseConfig('severity: { threat-A4: loud, threat-A1: off }\nlanguage: fr\nunknown: 1\n');
    assert.deepEqual(bad.config.severity, { 'threat-A1': 'off' });
    assert.equal(bad.config.language, undefined);
    assert.ok(bad.problems.length >= 3, JSON.stringify(bad.problems));
    assert.ok(bad.problems.every((p) => p.code === 'config-schema'));
    const broken = parseConfig('severity: [\n');
    assert.equal(broken.problems[0].code, 'config-yaml');
    assert.deepEqual(broken.config.severity, {});
  });

  it('the committed schemas/smartfab-config.schema.json is generated (npm run schema) and contributed via yamlValidation', () => {
    assert.equal(readFileSync(path.join(ROOT, 'schemas/smartfab-config.schema.json'), 'utf8'), configSchemaJson());
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.ok(pkg.contributes.yamlValidation.some((e: { fileMatch: string[]; url: string }) => e.fileMatch.includes('smartfab.config.yaml') && e.url === './schemas/smartfab-config.schema.json'));
    assert.deepEqual(pkg.capabilities.untrustedWorkspaces.restrictedConfigurations, ['smartfab.docsBaseUrl']);
  });

  it('smartfab check applies the config found above the file: overrides, thresholds and ignore', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'smartfab-config-'));
    mkdirSync(path.join(dir, '.git'));
    mkdirSync(path.join(dir, 'plants'));
    copyFileSync(path.join(ROOT, 'examples/model-1-single-factory.smartfab.yaml'), path.join(dir, 'plants/m1.smartfab.yaml'));
    copyFileSync(path.join(ROOT, 'examples/model-6-robots.smartfab.yaml'), path.join(dir, 'plants/m6.smartfab.yaml'));
    const before = JSON.parse((await cli(['check', 'plants', '--format', 'json', '--fail-on', 'never'], dir)).out);
    assert.equal(before.files.length, 2);
    writeFileSync(path.join(dir, 'smartfab.config.yaml'), 'severity:\n  threat-A4: warning\n  "threat-A*": hint\n  general-measures: off\nignore: [plants/m6.smartfab.yaml]\n');
    const after = JSON.parse((await cli(['check', 'plants', '--format', 'json', '--fail-on', 'never'], dir)).out);
    assert.deepEqual(after.files.map((f: { path: string }) => f.path), ['plants/m1.smartfab.yaml']);
    const problems = after.files[0].problems as { code: string; severity: string }[];
    assert.ok(problems.filter((p) => p.code === 'threat-A4').every((p) => p.severity === 'warning'));
    assert.ok(problems.filter((p) => p.code === 'threat-A1').every((p) => p.severity === 'hint'));
    assert.equal(problems.filter((p) => p.code === 'general-measures').length, 0);
    assert.ok(problems.some((p) => p.code === 'threat-B1' && p.severity === 'error'));
  });

  it("smartfab check --format sarif points each rule's helpUri into the config's docsBaseUrl", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'smartfab-helpuri-'));
    mkdirSync(path.join(dir, '.git'));
    copyFileSync(path.join(ROOT, 'examples', 'model-1-single-factory.smartfab.yaml'), path.join(dir, 'm1.smartfab.yaml'));
    writeFileSync(path.join(dir, 'smartfab.config.yaml'), 'docsBaseUrl: https://intranet.example/docs\n');
    const r = await cli(['check', 'm1.smartfab.yaml', '--format', 'sarif', '--fail-on', 'never'], dir);
    const rules = JSON.parse(r.out).runs[0].tool.driver.rules as { id: string; helpUri?: string }[];
    assert.equal(rules.find((x) => x.id === 'threat-A4')?.helpUri, 'https://intranet.example/docs/analysis.md#threat-A4');
  });

  it("diagram follows the config like check and report, and the config's own problems speak its language", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'smartfab-config-lang-'));
    mkdirSync(path.join(dir, '.git'));
    copyFileSync(path.join(ROOT, 'examples', 'model-1-single-factory.smartfab.yaml'), path.join(dir, 'm1.smartfab.yaml'));
    writeFileSync(path.join(dir, 'smartfab.config.yaml'), 'language: ja\nseverity:\n  threat-B9: off\n');
    const JA = /[\u3040-\u30ff\u4e00-\u9faf]/;
    const check = await cli(['check', 'm1.smartfab.yaml', '--fail-on', 'never'], dir);
    assert.match(check.err, /smartfab\.config\.yaml:3:3: /);
    assert.match(check.err.split('\n')[0], JA, check.err);
    const diagram = await cli(['diagram', 'm1.smartfab.yaml'], dir);
    assert.equal(diagram.code, 0, diagram.err);
    assert.match(diagram.out, /IoTNW/, 'kind labels in the config\'s language');
    assert.match(diagram.err, JA);
    const english = await cli(['diagram', 'm1.smartfab.yaml', '--lang', 'en'], dir);
    assert.doesNotMatch(english.out, /IoTNW/, '--lang wins over the config');
    assert.doesNotMatch(english.err, JA);
  });
});
