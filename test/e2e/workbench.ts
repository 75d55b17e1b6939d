// A code-server workbench in headless chromium with the packaged .vsix installed, driven like a person would
// (keyboard, palette, mouse), with a screenshot per step under test-results/e2e/.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, FrameLocator, Locator, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/code-server/browser';
import { installCodeServer } from '../../scripts/code-server/install';
import { repoRoot } from '../../scripts/code-server/paths';
import { type CodeServer, installVsix, startCodeServer } from '../../scripts/code-server/server';
import { type RunDirs, fillWorkspace, freshRunDirs } from '../../scripts/code-server/workspace';

export const screenshotDir = path.join(repoRoot, 'test-results', 'e2e');

/** Cleared once per mocha process, so several e2e files add to the same folder. */
let screenshotsCleared = false;

export interface StartOptions {
  /** User settings on top of the harness defaults (e.g. workbench.colorTheme). */
  settings?: Record<string, unknown>;
  /** Extra files written into the workspace copy: name -> content. */
  files?: Record<string, string>;
  /** Start from an empty folder (no examples or fixtures copied in). */
  empty?: boolean;
}

interface Manifest {
  name: string;
  publisher: string;
  version: string;
  contributes?: { commands?: { command: string; title: string; category?: string }[] };
}

export class Workbench {
  private constructor(
    readonly page: Page,
    readonly dirs: RunDirs,
    readonly files: string[],
    private readonly browser: Browser,
    private readonly server: CodeServer,
    private shots = 0,
  ) {}

  /** Installs code-server (cached) and the .vsix built by `npm run package`, then opens a workspace copy. */
  static async start(opts: StartOptions = {}): Promise<Workbench> {
    const manifest = readManifest(repoRoot);
    const vsix = path.join(repoRoot, `${manifest.name}-${manifest.version}.vsix`);
    if (!fs.existsSync(vsix)) throw new Error(`${path.basename(vsix)} is missing: run npm run package first`);
    await installCodeServer();
    const dirs = freshRunDirs('e2e');
    const files = opts.empty ? [] : fillWorkspace(dirs.workspace, true);
    for (const [name, text] of Object.entries(opts.files ?? {})) {
      fs.writeFileSync(path.join(dirs.workspace, name), text);
      files.push(name);
    }
    if (opts.settings) patchUserSettings(dirs, opts.settings);
    await installVsix(vsix, dirs);
    if (!screenshotsCleared) fs.rmSync(screenshotDir, { recursive: true, force: true });
    screenshotsCleared = true;
    fs.mkdirSync(screenshotDir, { recursive: true });
    const server = await startCodeServer(dirs);
    const browser = await launchBrowser();
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${server.url}?folder=${encodeURIComponent(dirs.workspace)}`);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    return new Workbench(page, dirs, files, browser, server);
  }

  async stop(): Promise<void> {
    await this.browser.close().catch(() => undefined);
    await this.server.stop();
  }

  /** The manifest of the extension as installed from the .vsix (what users get, not the work tree). */
  installedExtension(): { dir: string; manifest: Manifest } {
    const m = readManifest(repoRoot);
    const dir = path.join(this.dirs.extensionsDir, `${m.publisher}.${m.name}-${m.version}`);
    return { dir, manifest: readManifest(dir) };
  }

  installedHas(relative: string): boolean {
    return fs.existsSync(path.join(this.installedExtension().dir, relative));
  }

  /**
   * The palette label of a contributed command whose id and title match, if the extension has one. `%key%`
   * titles are read from the installed package.nls.json (the workbench runs in English).
   */
  commandLabel(idPattern: RegExp, titlePattern: RegExp, exclude?: RegExp): string | undefined {
    const { dir, manifest } = this.installedExtension();
    const nlsFile = path.join(dir, 'package.nls.json');
    const nls = fs.existsSync(nlsFile) ? (JSON.parse(fs.readFileSync(nlsFile, 'utf8')) as Record<string, string>) : {};
    const titled = (manifest.contributes?.commands ?? []).map((c) => ({ ...c, title: c.title.replace(/^%(.+)%$/, (whole, key: string) => nls[key] ?? whole) }));
    const cmd = titled.find((c) => idPattern.test(c.command) && titlePattern.test(c.title) && !(exclude && exclude.test(c.title)));
    return cmd && (cmd.category ? `${cmd.category}: ${cmd.title}` : cmd.title);
  }

  /** test-results/e2e/NN-name.png, numbered in step order. */
  async screenshot(name: string): Promise<string> {
    return this.screenshotAs(`${String(++this.shots).padStart(2, '0')}-${name}`);
  }

  /** test-results/e2e/<name>.png, unnumbered. */
  async screenshotAs(name: string): Promise<string> {
    const file = path.join(screenshotDir, `${name}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }

