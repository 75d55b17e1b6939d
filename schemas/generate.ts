// Writes schemas/smartfab.schema.json from src/core/format/schema.ts and schemas/smartfab-config.schema.json
// from src/core/config/schema.ts (`npm run schema`). `npm run schema -- --check` exits 1 when a committed
// file is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { configSchemaJson } from '../src/core/config/schema';
import { schemaJson } from '../src/core/format/schema';

const outputs: [string, string][] = [
  [path.join(__dirname, 'smartfab.schema.json'), schemaJson()],
  [path.join(__dirname, 'smartfab-config.schema.json'), configSchemaJson()],
];
let stale = false;
for (const [file, text] of outputs) {
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(file, 'utf8');
    } catch {
      // missing file counts as drift
    }
    if (current !== text) {
      process.stderr.write(`${path.relative(process.cwd(), file)} is out of date; run npm run schema\n`);
      stale = true;
    }
  } else {
    writeFileSync(file, text);
    process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
  }
}
if (stale) process.exit(1);
