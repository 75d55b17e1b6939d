// Every example's diagram in the preview beside its text (issue 10: readable at the first view in a 1,400 x 900
// window with the preview beside the text), in a light and a dark theme set through user settings:
// test-results/e2e/diagram-<example>-<theme>.png, for people to review layout and legibility.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../../scripts/code-server/paths';
import { Workbench } from './workbench';

const THEMES = [
  { slug: 'light', name: 'Default Light Modern', workbenchClass: 'vs', webviewClass: 'vscode-light' },
  { slug: 'dark', name: 'Default Dark Modern', workbenchClass: 'vs-dark', webviewClass: 'vscode-dark' },
] as const;

const examples = fs
  .readdirSync(path.join(repoRoot, 'examples'))
  .filter((f) => f.endsWith('.smartfab.yaml'))
  .sort();

describe('e2e: every example diagram in a light and a dark theme', () => {
  it('has examples to draw', () => {
    assert.ok(examples.length >= 8, examples.join(', '));
  });

  for (const theme of THEMES) {
    describe(theme.name, () => {
      let wb: Workbench;

      before(async () => {
        wb = await Workbench.start({ settings: { 'workbench.colorTheme': theme.name } });
        await wb.page.locator(`.monaco-workbench.${theme.workbenchClass}`).waitFor({ timeout: 30_000 });
        await wb.runCommand('View: Close Primary Side Bar'); // more room for the diagram
      });

      after(async () => {
        await wb?.stop();
      });

      for (const example of examples) {
        const name = example.replace(/\.smartfab\.yaml$/, '');
        it(`draws ${name}`, async () => {
          const label = wb.commandLabel(/diagram\.openToSide/, /open diagram to the side/i);
          assert.ok(label, 'the .vsix contributes "Open Diagram to the Side"');
          await wb.runCommand('View: Close All Editors');
          await wb.openText(example);
          await wb.runCommand(label);
          const status = await wb.waitForDiagram();
          await wb.diagramFrame().locator(`body.${theme.webviewClass}`).waitFor({ timeout: 30_000 });
          await wb.screenshotAs(`diagram-${name}-${theme.slug}`);
          console.log(`      ${status}`);
        });
      }
    });
  }
});
