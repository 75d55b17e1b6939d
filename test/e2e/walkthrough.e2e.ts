// A person's first session with the packaged extension: open the model 1 example, read its findings in the
// Problems panel, hover a countermeasure ID, apply the DMZ quick fix, open the diagram and its preview.
// Every feature has landed, so a missing one fails (no PENDING skips here).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../../scripts/code-server/paths';
import { Workbench, positionOf, waitForFileText } from './workbench';

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

const PLANT = 'model-1-single-factory.smartfab.yaml';
/**
 * Model 1 with every A4 countermeasure but the filtering device (ID8-1) and the DMZ (ID9-1) implemented,
 * so the DMZ quick fix clears A4 and the file's problem count drops (on the bare example A4 would stay,
 * still missing ID5-1..ID7-1).
 */
const DMZ_PLANT = 'fixture-model-1-dmz.smartfab.yaml';
const dmzPlantText = (): string =>
  `${fs.readFileSync(path.join(repoRoot, 'examples', PLANT), 'utf8')}
countermeasures:
${[['ID5-1', 'iot-nw'], ['ID6-1', 'iot-to-ctrl'], ['ID7-1', 'iot-nw'], ['ID10-1', 'iot-to-ctrl']]
  .map(([id, target]) => `  - measure: ${id}\n    target: ${target}\n    status: implemented\n`)
  .join('')}`;

/** IPA measure 5 (IDs 5-x) as the catalogue names it, in either language. */
const MEASURE_5_TITLE = /Inventory of operations|業務の整理/;

describe('e2e: walkthrough in code-server with the installed .vsix', () => {
  let wb: Workbench;

  before(async () => {
    wb = await Workbench.start({ files: { [DMZ_PLANT]: dmzPlantText() } });
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') await wb?.screenshot(`FAILED-${slug(this.currentTest.title)}`);
  });

  after(async () => {
    await wb?.stop();
  });

  it('opens a plant file in the SmartFab language mode', async () => {
    await wb.openText(PLANT);
    const mode = wb.page.locator('[id="status.editor.mode"]');
    await mode.filter({ hasText: 'SmartFab' }).waitFor({ timeout: 30_000 });
    await wb.screenshot('plant-open');
  });

  it("fills the Problems panel with the example's own threat findings", async () => {
    assert.ok(wb.installedHas('dist/server.js'), 'the .vsix ships the language server');
    await wb.showProblems();
    const row = (text: RegExp) => wb.page.locator('.markers-panel .monaco-list-row', { hasText: text }).first();
    await row(/A1 Intrusion from an IoT device/).waitFor({ timeout: 60_000 });
    const count = await wb.waitForProblemCount(PLANT, { atLeast: 8 });
    console.log(`      ${PLANT}: ${count} problems`);
    await wb.screenshot('problems');
    // A4 sits below the fold of the (virtual) list: the panel's filter brings it up.
    await wb.filterProblems('A4 Intrusion');
    await row(/A4 Intrusion spreading from the IoT network to the control network/).waitFor();
    await wb.screenshot('problems-a4');
    await wb.filterProblems('');
  });

  it('shows hover docs with the measure name on a countermeasure ID', async () => {
    const at = positionOf(path.join(wb.dirs.workspace, DMZ_PLANT), /\bID5-1\b/);
    assert.ok(at, `${DMZ_PLANT} declares ID5-1`);
    await wb.openText(DMZ_PLANT);
    await wb.page.locator('.monaco-editor .view-lines').first().click();
    await wb.goTo(at.line, at.column + 1); // scrolls the ID into view
    // The injection grammar makes the ID a token of its own, so its span can be hovered.
    await wb.page.locator('.monaco-editor .view-line span span', { hasText: at.text }).first().hover();
    const hover = wb.page.locator('.monaco-hover-content').filter({ hasText: MEASURE_5_TITLE }).first();
    // A mouse hover that lands while the editor still scrolls is dropped by the workbench; the keyboard's
    // Show Hover (Ctrl+K Ctrl+I, the cursor is on the ID) asks for the same hover.
    if (!(await hover.waitFor({ timeout: 10_000 }).then(() => true, () => false))) {
      await wb.page.keyboard.press('Control+K');
      await wb.page.keyboard.press('Control+I');
      await hover.waitFor({ timeout: 30_000 });
    }
    await wb.screenshot('hover-countermeasure');
    await wb.page.mouse.move(0, 0);
    await wb.page.keyboard.press('Escape');
  });

  it('applies the DMZ quick fix to the A4 finding: the text changes and the problem count drops', async () => {
    const file = path.join(wb.dirs.workspace, DMZ_PLANT);
    const original = fs.readFileSync(file, 'utf8');
    const a4 = positionOf(file, /^ {2}iot-to-ctrl:/);
    assert.ok(a4, 'the conduit A4 is reported on');
    await wb.openText(DMZ_PLANT);
    await wb.showProblems();
    const before = await wb.waitForProblemCount(DMZ_PLANT, { atLeast: 2 });
    await wb.page.locator('.monaco-editor .view-lines').first().click();
    await wb.goTo(a4.line, 3);
    await wb.page.keyboard.press('Control+.');
    await wb.pickAction(/Insert a DMZ between iot-nw and ctrl-info/);
    await wb.screenshot('quick-fix-menu');
    await wb.page.keyboard.press('Enter');
    const after = await wb.waitForProblemCount(DMZ_PLANT, { below: before });
    assert.ok(after < before);
    console.log(`      ${DMZ_PLANT}: ${before} -> ${after} problems`);
    await wb.screenshot('quick-fix-applied');
    // files.refactoring.autoSave (on by default) saves the file the code action edited; a save may land
    // in more than one write, so wait for the whole change.
    const dmzZone = /\n {2}dmz:\n {4}kind: dmz\n/;
    const dmzConduit = /between: \[iot-nw, dmz\]/;
    const saved = await waitForFileText(file, (text) => dmzZone.test(text) && dmzConduit.test(text));
    assert.ok(saved.startsWith(original.slice(0, original.indexOf('\nzones:'))), 'the text before zones is untouched');
  });

  it('opens the diagram editor', async () => {
    const label = wb.commandLabel(/diagram/i, /open diagram/i, /side|preview/i);
    assert.ok(label, 'the .vsix contributes "Open Diagram"');
    await wb.openText(PLANT);
    await wb.runCommand(label);
    const status = await wb.waitForDiagram();
    assert.match(status, /[1-9]\d* findings/, `the diagram shows the example's findings: ${status}`);
    await wb.screenshot('diagram-editor');
  });

  it('opens the diagram preview beside the text', async () => {
    const label = wb.commandLabel(/diagram/i, /side|preview/i);
    assert.ok(label, 'the .vsix contributes "Open Diagram to the Side"');
    await wb.runCommand('View: Close All Editors');
    await wb.openText(PLANT);
    await wb.runCommand(label);
    await wb.waitForDiagram();
    assert.equal(await wb.page.locator('.editor-group-container').count(), 2, 'text and preview in two groups');
    await wb.screenshot('diagram-preview');
  });
});
