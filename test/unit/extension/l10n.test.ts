// The extension's language seam (src/extension/l10n.ts): `smartfab.language` ja/en wins over VS Code's
// display language, auto follows it; t() speaks that language and leaves the process language alone.
// `vscode` exists only inside the editor, so a stub stands in for the two things the seam reads.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import Module from 'node:module';
import * as path from 'node:path';
import { currentLang } from '../../../src/core/l10n/lang';

const state = { setting: 'auto' as string | undefined, display: 'en' };
const STUB_ID = 'vscode-stub-for-l10n-test';
const stub = {
  workspace: { getConfiguration: () => ({ get: <T>(_key: string, fallback?: T) => (state.setting ?? fallback) as T }) },
  env: {
    get language() {
      return state.display;
    },
  },
};
type Resolver = (request: string, ...rest: unknown[]) => string;
const loader = Module as unknown as { _resolveFilename: Resolver };

describe('extension: the language seam follows smartfab.language', () => {
  const original = loader._resolveFilename;
  let seam: typeof import('../../../src/extension/l10n');

  before(() => {
    loader._resolveFilename = function (this: unknown, request: string, ...rest: unknown[]) {
      return request === 'vscode' ? STUB_ID : original.call(this, request, ...rest);
    };
    require.cache[STUB_ID] = { id: STUB_ID, filename: STUB_ID, loaded: true, exports: stub } as unknown as NodeJS.Module;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    seam = require('../../../src/extension/l10n') as typeof seam;
  });

  after(() => {
    loader._resolveFilename = original;
    delete require.cache[STUB_ID];
  });

  const cases: [string | undefined, string, 'ja' | 'en'][] = [
    ['ja', 'en', 'ja'], // a Japanese analyst on an English VS Code
    ['en', 'ja', 'en'],
    ['auto', 'ja', 'ja'],
    ['auto', 'en-US', 'en'],
    ['auto', 'zh-cn', 'en'],
    [undefined, 'ja', 'ja'], // unset: the default auto
    ['fr', 'ja', 'ja'], // an invalid value counts as auto
  ];
  for (const [setting, display, want] of cases) {
    it(`smartfab.language ${String(setting)} on a ${display} VS Code: ${want}`, () => {
      Object.assign(state, { setting, display });
      assert.equal(seam.extensionLang(), want);
      const text = seam.t('Open a plant file first.');
      assert.equal(text, want === 'ja' ? '先に工場ファイルを開いてください。' : 'Open a plant file first.');
      assert.equal(seam.t('Diagram: {0}', 'plant.smartfab.yaml'), want === 'ja' ? 'ダイアグラム: plant.smartfab.yaml' : 'Diagram: plant.smartfab.yaml');
      assert.equal(currentLang(), 'en', 'the process language is untouched');
    });
  }
});

describe('extension: every string goes through the seam', () => {
  const dir = path.join(__dirname, '../../../src/extension');
  const files = (d: string): string[] => readdirSync(d).flatMap((f) => (statSync(path.join(d, f)).isDirectory() ? files(path.join(d, f)) : f.endsWith('.ts') ? [path.join(d, f)] : []));

  it("no file uses vscode.l10n (VS Code's display language only); only pure files use the core's t", () => {
    // Pure files (no vscode import, unit-tested in Node) use the core's t, which followLanguageSetting keeps on
    // the setting in the extension host; every other file goes through the seam.
    const offenders = files(dir)
      .filter((f) => !f.endsWith(`${path.sep}extension${path.sep}l10n.ts`))
      .filter((f) => {
        const text = readFileSync(f, 'utf8');
        const usesVscode = /from 'vscode'/.test(text);
        return /vscode\.l10n\./.test(text) || (usesVscode && /import \{[^}]*\bt\b[^}]*\} from '[./]*core\/(?:lsp|l10n)\/(?:l10n|lang)'/.test(text));
      })
      .map((f) => path.relative(dir, f));
    assert.deepEqual(offenders, []);
  });
});
