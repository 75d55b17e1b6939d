// The extension manifest and package contents as VS Code and vsce see them (no build needed).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PackageManager, listFiles } from '@vscode/vsce';

const root = path.resolve(__dirname, '..', '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  engines: { vscode: string };
  activationEvents?: string[];
  capabilities?: { untrustedWorkspaces?: { supported: unknown }; virtualWorkspaces?: unknown };
  contributes: {
    languages?: { id: string; filenamePatterns?: string[]; configuration?: string }[];
    grammars?: { language?: string; scopeName: string; path: string; injectTo?: string[] }[];
  };
};

describe('harness: extension manifest', () => {
  it('contributes the smartfab language for *.smartfab.yaml with a YAML-like configuration', () => {
    const lang = manifest.contributes.languages?.find((l) => l.id === 'smartfab');
    assert.ok(lang, 'language smartfab');
    assert.ok(lang.filenamePatterns?.includes('*.smartfab.yaml'));
    const config = JSON.parse(fs.readFileSync(path.join(root, lang.configuration ?? ''), 'utf8')) as {
      comments: { lineComment: string };
      folding: { offSide: boolean };
    };
    assert.equal(config.comments.lineComment, '#');
    assert.equal(config.folding.offSide, true, 'indentation-based folding, as for YAML');
  });

  it('points the language at a grammar that reuses the built-in source.yaml', () => {
    const grammar = manifest.contributes.grammars?.find((g) => g.language === 'smartfab');
    assert.ok(grammar);
    const tm = JSON.parse(fs.readFileSync(path.join(root, grammar.path), 'utf8')) as {
      scopeName: string;
      patterns: { include: string }[];
    };
    assert.equal(tm.scopeName, grammar.scopeName);
    assert.deepEqual(tm.patterns, [{ include: 'source.yaml' }]);
    for (const g of manifest.contributes.grammars ?? []) assert.ok(fs.existsSync(path.join(root, g.path)), g.path);
  });

  it('highlights countermeasure IDs through an injection grammar', () => {
    const injection = manifest.contributes.grammars?.find((g) => g.injectTo?.includes('source.smartfab'));
    assert.ok(injection);
    const tm = JSON.parse(fs.readFileSync(path.join(root, injection.path), 'utf8')) as {
      patterns: { match: string }[];
    };
    const re = new RegExp(tm.patterns[0]?.match ?? '$^');
    assert.ok(re.test('measure: ID8-1'));
    assert.ok(!re.test('measure: XID8-1'));
  });

  it('activates on the language only and supports untrusted (limited: docsBaseUrl restricted) and virtual workspaces', () => {
    assert.ok(manifest.activationEvents?.includes('onLanguage:smartfab'));
    assert.ok(!manifest.activationEvents?.includes('*'), 'never activates eagerly');
    // Limited: the workspace cannot redirect documentation links (smartfab.docsBaseUrl is restricted).
    assert.equal(manifest.capabilities?.untrustedWorkspaces?.supported, 'limited');
    assert.equal(manifest.capabilities?.virtualWorkspaces, true);
  });

  it('targets VS Code 1.100 (what code-server 4.100.3 runs)', () => {
    assert.equal(manifest.engines.vscode, '^1.100.0');
  });
});

describe('harness: .vsix contents (.vscodeignore)', () => {
  let files: string[];
  before(async () => {
    files = await listFiles({ cwd: root, packageManager: PackageManager.None });
  });

  it('ships the manifest, licence, language files and grammar', () => {
    for (const f of ['package.json', 'LICENSE', 'README.md', 'language/language-configuration.json']) {
      assert.ok(files.includes(f), f);
    }
  });

  it('ships no sources, tests, maps, node_modules or harness state', () => {
    const leaked = files.filter((f) => /^(src|test|scripts|webview|out|\.cache|node_modules)\/|\.map$|\.ts$/.test(f));
    assert.deepEqual(leaked, []);
  });
});
