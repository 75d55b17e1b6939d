// Japanese for a person on an English VS Code who sets `smartfab.language: ja`: the Problems panel reads in the
// IPA report's wording, and the review report they export (`smartfab report --lang ja --format html`, the same
// core the export command uses) renders with its Japanese headings and tables unclipped. Screenshots in
// test-results/e2e/ (ja-problems.png, ja-report.png).
import * as assert from 'node:assert/strict';
import { run } from '../../src/cli/main';
import { launchBrowser } from '../../scripts/code-server/browser';
import { repoRoot } from '../../scripts/code-server/paths';
import * as path from 'node:path';
import { screenshotDir, Workbench } from './workbench';

const PLANT = 'model-1-single-factory.smartfab.yaml';

describe('e2e: Japanese (smartfab.language: ja)', () => {
  let wb: Workbench;

  before(async () => {
    wb = await Workbench.start({ settings: { 'smartfab.language': 'ja' } });
  });

  after(async () => {
    await wb?.stop();
  });

  it('lists the findings in Japanese in the Problems panel', async () => {
    await wb.openText(PLANT);
    await wb.showProblems();
    const row = wb.page.locator('.markers-panel .monaco-list-row', { hasText: /脅威 A1 IoT デバイスからの侵入/ }).first();
    await row.waitFor({ timeout: 60_000 });
    await wb.screenshotAs('ja-problems');
  });

  it('renders the Japanese review report with nothing clipped', async () => {
    let html = '';
    const code = await run(['report', '--lang', 'ja', '--format', 'html', `examples/${PLANT}`], { out: (s) => void (html += s), err: () => undefined, cwd: repoRoot, env: {} });
    assert.equal(code, 0);
    const browser = await launchBrowser();
    const page = await browser.newPage({ viewport: { width: 1280, height: 1600 } });
    try {
      await page.setContent(html, { waitUntil: 'load' });
      assert.equal(await page.locator('h2').first().textContent(), '実装モデル');
      // Every heading and table cell shows its whole text: no element is wider inside than its box.
      const clipped = await page.evaluate(() =>
        [...document.querySelectorAll('h1, h2, h3, th, td, p, li')]
          .filter((e) => e.scrollWidth > e.clientWidth + 1)
          .map((e) => e.textContent),
      );
      assert.deepEqual(clipped, []);
      // Headers and short cells stay on one line (Japanese would otherwise break after every character).
      const wrapped = await page.evaluate(() =>
        [...document.querySelectorAll('th, .findings td:not(:last-child), .coverage td')]
          .filter((e) => {
            const range = document.createRange();
            range.selectNodeContents(e);
            return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1; // more than one line
          })
          .map((e) => e.textContent),
      );
      assert.deepEqual(wrapped, []);
      await page.screenshot({ path: path.join(screenshotDir, 'ja-report.png'), fullPage: true });
    } finally {
      await browser.close();
    }
  });
});
