// The manifest's first-use contributions: a bilingual walkthrough whose every step has a command and a
// picture in both languages, "New Plant…" in File > New File…, the icons, the links, no test-only command.
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../../..');
const json = (f: string) => JSON.parse(readFileSync(path.join(root, f), 'utf8'));
const pkg = json('package.json');
const nls: Record<string, Record<string, string>> = { en: json('package.nls.json'), ja: json('package.nls.ja.json') };
const resolve = (lang: string, s: string) => s.replace(/^%(.+)%$/, (_, k: string) => nls[lang][k] ?? assert.fail(`${lang}: no ${k}`));

describe('manifest: first-use contributions', () => {
  it('a walkthrough: describe a plant, read a finding, apply a fix, open the diagram, export the report', () => {
    const [w] = pkg.contributes.walkthroughs;
    assert.equal(w.id, 'smartfab.gettingStarted');
    assert.deepEqual(w.steps.map((s: { id: string }) => s.id), ['smartfab.describe', 'smartfab.finding', 'smartfab.fix', 'smartfab.diagram', 'smartfab.report']);
    for (const lang of ['en', 'ja']) {
      assert.ok(resolve(lang, w.title) && resolve(lang, w.description));
      for (const step of w.steps) {
        const description = resolve(lang, step.description);
        assert.match(description, /\]\(command:[\w.]+\)/, `${lang} ${step.id}: a command button`);
        const media = resolve(lang, step.media.markdown);
        assert.match(media, new RegExp(`/${lang}/`), `${lang} ${step.id}: media in its language`);
        const md = readFileSync(path.join(root, media), 'utf8');
        const picture = /!\[[^\]]+\]\(([^)]+)\)/.exec(md)?.[1];
        assert.ok(picture, `${media} shows a picture`);
        assert.ok(existsSync(path.join(root, path.dirname(media), picture)), `${media}: ${picture} exists`);
      }
    }
  });

  it('every step names a command the extension contributes or VS Code has', () => {
    const ours = new Set(pkg.contributes.commands.map((c: { command: string }) => c.command));
    const builtIn = new Set(['workbench.actions.view.problems', 'editor.action.quickFix']);
    for (const step of pkg.contributes.walkthroughs[0].steps) {
      const cmd = /command:([\w.]+)/.exec(resolve('en', step.description))![1];
      assert.ok(ours.has(cmd) || builtIn.has(cmd), cmd);
    }
  });

  it('"New Plant…" is a command and a File > New File… entry; icons, links and docs ship', () => {
    assert.ok(pkg.contributes.commands.some((c: { command: string }) => c.command === 'smartfab.newPlant'));
    assert.deepEqual(pkg.contributes.menus['file/newFile'], [{ command: 'smartfab.newPlant', group: 'file' }]);
    assert.ok(existsSync(path.join(root, pkg.icon)));
    for (const l of pkg.contributes.languages) for (const f of [l.icon.light, l.icon.dark]) assert.ok(existsSync(path.join(root, f)), f);
    assert.match(pkg.repository.url, /^https:\/\/github\.com\//);
    assert.ok(pkg.homepage && pkg.bugs.url);
    const ignore = readFileSync(path.join(root, '.vscodeignore'), 'utf8');
    for (const line of ['!docs/format.md', '!docs/analysis.md', '!examples/*.smartfab.yaml']) assert.ok(ignore.includes(line), line);
  });

  it('the test-only diagram command is not contributed', () => {
    const all = JSON.stringify(pkg.contributes);
    assert.ok(!all.includes('debugState'));
  });
});
