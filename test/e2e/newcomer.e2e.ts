// A newcomer's first five minutes with the packaged extension, from an empty folder, following the
// walkthrough: open "Get started with SmartFab", create a plant of implementation model 1 with "New Plant…",
// read a finding, apply a fix with the first Ctrl+., open the diagram, export the review report from the
// language status item; then open a finding's documentation from its code link, press Ctrl+. right after
// opening the plant twelve times, and read the SmartFab log.
// With SMARTFAB_WALKTHROUGH_MEDIA=1 the steps' pictures are also written to media/walkthrough/ (the
// walkthrough's own images are made this way, from the real product).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Locator } from 'playwright-core';
import { repoRoot } from '../../scripts/code-server/paths';
import { Workbench, positionOf, waitForFileText } from './workbench';

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const PLANT = 'model-1.smartfab.yaml';
const REPORT = 'model-1.review.md';
const MEDIA = process.env.SMARTFAB_WALKTHROUGH_MEDIA === '1' ? path.join(repoRoot, 'media', 'walkthrough') : undefined;

/** Resolves once `name` exists in `dir` (fs.watch on the folder, no polling); rejects after timeoutMs. */
function waitForFile(dir: string, name: string, timeoutMs = 60_000): Promise<string> {
  const file = path.join(dir, name);
  return new Promise((resolve, reject) => {
    const done = (): boolean => {
      if (!fs.existsSync(file)) return false;
      watcher.close();
      clearTimeout(timer);
      resolve(file);
      return true;
    };
    const watcher = fs.watch(dir, () => void done());
    const timer = setTimeout(() => {
      watcher.close();
      reject(new Error(`timed out waiting for ${name}`));
    }, timeoutMs);
    done();
  });
}

/** The first file named `name` under `dir`, depth first. */
function findFile(dir: string, name: string): string | undefined {
  if (!fs.existsSync(dir)) return undefined;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isFile() && e.name === name) return p;
    const inner = e.isDirectory() ? findFile(p, name) : undefined;
    if (inner) return inner;
  }
  return undefined;
}