  /** Shows the Problems panel (the shortcut toggles it, so only when hidden). */
  async showProblems(): Promise<void> {
    if (await this.page.locator('.markers-panel').isVisible()) return;
    await this.page.keyboard.press('Control+Shift+M');
    await this.page.locator('.markers-panel').waitFor();
  }

  /** The file's problem count as the Problems panel shows it ("9 problems in file x of folder ."), if listed. */
  async problemCount(file: string): Promise<number | undefined> {
    const row = this.page.locator(`.markers-panel .monaco-list-row[aria-label*="in file ${file} "]`).first();
    if ((await row.count()) === 0) return undefined;
    const m = /(\d+) problems? in file/.exec((await row.getAttribute('aria-label')) ?? '');
    return m ? Number(m[1]) : undefined;
  }

  /** Waits until the Problems panel lists file with a count in [atLeast, below); returns that count. */
  async waitForProblemCount(file: string, range: { atLeast?: number; below?: number }, timeout = 60_000): Promise<number> {
    const sel = `.markers-panel .monaco-list-row[aria-label*="in file ${file} "]`;
    await this.page.waitForFunction(
      ([s, lo, hi]) => {
        const m = /(\d+) problems? in file/.exec(document.querySelector(s)?.getAttribute('aria-label') ?? '');
        return m !== null && Number(m[1]) >= lo && Number(m[1]) < hi;
      },
      [sel, range.atLeast ?? 1, range.below ?? Number.MAX_SAFE_INTEGER] as const,
      { timeout },
    );
    return (await this.problemCount(file)) ?? -1;
  }

