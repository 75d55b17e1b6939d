// `smartfab catalog [--format json|text] [--lang en|ja]`: prints the IPA catalogue.
// JSON is the whole catalogue as data; text is a readable listing by model, damage and threat.
import { parseCommandArgs, UsageError, usageLine } from '../args';
import { helpText } from '../help';
import { catalog } from '../../core/catalog/index';
import type { MeasureTarget, Text } from '../../core/catalog/types';
import { currentLang, t, withLang } from '../../core/l10n/lang';

/** `smartfab catalog --help` in the run's language. */
export const catalogUsage = (): string => helpText({
  usage: 'smartfab catalog [options]',
  intro: t('Prints the IPA smart-factory catalogue: implementation models, damages, threats (A1-L3),\nmeasure kinds (1-18) and countermeasure IDs (ID1-1..ID18-1) with their targets.'),
  options: [
    ['--format text|json', t('output format (default text)')],
    ['--lang en|ja', t('language of the text output (default from LC_ALL, LC_MESSAGES or LANG)')],
    ['--help, -h', t('show this help')],
  ],
});

interface Io {
  out(s: string): void;
  err(s: string): void;
}

type Lang = 'en' | 'ja';

export async function runCatalog(args: string[], io: Io): Promise<number> {
  let values: { format?: string; lang?: string; help?: boolean };
  try {
    const parsed = parseCommandArgs(args, { format: { type: 'string' }, lang: { type: 'string' }, help: { type: 'boolean', short: 'h' } });
    values = parsed.values;
    if (parsed.positionals.length) throw new UsageError(t('unexpected argument {0}', `'${parsed.positionals[0]}'`));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(usageLine('catalog', e.message));
    return 2;
  }
  if (values.help) {
    io.out(catalogUsage());
    return 0;
  }
  const format = values.format ?? 'text';
  const lang = values.lang ?? currentLang();
  if (format !== 'text' && format !== 'json') {
    io.err(usageLine('catalog', t('{0} must be one of {1} (got {2})', '--format', 'text, json', `'${format}'`)));
    return 2;
  }
  if (lang !== 'en' && lang !== 'ja') {
    io.err(usageLine('catalog', t('{0} must be one of {1} (got {2})', '--lang', 'en, ja', `'${lang}'`)));
    return 2;
  }
  io.out(format === 'json' ? `${JSON.stringify(catalog, null, 2)}\n` : formatCatalogText(lang));
  return 0;
}

function describeTarget(target: MeasureTarget): string {
  if (target.type === 'device') return `device: ${target.deviceKinds.join('|')}`;
  if (target.type === 'network') return `zone: ${target.zoneKinds.join('|')}`;
  const side = (s: (typeof target.between)[number]) => [...(s.zoneKinds ?? []), ...(s.deviceKinds ?? [])].join('|');
  return `boundary: ${side(target.between[0])} <-> ${side(target.between[1])}`;
}

/** The readable listing; `lang` picks the language of the report texts. */
export function formatCatalogText(lang: Lang = 'en'): string {
  return withLang(lang, () => catalogText(lang));
}

function catalogText(lang: Lang): string {
  const tx = (x: Text) => x[lang];
  const c = catalog;
  const lines: string[] = [
    t('IPA smart-factory catalogue: {0} models, {1} damages, {2} threats, {3} measure kinds, {4} countermeasure IDs',
      c.models.length, c.damages.length, c.threats.length, c.measureKinds.length, c.countermeasures.length),
    '',
  ];
  for (const m of c.models) {
    lines.push(`${t('Model {0}', m.id)}: ${tx(m.title)}`);
    if (m.noThreatsNote) lines.push(`  ${tx(m.noThreatsNote)}`);
    for (const dn of m.damages) {
      const d = c.damages.find((x) => x.id === dn);
      if (!d) continue;
      lines.push(`  ${t('Damage {0}', d.id)}${d.priority ? ` ${t('(priority)')}` : ''}: ${tx(d.title)}`);
      for (const th of c.threats.filter((x) => x.damages.includes(dn))) {
        const ids = th.measures.map((id) => `ID${id}`).join(' ');
        lines.push(`    ${th.id.padEnd(3)} ${(th.kind === 'entry' ? t('entry') : t('path')).padEnd(5)} ${tx(th.title)}  [${ids}]`);
      }
    }
    lines.push('');
  }
  lines.push(t('Measure kinds:'));
  for (const k of c.measureKinds) lines.push(`  ${String(k.id).padStart(2)} ${tx(k.title)}  (${t('models {0}', k.models.join(', '))})`);
  lines.push('', t('Countermeasure IDs:'));
  for (const cm of c.countermeasures) {
    const id = `ID${cm.id}`.padEnd(7);
    lines.push(`  ${id} ${tx(cm.targetLabel)}  [${describeTarget(cm.target)}]  ${t('threats {0}', cm.threats.join(' '))}${cm.erratum ? `  ${t('(erratum)')}` : ''}`);
  }
  lines.push('', t('Errata:'));
  for (const e of c.errata) lines.push(`  - ${tx(e)}`);
  return `${lines.join('\n')}\n`;
}
