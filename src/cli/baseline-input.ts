// `smartfab check --baseline OLD`: OLD is a plant file or REV:path (one checked file), or a git revision
// (each checked file is compared with its own version there; a file absent there is all new).
import { t } from '../core/l10n/lang';
import { stat } from 'node:fs/promises';
import * as path from 'node:path';
import type { CheckResult } from '../core/check';
import type { CliConfigs } from './config';
import { readAtRevision, readRevision } from './revision';

/** The baseline of each checked file (absolute path -> its baseline check, undefined when absent there). */
export async function loadBaselines(spec: string, absFiles: readonly string[], cwd: string, configs: CliConfigs): Promise<Map<string, { result?: CheckResult }>> {
  const out = new Map<string, { result?: CheckResult }>();
  const isFile = (await stat(path.resolve(cwd, spec)).catch(() => undefined))?.isFile() === true;
  if (isFile || spec.includes(':')) {
    if (absFiles.length !== 1) throw new Error(t('--baseline with a file or REV:path compares one checked file; give a git revision to compare several'));
    const side = await readRevision(spec, cwd);
    out.set(absFiles[0], { result: configs.check(absFiles[0], side.text, spec).result });
    return out;
  }
  for (const abs of absFiles) {
    const text = await readAtRevision(spec, abs, cwd);
    out.set(abs, text === undefined ? {} : { result: configs.check(abs, text, `${spec}:${path.relative(cwd, abs)}`).result });
  }
  return out;
}
