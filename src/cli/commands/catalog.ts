// `smartfab catalog [--format json|text] [--lang en|ja]`: prints the IPA catalogue.
// JSON is the whole catalogue as data; text is a readable listing by model, damage and threat.
import { parseCommandArgs, UsageError, usageLine } from '../args';
import { catalog } from '../../core/catalog/index';
import type { MeasureTarget, Text } from '../../core/catalog/types';

export const CATALOG_USAGE = `Usage: smartfab catalog [options]

Prints the IPA smart-factory catalogue: implementation models, damages, threats (A1-L3),
measure kinds (1-18) and countermeasure IDs (ID1-1..ID18-1) with their targets.

Options:
  --format text|json   output format (default text)
  --lang en|ja         language of the text output (default en)
  --help, -h           show this help
`;

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
    if (parsed.positionals.length) throw new UsageError(`unexpected argument '${parsed.positionals[0]}'`);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(usageLine('catalog', e.message));
    return 2;
  }
  if (values.help) {
    io.out(CATALOG_USAGE);
    return 0;
  }
  const format = values.format ?? 'text';
  const lang = values.lang ?? 'en';
  if (format !== 'text' && format !== 'json') {
    io.err(`smartfab catalog: --format must be one of text, json (got '${format}')\n`);
    return 2;
  }
  if (lang !== 'en' && lang !== 'ja') {
    io.err(`smartfab catalog: --lang must be one of en, ja (got '${lang}')\n`);
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
  const tx = (x: Text) => x[lang];
  const c = catalog;
  const lines: string[] = [
    `IPA smart-factory catalogue: ${c.models.length} models, ${c.damages.length} damages, ${c.threats.length} threats, ` +
      `${c.measureKinds.length} measure kinds, ${c.countermeasures.length} countermeasure IDs`,
    '',
  ];
  for (const m of c.models) {
    lines.push(`Model ${m.id}: ${tx(m.title)}`);
    if (m.noThreatsNote) lines.push(`  ${tx(m.noThreatsNote)}`);
    for (const dn of m.damages) {
      const d = c.damages.find((x) => x.id === dn);
      if (!d) continue;
      lines.push(`  Damage ${d.id}${d.priority ? ' (priority)' : ''}: ${tx(d.title)}`);
      for (const th of c.threats.filter((x) => x.damages.includes(dn))) {
        const ids = th.measures.map((id) => `ID${id}`).join(' ');
        lines.push(`    ${th.id.padEnd(3)} ${th.kind.padEnd(5)} ${tx(th.title)}  [${ids}]`);
      }
    }
    lines.push('');
  }
  lines.push('Measure kinds:');
  for (const k of c.measureKinds) lines.push(`  ${String(k.id).padStart(2)} ${tx(k.title)}  (models ${k.models.join(', ')})`);
  lines.push('', 'Countermeasure IDs:');
  for (const cm of c.countermeasures) {
    const id = `ID${cm.id}`.padEnd(7);
    lines.push(`  ${id} ${tx(cm.targetLabel)}  [${describeTarget(cm.target)}]  threats ${cm.threats.join(' ')}${cm.erratum ? '  (erratum)' : ''}`);
  }
  lines.push('', 'Errata:');
  for (const e of c.errata) lines.push(`  - ${tx(e)}`);
  return `${lines.join('\n')}\n`;
}
