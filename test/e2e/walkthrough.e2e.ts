// A person's first session with the packaged extension: open a plant, read the problems, hover a
// countermeasure ID, apply a quick fix, open the diagram and its preview. Steps for features that have not
// landed yet skip with a PENDING-<AREA> reason (grep PENDING- to switch them to hard assertions).
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { Workbench, positionOf } from './workbench';

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

function pending(ctx: Mocha.Context, reason: string): never {
  console.log(`      skipped: ${reason}`);
  ctx.skip();
}

describe('e2e: walkthrough in code-server with the installed .vsix', () => {
  let wb: Workbench;
  let plant: string;
  let fixPlant: string; // the plant with problems, for the quick fix

  before(async () => {
    wb = await Workbench.start();
    // The first example plant, or the broken fixture while examples/ is still empty.
    plant = wb.files.find((f) => !f.startsWith('fixture-')) ?? 'fixture-broken.smartfab.yaml';
    fixPlant = plant;
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') await wb?.screenshot(`FAILED-${slug(this.currentTest.title)}`);
  });

  after(async () => {
    await wb?.stop();
  });

  it('opens a plant file in the SmartFab language mode', async () => {
    await wb.openText(plant);
    const mode = wb.page.locator('[id="status.editor.mode"]');
    await mode.filter({ hasText: 'SmartFab' }).waitFor({ timeout: 30_000 });
    await wb.screenshot('plant-open');
  });

  it('fills the Problems panel', async function () {
    if (!wb.installedHas('dist/server.js')) pending(this, 'PENDING-LSP: the .vsix has no dist/server.js yet');
    await wb.page.keyboard.press('Control+Shift+M');
    const rows = wb.page.locator('.markers-panel .monaco-list-row').first();
    if (!(await rows.waitFor({ timeout: 30_000 }).then(() => true, () => false))) {
      // PENDING-ANALYSIS: threat findings for the example; the broken fixture has problems regardless.
      console.log(`      note: ${plant} shows no problems; checking fixture-broken.smartfab.yaml instead`);
      fixPlant = 'fixture-broken.smartfab.yaml';
      await wb.openText(fixPlant);
      await rows.waitFor({ timeout: 60_000 });
    }
    await wb.screenshot('problems');
  });

  it('shows hover docs on a countermeasure ID', async function () {
    if (!wb.installedHas('dist/server.js')) pending(this, 'PENDING-LSP: the .vsix has no dist/server.js yet');
    const at = positionOf(path.join(wb.dirs.workspace, plant), /\bID\d{1,2}-\d{1,2}\b/);
    if (!at) pending(this, `${plant} has no countermeasure ID to hover`);
    await wb.openText(plant);
    await wb.page.locator('.monaco-editor .view-lines').first().click();
    await wb.goTo(at.line, at.column + 1); // scrolls the ID into view
    // The injection grammar makes the ID a token of its own, so its span can be hovered.
    await wb.page.locator('.monaco-editor .view-line span span', { hasText: at.text }).first().hover();
    // Real docs, not just the "(ctrl + click)" link hint: a measure name and description run longer.
    const hover = wb.page.locator('.monaco-hover-content').filter({ hasText: /\S[\s\S]{40,}/ }).first();
    await hover.waitFor({ timeout: 30_000 });
    await wb.screenshot('hover-countermeasure');
    await wb.page.mouse.move(0, 0);
    await wb.page.keyboard.press('Escape');
  });

  it('applies a quick fix', async function () {
    if (!wb.installedHas('dist/server.js')) pending(this, 'PENDING-LSP: the .vsix has no dist/server.js yet');
    await wb.openText(fixPlant);
    await wb.page.locator('.monaco-editor .view-lines').first().click();
    // Walk the problems (F8) until one offers code actions (Ctrl+.).
    for (let tries = 0; tries < 8; tries++) {
      await wb.page.keyboard.press('F8');
      await wb.page.locator('.marker-widget').first().waitFor({ timeout: 10_000 });
      await wb.page.keyboard.press('Control+.');
      const menu = wb.page.locator('.action-widget');
      // Either the menu opens or the editor says "No code actions available".
      await menu.or(wb.page.locator('.monaco-editor-overlaymessage')).first().waitFor({ timeout: 10_000 });
      if ((await menu.locator('.monaco-list-row.action').count()) > 0) {
        await wb.screenshot('quick-fix-menu');
        await wb.page.keyboard.press('Enter');
        await wb.page.locator('.tab.active.dirty').waitFor({ timeout: 10_000 });
        await wb.screenshot('quick-fix-applied');
        return;
      }
      await wb.page.keyboard.press('Escape');
    }
    pending(this, `PENDING-FIXES: no problem in ${fixPlant} offered a quick fix (8 tried)`);
  });

  it('opens the diagram editor', async function () {
    const label = wb.commandLabel(/diagram/i, /open diagram/i, /side|preview/i);
    if (!label) pending(this, 'PENDING-DIAGRAM: the .vsix contributes no "Open Diagram" command yet');
    await wb.openText(plant);
    await wb.runCommand(label);
    await diagramRendered(wb);
    await wb.screenshot('diagram-editor');
  });

  it('opens the diagram preview beside the text', async function () {
    const label = wb.commandLabel(/diagram/i, /side|preview/i);
    if (!label) pending(this, 'PENDING-DIAGRAM: the .vsix contributes no "Open Diagram to the Side" command yet');
    await wb.openText(plant);
    await wb.runCommand(label);
    await diagramRendered(wb);
    assert.ok((await wb.page.locator('.editor-group-container').count()) >= 2, 'preview opens in a second group');
    await wb.screenshot('diagram-preview');
  });
});

/** The webview's inner frame shows diagram nodes (VS Code nests the content in iframe.webview > #active-frame). */
async function diagramRendered(wb: Workbench): Promise<void> {
  const frame = wb.page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame');
  await frame.locator('svg g.node').first().waitFor({ timeout: 60_000 }); // laid-out nodes, not toolbar icons
}