  /** Types into the Problems panel's filter box ('' clears it); callers wait for the rows they expect. */
  async filterProblems(text: string): Promise<void> {
    await this.page.getByPlaceholder(/^Filter \(e\.g\. text/).first().fill(text);
  }

  /**
   * Focuses the row of the open code-action menu (Ctrl+.) whose label matches, with the arrow keys (a
   * pointer block covers the menu while it opens, so clicks are unreliable). Enter then applies it.
   */
  async pickAction(label: RegExp): Promise<void> {
    const rows = this.page.locator('.action-widget .monaco-list-row.action');
    await rows.filter({ hasText: label }).first().waitFor({ timeout: 30_000 });
    const total = await rows.count();
    for (let i = 0; i <= total; i++) {
      if ((await rows.filter({ hasText: label }).and(this.page.locator('.focused')).count()) > 0) return;
      await this.page.keyboard.press('ArrowDown');
    }
    throw new Error(`no code action matching ${label} could be focused`);
  }

  /** The content frame of the newest diagram webview (VS Code nests it: iframe.webview > #active-frame). */
  diagramFrame(): FrameLocator {
    return this.page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame');
  }

  /** Waits until the diagram has laid-out nodes and its status line ("N nodes, N edges, N findings"). */
  async waitForDiagram(timeout = 90_000): Promise<string> {
    const frame = this.diagramFrame();
    await frame.locator('svg g.node').first().waitFor({ timeout });
    const status = frame.locator('.status', { hasText: /\d+ nodes, \d+ edges|ノード \d+/ });
    await status.waitFor({ timeout });
    return status.innerText();
  }

  async openFile(name: string): Promise<void> {
    await this.page.keyboard.press('Escape'); // close a leftover menu or widget first
    await this.focusEditorArea();
    await this.page.keyboard.press('Control+P');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(name);
    await this.chooseQuickInputRow((rows) => rows.filter({ hasText: name }));
    await this.page.locator(`.tab.active[aria-label*="${name}"]`).waitFor();
  }

  /**
   * Focuses the quick-input row that match() selects with the arrow keys and presses Enter. Keys, not a
   * click: the pointer would stay where the new editor's tab appears, and its tooltip would cover screenshots.
   */
  private async chooseQuickInputRow(match: (rows: Locator) => Locator): Promise<void> {
    const rows = this.page.locator('.quick-input-list .monaco-list-row');
    const target = match(rows);
    await target.first().waitFor();
    const total = await rows.count();
    for (let i = 0; i <= total; i++) {
      if ((await target.and(this.page.locator('.focused')).count()) > 0) return this.page.keyboard.press('Enter');
      await this.page.keyboard.press('ArrowDown');
    }
    throw new Error('the quick-input row could not be focused');
  }

  /** Opens name as text, even when it was last shown in a custom editor (the diagram). */
  async openText(name: string): Promise<void> {
    await this.openFile(name);
    const text = this.page.locator('.editor-group-container.active .monaco-editor .view-lines');
    // The tab shows before its editor: wait for either the text or a custom editor (webview) to appear.
    await text.or(this.page.locator('.editor-group-container.active .editor-instance iframe, .webview.ready')).first().waitFor();
    if ((await text.count()) === 0) await this.runCommand('Reopen Editor With Text Editor');
    await text.first().waitFor();
  }

  /** Runs a command through the palette by its label (F1, type, pick the row showing that label). */
  async runCommand(label: string): Promise<void> {
    const input = this.page.locator('.quick-input-widget input');
    // A focused webview (the diagram) may keep F1 to itself, also while it is still taking focus: then
    // focus the active tab (keyboard focus, no pointer) and press again.
    for (let attempt = 1; ; attempt++) {
      if (await this.page.evaluate(() => document.activeElement?.tagName === 'IFRAME')) await this.page.locator('.tab.active').first().focus();
      await this.page.keyboard.press('F1');
      if (await input.waitFor({ timeout: 5_000 }).then(() => true, () => false)) break;
      if (attempt === 3) throw new Error(`the command palette did not open for "${label}"`);
    }
    await input.fill(`>${label}`);
    // Ends with the label, any case: "View: Reopen Editor with Text Editor" is found by its title alone, and
    // "SmartFab: Open Diagram" does not pick "SmartFab: Open Diagram to the Side".
    const tail = new RegExp(`${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i');
    await this.chooseQuickInputRow((rows) => rows.filter({ has: this.page.locator('.label-name', { hasText: tail }) }));
  }

  /**
   * Waits until the command palette lists `label` (right after the workbench opens, the extensions' contributed
   * commands may not be registered yet): opens the palette, looks for the row, closes it, until timeoutMs.
   */
  async waitForCommand(label: string, timeoutMs = 60_000): Promise<void> {
    const input = this.page.locator('.quick-input-widget input');
    const row = this.page.locator('.quick-input-list .label-name', { hasText: label });
    const end = Date.now() + timeoutMs;
    for (;;) {
      await this.page.keyboard.press('F1');
      await input.waitFor();
      await input.fill(`>${label}`);
      const found = await row.first().waitFor({ timeout: 5_000 }).then(() => true, () => false);
      await this.page.keyboard.press('Escape');
      if (found) return;
      if (Date.now() > end) throw new Error(`the command palette never listed "${label}"`);
    }
  }

  /** Picks the row of the open quick pick whose label matches (keyboard only), e.g. a command's own picker. */
  async pickQuickInput(label: RegExp): Promise<void> {
    await this.chooseQuickInputRow((rows) => rows.filter({ has: this.page.locator('.label-name', { hasText: label }) }));
  }

  /** Moves the cursor with Go to Line/Column (1-based line and column). */
  async goTo(line: number, column: number): Promise<void> {
    await this.page.keyboard.press('Control+G');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(`:${line}:${column}`); // the ':' prefix keeps the picker in go-to-line mode
    await this.page.keyboard.press('Enter');
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  }

  async focusEditorArea(): Promise<void> {
    await this.page.locator('.monaco-workbench').focus().catch(() => undefined);
  }

  async activeEditorIsDirty(): Promise<boolean> {
    return (await this.page.locator('.tab.active.dirty').count()) > 0;
  }
}

function patchUserSettings(dirs: RunDirs, patch: Record<string, unknown>): void {
  const file = path.join(dirs.userDataDir, 'User', 'settings.json');
  const current = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  fs.writeFileSync(file, JSON.stringify({ ...current, ...patch }, null, 2));
}

function readManifest(dir: string): Manifest {
  return JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as Manifest;
}

/** Resolves with the file's text once ok(text) holds (checked now, then on every change); rejects after timeoutMs. */
export function waitForFileText(file: string, ok: (text: string) => boolean, timeoutMs = 30_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const text = fs.readFileSync(file, 'utf8');
      if (!ok(text)) return false;
      watcher.close();
      clearTimeout(timer);
      resolve(text);
      return true;
    };
    const watcher = fs.watch(file, () => void check());
    const timer = setTimeout(() => {
      watcher.close();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${path.basename(file)} to change on disk`));
    }, timeoutMs);
    check();
  });
}

/** 1-based position of the first match of re in the workspace file, for goTo(). */
export function positionOf(file: string, re: RegExp): { line: number; column: number; text: string } | undefined {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trimStart().startsWith('#')) continue;
    const m = re.exec(line);
    if (m) return { line: i + 1, column: m.index + 1, text: m[0] };
  }
  return undefined;
}
