// README.md is what a user reads first: its example must validate and its commands must exist.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { checkText } from '../../../src/core/check';

const root = path.resolve(__dirname, '../../..');
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };

describe('README', () => {
  it('starts with what SmartFab does, then gives the set-up and test commands', () => {
    const commands = readme.indexOf('## Two commands');
    assert.ok(commands > 0 && readme.indexOf('```sh', commands) > 0);
    assert.match(readme, /npm ci && npm run build && npx smartfab check examples/);
    assert.match(readme, /```sh\nnpm test\n```/);
  });

  it('names only npm scripts that exist', () => {
    const named = [...readme.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]);
    assert.ok(named.length > 5);
    for (const s of named) assert.ok(pkg.scripts[s], `README names "npm run ${s}" but package.json has no such script`);
  });

  it('has a plant example that validates and whose analysis counts the declared measures', () => {
    const yaml = /```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
    assert.ok(yaml);
    const result = checkText(yaml);
    const validation = result.problems.filter((p) => !result.analysis?.findings.includes(p));
    assert.deepEqual(validation.map((p) => `${p.code}: ${p.message}`), []);
    const a4 = result.problems.find((p) => p.code === 'threat-A4');
    assert.ok(a4, 'the example shows threat A4');
    assert.ok(!(a4.data?.missing as string[]).includes('8-1'), 'the firewall on the conduit counts as ID8-1');
  });
});
