// README's command-line table names every option each command's --help lists (issue 14).
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { catalogUsage } from '../../../src/cli/commands/catalog';
import { checkUsage } from '../../../src/cli/commands/check';
import { diagramUsage } from '../../../src/cli/commands/diagram';
import { diffUsage } from '../../../src/cli/commands/diff';
import { reportUsage } from '../../../src/cli/commands/report';
import { ROOT } from '../../fixtures/golden';

const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## Command line'), readme.indexOf('\n## ', readme.indexOf('## Command line') + 1));

describe('cli: README lists every option', () => {
  const usages: [string, string][] = [['check', checkUsage()], ['report', reportUsage()], ['diagram', diagramUsage()], ['diff', diffUsage()], ['catalog', catalogUsage()]];
  for (const [command, usage] of usages) {
    it(command, () => {
      // A command may have several rows (report: the review document, the register).
      const row = section.split('\n').filter((l) => l.startsWith(`| \`smartfab ${command} `)).join('\n');
      assert.ok(row, `a row for smartfab ${command}`);
      const options = [...usage.matchAll(/^\s+(--[a-z-]+)/gm)].map((m) => m[1]).filter((o) => o !== '--help');
      assert.ok(options.length > 0);
      for (const o of options) assert.ok(row.includes(`\`${o}\``) || row.includes(`[${o}`) || row.includes(` ${o} `), `README's smartfab ${command} row names ${o}`);
      for (const v of [...usage.matchAll(/--(format|theme|fail-on|diagram|lang) ([a-z|-]+)/g)]) {
        for (const choice of v[2].split('|')) assert.ok(row.includes(choice), `README's smartfab ${command} row names ${v[1]} ${choice}`);
      }
    });
  }
  it('says that npm run demo edits the examples and listens on PORT (default 8080)', () => {
    assert.match(readme, /npm run demo[^\n]*\n?[^\n]*examples[^\n]*\n?[^\n]*edits/);
    assert.match(readme, /`PORT`, default 8080|`PORT` \(default 8080\)/);
  });
});
