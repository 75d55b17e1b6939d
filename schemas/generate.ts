// Writes schemas/smartfab.schema.json from src/core/format/schema.ts (`npm run schema`).
// `npm run schema -- --check` exits 1 when the committed file is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { schemaJson } from '../src/core/format/schema';

const file = path.join(__dirname, 'smartfab.schema.json');
const text = schemaJson();
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    // missing file counts as drift
  }
  if (current !== text) {
    process.stderr.write(`${path.relative(process.cwd(), file)} is out of date; run npm run schema\n`);
    process.exit(1);
  }
} else {
  writeFileSync(file, text);
  process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
}