describe('e2e: a newcomer follows the walkthrough from an empty folder', () => {
  let wb: Workbench;

  /** A walkthrough picture of `area` (a part of the workbench), when making the media. */
  const picture = async (name: string, area: Locator): Promise<void> => {
    if (!MEDIA) return;
    fs.mkdirSync(MEDIA, { recursive: true });
    await area.screenshot({ path: path.join(MEDIA, `${name}.png`) });
  };

  /** Hides the bottom panel for a picture of the editors (the command exists only while it shows). */
  const hidePanel = async (): Promise<void> => {
    if (await wb.page.locator('.part.panel').isVisible()) await wb.runCommand('View: Hide Panel');
  };

  before(async () => {
    // The server's messages go to the SmartFab log too: a failure prints its tail.
    wb = await Workbench.start({ empty: true, settings: { 'workbench.colorTheme': 'Default Light Modern', 'smartfab.trace.server': 'messages' } });
    assert.deepEqual(fs.readdirSync(wb.dirs.workspace), [], 'the folder starts empty');
  });

  afterEach(async function () {
    if (this.currentTest?.state !== 'failed' || !wb) return;
    await wb.screenshot(`FAILED-newcomer-${slug(this.currentTest.title)}`);
    const log = findFile(path.join(wb.dirs.userDataDir, 'logs'), 'SmartFab.log');
    if (log) console.log(`--- ${log} (tail)\n${fs.readFileSync(log, 'utf8').split('\n').slice(-80).join('\n')}`);
  });

  after(async () => {
    await wb?.stop();
  });

  it('opens the walkthrough with its five steps', async () => {
    const label = wb.commandLabel(/^smartfab\.getStarted$/, /./);
    assert.ok(label, 'the .vsix contributes "SmartFab: Get Started"');
    await wb.waitForCommand(label);
    await wb.runCommand(label);
    const page = wb.page.locator('.gettingStartedContainer');
    await page.getByText('Get started with SmartFab').first().waitFor({ timeout: 30_000 });
    for (const step of ['Describe a plant', 'Read a finding', 'Apply a fix', 'Open the diagram', 'Export the review report']) {
      await page.getByText(step, { exact: true }).first().waitFor();
    }
    // The step's picture: its markdown media, rendered in a webview, with the image loaded.
    const media = wb.page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame');
    await media.getByRole('heading', { name: 'Describe a plant' }).waitFor({ timeout: 30_000 });
    await media.locator('img').first().waitFor();
    assert.ok(await media.locator('img').first().evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), 'the picture loads');
    await wb.screenshot('newcomer-walkthrough');
    await wb.runCommand('View: Close All Editors');
  });

  it('offers "SmartFab Plant" under File > New File…', async () => {
    // The application menu (≡), File, New File…: the picker of new-file kinds.
    await wb.page.locator('.menubar-menu-button').first().click();
    await wb.page.getByRole('menuitem', { name: /^File$/ }).first().hover();
    await wb.page.getByRole('menuitem', { name: /^New File/ }).first().hover();
    await wb.page.keyboard.press('Enter');
    const row = wb.page.locator('.quick-input-list .monaco-list-row', { hasText: /SmartFab Plant/ }).first();
    await row.waitFor({ timeout: 30_000 });
    await wb.screenshot('newcomer-new-file-menu');
    await wb.page.keyboard.press('Escape');
  });

  it('creates a plant of implementation model 1 with "New Plant…"', async () => {
    const label = wb.commandLabel(/^smartfab\.newPlant$/, /New Plant/);
    assert.ok(label, 'the .vsix contributes "SmartFab: New Plant…"');
    await wb.runCommand(label);
    await wb.page.locator('.quick-input-widget', { hasText: /implementation models/ }).waitFor();
    await picture('describe', wb.page.locator('.quick-input-widget'));
    await wb.pickQuickInput(/^Model 1$/);
    await wb.page.locator(`.tab.active[aria-label*="${PLANT}"]`).waitFor({ timeout: 30_000 });
    await wb.page.locator('[id="status.editor.mode"]').filter({ hasText: 'SmartFab' }).waitFor({ timeout: 30_000 });
    const text = fs.readFileSync(path.join(wb.dirs.workspace, PLANT), 'utf8');
    assert.match(text, /^# New SmartFab plant: implementation model\(s\) 1 /);
    assert.doesNotMatch(text, /^countermeasures:/m);
    await wb.screenshot('newcomer-new-plant');
  });

  it('reads a finding in the Problems panel', async () => {
    await wb.showProblems();
    const row = (text: RegExp) => wb.page.locator('.markers-panel .monaco-list-row', { hasText: text }).first();
    await row(/A1 Intrusion from an IoT device/).waitFor({ timeout: 60_000 });
    const count = await wb.waitForProblemCount(PLANT, { atLeast: 8 });
    console.log(`      ${PLANT}: ${count} problems`);
    await wb.filterProblems('A4 Intrusion');
    const a4 = row(/A4 Intrusion spreading from the IoT network/);
    await a4.waitFor();
    assert.match(await a4.innerText(), /missing ID5-1/);
    await wb.screenshot('newcomer-finding');
    await wb.filterProblems('');
  });

  it('applies a fix with the first Ctrl+. on the finding: the missing countermeasures become planned', async () => {
    const file = path.join(wb.dirs.workspace, PLANT);
    const at = positionOf(file, /^ {2}iot-to-ctrl:/);
    assert.ok(at, 'the plant has the conduit A4 is reported on');
    await wb.openText(PLANT);
    await wb.page.locator('.editor-group-container.active .monaco-editor .view-lines').first().click();
    await wb.goTo(at.line, 3);
    if (MEDIA) {
      // The finding as its hover tells it, in the editor.
      await wb.page.locator('.editor-group-container.active .view-line span span', { hasText: /^iot-to-ctrl$/ }).first().hover();
      await wb.page.locator('.monaco-hover-content', { hasText: /A4 Intrusion/ }).first().waitFor({ timeout: 30_000 });
      await picture('finding', wb.page.locator('.editor-group-container.active'));
      await wb.page.mouse.move(0, 0);
      await wb.page.keyboard.press('Escape');
    }
    await wb.page.keyboard.press('Control+.');
    await wb.pickAction(/Add missing countermeasures as planned/);
    await wb.screenshot('newcomer-quick-fix');
    await picture('fix', wb.page.locator('.editor-group-container.active'));
    await wb.page.keyboard.press('Enter');
    const saved = await waitForFileText(file, (t) => /^countermeasures:\n {2}- measure: ID5-1\n/m.test(t));
    assert.match(saved, /target: iot-to-ctrl\n {4}status: planned/);
    await wb.showProblems();
    await wb.filterProblems('A4 Intrusion');
    await wb.page.locator('.markers-panel .monaco-list-row', { hasText: /A4 Intrusion.*planned ID5-1/ }).first().waitFor({ timeout: 60_000 });
    await wb.screenshot('newcomer-fix-applied');
    await wb.filterProblems('');
  });

  it('opens the diagram beside the text', async () => {
    const label = wb.commandLabel(/^smartfab\.diagram\.openToSide$/, /./);
    assert.ok(label);
    await wb.openText(PLANT);
    await wb.runCommand(label);
    const status = await wb.waitForDiagram();
    assert.match(status, /[1-9]\d* findings/, status);
    await wb.screenshot('newcomer-diagram');
    if (MEDIA) {
      // The picture shows the drawing: the panel and the findings list folded away, the plant fitted to the view.
      await hidePanel();
      const frame = wb.diagramFrame();
      await frame.locator('vscode-toolbar-button[label="Show or hide findings and legend"]').click();
      await frame.locator('body.no-side').waitFor({ state: 'attached' });
      await frame.locator('vscode-toolbar-button[label="Fit to window (0)"]').click();
    }
    await picture('diagram', wb.page.locator('.part.editor'));
  });

  it('shows models, open damages and analysis time in the language status, and exports the report from it', async () => {
    await wb.runCommand('View: Close All Editors');
    await wb.openText(PLANT);
    await wb.page.locator('[id="status.languageStatus"]').click();
    const hover = wb.page.locator('.hover-language-status', { hasText: /Models 1 · \d+ open damages?/ }).first();
    await hover.waitFor({ timeout: 30_000 });
    assert.match(await hover.innerText(), /analysed in [\d.]+ ms/);
    await wb.screenshot('newcomer-language-status');
    await hover.getByRole('button', { name: /Review Report/ }).or(hover.getByText('Review Report')).first().click();
    await wb.pickQuickInput(/^Markdown$/);
    // The save dialog (code-server's simple dialog) proposes model-1.review.md in the workspace: accept it.
    await wb.page.locator('.quick-input-widget input').waitFor();
    await wb.page.keyboard.press('Enter');
    const report = await waitForFile(wb.dirs.workspace, REPORT);
    const md = await waitForFileText(report, (t) => t.includes('A4'));
    assert.match(md, /A4/);
    // The report opens in the markdown preview.
    await wb.page.locator('.tab.active', { hasText: /Preview/ }).waitFor({ timeout: 30_000 });
    const preview = wb.page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame');
    await preview.getByRole('heading', { name: /Security review/ }).first().waitFor({ timeout: 30_000 });
    await wb.screenshot('newcomer-report');
    await hidePanel();
    await picture('report', wb.page.locator('.part.editor'));
  });

  it("opens a finding's documentation from its code link in the Problems panel (the bundled docs, at the code's anchor)", async () => {
    // Last but one: opening a markdown file activates VS Code's markdown extension, whose providers would
    // arrive while the steps above run.
    await wb.runCommand('View: Close All Editors');
    await wb.openText(PLANT);
    await wb.showProblems();
    await wb.filterProblems('A4 Intrusion');
    const a4 = wb.page.locator('.markers-panel .monaco-list-row', { hasText: /A4 Intrusion spreading from the IoT network/ }).first();
    await a4.getByText('threat-A4').first().click();
    await wb.page.locator('.tab.active[aria-label*="analysis.md"]').waitFor({ timeout: 30_000 });
    const editor = wb.page.locator('.editor-group-container.active .monaco-editor .view-lines');
    await editor.getByText('<a id="threat-A4">').first().waitFor({ timeout: 30_000 });
    await wb.screenshot('newcomer-docs-link');
    await wb.filterProblems('');
  });

  it('answers Ctrl+. right after opening a plant file, for 12 files in a row (first-press misses counted)', async () => {
    // Each file is new to the editor: opening it sends didOpen, and its diagnostics arrive while Ctrl+. is pending.
    const text = fs.readFileSync(path.join(wb.dirs.workspace, PLANT), 'utf8');
    const at = positionOf(path.join(wb.dirs.workspace, PLANT), /^ {2}iot-to-ctrl:/)!;
    const names = Array.from({ length: 12 }, (_, i) => `first-ctrl-dot-${String(i + 1).padStart(2, '0')}.smartfab.yaml`);
    for (const name of names) fs.writeFileSync(path.join(wb.dirs.workspace, name), text);
    const misses: string[] = [];
    for (const [i, name] of names.entries()) {
      // Opened from the Explorer (quick open's file index may lag behind new files).
      await wb.page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first().click({ timeout: 30_000 });
      await wb.page.locator(`.tab.active[aria-label*="${name}"]`).waitFor();
      await wb.page.locator('.editor-group-container.active .monaco-editor .view-lines').first().click();
      await wb.goTo(at.line, 3);
      // After the fix above, A4's countermeasures are planned: "Mark ID… implemented" is offered.
      const offered = wb.page.locator('.action-widget .monaco-list-row.action', { hasText: /Mark ID\d+-\d+ (implemented|not applicable)/ }).first();
      await wb.page.keyboard.press('Control+.');
      const first = await offered.waitFor({ timeout: 15_000 }).then(() => true, () => false);
      if (!first) {
        // Known residue (issue 14): on a loaded machine VS Code may replace the pending Ctrl+. with its own
        // lightbulb request and say "No code actions available". Counted below; a second Ctrl+. must answer.
        misses.push(name);
        await wb.screenshot(`newcomer-ctrl-dot-${i + 1}`);
        await wb.page.keyboard.press('Escape');
        await wb.page.keyboard.press('Control+.');
        await offered.waitFor({ timeout: 15_000 }).catch((e: unknown) => {
          throw new Error(`${name}: ${e instanceof Error ? e.message : String(e)}`);
        });
      }
      await wb.page.keyboard.press('Escape');
      await wb.runCommand('View: Close All Editors');
    }
    console.log(`      first Ctrl+. answered at once in ${names.length - misses.length} of ${names.length} new files${misses.length ? ` (missed: ${misses.join(', ')})` : ''}`);
  });

  it('writes what it did to the SmartFab log', async () => {
    const label = wb.commandLabel(/^smartfab\.showLog$/, /./);
    assert.ok(label);
    await wb.runCommand(label);
    const output = wb.page.locator('.part.panel .monaco-editor .view-lines');
    // Monaco renders spaces as no-break spaces: \s matches both.
    await output.locator('.view-line', { hasText: /New\splant\sof\smodel\(s\)\s1/ }).first().waitFor({ timeout: 30_000 });
    await output.locator('.view-line', { hasText: /Wrote\s.*model-1\.review\.md/ }).first().waitFor({ timeout: 30_000 });
    await wb.screenshot('newcomer-log');
  });
});
