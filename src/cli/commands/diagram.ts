// `smartfab diagram <file> [--format svg|json] [--theme light|dark|high-contrast] [--output f] [--flows]
//  [--expand zone]… [--collapse-threshold n] [--damage n] [--baseline OLD]`: the plant's zone/conduit diagram as a standalone SVG or the
// laid-out DiagramModel as JSON.
import * as path from 'node:path';
import { oneOf, parseCommandArgs, UsageError, usageLine } from '../args';
import { helpText } from '../help';
import { notAPlant, problemLines, readInput, writeOutputs } from '../files';
import { CliConfigs } from '../config';
import { layoutDiagram } from '../../core/diagram/layout';
import { renderSvg } from '../../core/diagram/svg';
import { jsonSafe } from '../../core/report/safe-text';
import { t } from '../../core/lsp/l10n';
import { layoutNotice } from '../../core/diagram/notices';
import { damageOverlay, type DamageOverlay } from '../../core/diagram/overlay';
import { damageRoutes } from '../../core/diagram/routes';
import { DEFAULT_COLLAPSE_THRESHOLD, type SvgTheme } from '../../core/diagram/types';
import { diagramChanges, type DiagramChanges } from '../../core/diagram/changes';
import { readRevision } from '../revision';

export interface DiagramIo {
  out(s: string): void;
  err(s: string): void;
  readonly cwd?: string;
}

/** `smartfab diagram --help` in the run's language. */
export const diagramUsage = (): string => helpText({
  usage: 'smartfab diagram <file> [options]',
  options: [
    ['--format svg|json', t('output format (default svg)')],
    ['--theme light|dark|high-contrast', t('SVG colours (default light)')],
    ['--flows', t('draw data flows')],
    ['--expand <zone>', t('keep a big zone expanded (repeatable)')],
    ['--collapse-threshold <n>', t('collapse zones with more devices than n (default {0})', DEFAULT_COLLAPSE_THRESHOLD)],
    ['--damage <n>', t("draw damage n's attack routes, threats and countermeasure IDs (SVG)")],
    ['--baseline <old>', t('outline what changed since OLD (a file or REV:path read with git) (SVG)')],
    ['--output, -o <file>', t('write to a file instead of stdout')],
    ['--lang ja|en', t('language of the labels and legend (default: smartfab.config.yaml\'s language, else LC_ALL, LC_MESSAGES or LANG)')],
    ['--help, -h', t('show this help')],
  ],
  notes: t('The output never replaces the plant file and is written whole or not at all.\nExit codes: 0 ok, 1 the file holds no plant (its problems on stderr), 2 usage or I/O error.'),
});

const FORMATS = ['svg', 'json'] as const;
const THEMES: readonly SvgTheme[] = ['light', 'dark', 'high-contrast'];


export async function runDiagram(args: string[], io: DiagramIo): Promise<number> {
  const cwd = io.cwd ?? process.cwd();
  let opts: { file: string; format: 'svg' | 'json'; theme: SvgTheme; flows: boolean; expand: string[]; threshold: number; output?: string; damage?: number; baseline?: string };
  try {
    const { values, positionals } = parseCommandArgs(args, {
      format: { type: 'string', default: 'svg' },
      theme: { type: 'string', default: 'light' },
      flows: { type: 'boolean', default: false },
      expand: { type: 'string', multiple: true, default: [] },
      'collapse-threshold': { type: 'string' },
      damage: { type: 'string' },
      baseline: { type: 'string' },
      output: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
      io.out(diagramUsage());
      return 0;
    }
    if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? t('no file given') : t('give exactly one plant file'));
    const given = values['collapse-threshold'];
    const threshold = given === undefined ? DEFAULT_COLLAPSE_THRESHOLD : Number(given);
    if (!Number.isInteger(threshold) || threshold < 0) throw new UsageError(t("--collapse-threshold must be a whole number (got '{0}')", String(given)));
    const d = values.damage;
    const damage = d === undefined ? undefined : Number(d);
    if (damage !== undefined && (!Number.isInteger(damage) || damage < 1 || damage > 99)) throw new UsageError(t("--damage must be a damage number 1-13 (got '{0}')", String(d)));
    opts = {
      file: positionals[0],
      format: oneOf('format', values.format!, FORMATS),
      theme: oneOf('theme', values.theme!, THEMES),
      flows: values.flows!,
      expand: values.expand!,
      threshold,
      ...(values.output !== undefined ? { output: values.output } : {}),
      ...(damage !== undefined ? { damage } : {}),
      ...(values.baseline !== undefined ? { baseline: values.baseline } : {}),
    };
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(usageLine('diagram', e.message));
    return 2;
  }

  let text: string;
  try {
    text = await readInput(cwd, opts.file);
  } catch (e) {
    io.err(`smartfab diagram: ${(e as Error).message}\n`);
    return 2;
  }
  // The file's smartfab.config.yaml applies as in check and report (severities, ignore, decisions, language).
  const configs = new CliConfigs((s) => io.err(`smartfab diagram: ${s}`));
  const checked = configs.check(path.resolve(cwd, opts.file), text, opts.file).result;
  const blocking = notAPlant(checked);
  if (blocking || !checked.plant) {
    io.err(`smartfab diagram: ${t('{0} holds no plant:', `'${opts.file}'`)}\n${problemLines(opts.file, checked, blocking ?? checked.problems)}`);
    return 1;
  }
  const model = await layoutDiagram(checked.plant, checked.problems, {
    showFlows: opts.flows,
    expanded: opts.expand,
    collapseThreshold: opts.threshold,
  });
  if (model.layout) io.err(`smartfab diagram: ${t('note: {0}', layoutNotice(model.layout))}\n`);
  let overlay: DamageOverlay | undefined;
  if (opts.damage !== undefined) {
    const damages = checked.analysis ? damageRoutes(checked.analysis) : [];
    overlay = damageOverlay(model, damages, opts.damage);
    if (!overlay) {
      const known = damages.map((x) => x.id).join(', ') || t('none');
      io.err(`smartfab diagram: ${t("damage {0} is not among this plant's damages ({1})", opts.damage, known)}\n`);
      return 2;
    }
  }
  let changes: DiagramChanges | undefined;
  if (opts.baseline !== undefined) {
    try {
      const old = await readRevision(opts.baseline, cwd);
      changes = diagramChanges(configs.check(path.resolve(cwd, opts.file), old.text, old.file).result, checked, old.label);
    } catch (e) {
      io.err(`smartfab diagram: ${(e as Error).message}\n`);
      return 2;
    }
  }
  const title = checked.plant.meta.name ?? path.basename(opts.file);
  const out = opts.format === 'json' ? jsonSafe(JSON.stringify(model, null, 2)) + '\n' : renderSvg(model, { theme: opts.theme, title, ...(overlay && { overlay }), ...(changes && { changes }) });
  if (opts.output === undefined) {
    io.out(out);
    return 0;
  }
  try {
    await writeOutputs([{ path: path.resolve(cwd, opts.output), content: out }], [path.resolve(cwd, opts.file)], (p) => path.relative(cwd, p) || p);
  } catch (e) {
    io.err(`smartfab diagram: ${(e as Error).message}\n`);
    return 2;
  }
  return 0;
}
