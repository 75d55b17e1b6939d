// "New Plant…": a commented plant for one of the report's implementation models (1-7) or a combination,
// built from the bundled examples (examples/model-N-*.smartfab.yaml) without countermeasures, so the
// model's threats show as findings at once. Pure: the caller reads the example files.
import { isMap, isSeq, parseDocument, type Document, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { t } from '../lsp/l10n';

/** The example file of each implementation model, as shipped in examples/. */
export const MODEL_EXAMPLES: Readonly<Record<number, string>> = {
  1: 'model-1-single-factory.smartfab.yaml',
  2: 'model-2-multi-factory.smartfab.yaml',
  3: 'model-3-remote-monitoring.smartfab.yaml',
  4: 'model-4-remote-maintenance.smartfab.yaml',
  5: 'model-5-patch-distribution.smartfab.yaml',
  6: 'model-6-robots.smartfab.yaml',
  7: 'model-7-drone-inspection.smartfab.yaml',
};

/** Sections keyed by element id: merged by id, the first model's element wins. */
const ID_SECTIONS = ['zones', 'devices', 'conduits'] as const;

/** The file name a new plant of `models` is proposed under: `model-1.smartfab.yaml`, `model-1-4.smartfab.yaml`. */
export function newPlantName(models: readonly number[]): string {
  return `model-${[...models].sort((a, b) => a - b).join('-')}.smartfab.yaml`;
}

/**
 * The text of a new plant of the chosen models (ascending, distinct), from `examples` (model → example text).
 * One model: its example with a guiding header and no `countermeasures:`. Several: the first example with the
 * zones, devices and conduits of the others added by id (the examples share the ids of common parts such as
 * ctrl-info and scada), their flows appended and `models:` listing them all. Errors: an unknown model or a
 * missing or malformed example throws (the examples ship with the extension; a failure is a packaging bug).
 */
export function newPlantText(models: readonly number[], examples: Readonly<Record<number, string>>): string {
  const chosen = [...new Set(models)].sort((a, b) => a - b);
  if (chosen.length === 0) throw new Error('No implementation model chosen.');
  const parts = chosen.map((m) => {
    const text = examples[m];
    if (text === undefined || !MODEL_EXAMPLES[m]) throw new Error(`No example for implementation model ${m}.`);
    const { comment, body } = splitHeader(text);
    const doc = parseDocument(body);
    if (doc.errors.length || !isMap(doc.contents)) throw new Error(`The example of model ${m} is not a plant.`);
    return { comment, body, doc };
  });
  const [base, ...rest] = parts;
  let body = base.body;
  // The examples have no countermeasures; should one gain some, the new plant still starts without.
  if (rest.length > 0 || base.doc.has('countermeasures')) {
    base.doc.delete('countermeasures');
    for (const p of rest) merge(base.doc, p.doc);
    if (rest.length > 0) {
      base.doc.set('models', base.doc.createNode(chosen, { flow: true }));
      base.doc.setIn(['plant', 'name'], t('Implementation models {0}', chosen.join(' + ')));
      base.doc.deleteIn(['plant', 'description']);
    }
    body = base.doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  }
  const guide = [
    t('New SmartFab plant: implementation model(s) {0} of the IPA smart-factory security report.', chosen.join(', ')),
    t('Rename zones and devices to match your plant; findings appear in the Problems panel as you type.'),
    t('Ctrl+. on a finding offers fixes; countermeasures go under `countermeasures:` (IDs such as ID8-1).'),
  ].map((l) => `# ${l}`);
  // The line saying the example has no countermeasures is the example's, not the new plant's.
  const about = parts.map((p) => p.comment.filter((l) => !/No countermeasures/i.test(l)).join('\n')).filter(Boolean);
  return `${[...guide, '#', ...about.flatMap((a, i) => (i ? ['#', a] : [a]))].join('\n')}\n${body}`;
}

/** The leading comment lines of a file and the rest. */
function splitHeader(text: string): { comment: string[]; body: string } {
  const lines = text.split('\n');
  let i = 0;
  while (i < lines.length && lines[i].startsWith('#')) i++;
  return { comment: lines.slice(0, i), body: lines.slice(i).join('\n') };
}

/** Adds `from`'s zones, devices, conduits and flows (new ids only) to `into`. */
function merge(into: Document, from: Document): void {
  for (const section of ID_SECTIONS) {
    const src = from.get(section, true);
    if (!isMap(src)) continue;
    let dst = into.get(section, true);
    if (!isMap(dst)) {
      into.set(section, src);
      continue;
    }
    const have = new Set((dst as YAMLMap).items.map((p) => String((p.key as { value?: unknown })?.value ?? p.key)));
    for (const pair of (src as YAMLMap).items as Pair[]) {
      const id = String((pair.key as { value?: unknown })?.value ?? pair.key);
      if (!have.has(id)) (dst as YAMLMap).items.push(pair);
    }
  }
  const flows = from.get('flows', true);
  if (isSeq(flows)) {
    const dst = into.get('flows', true);
    if (!isSeq(dst)) return void into.set('flows', flows);
    // Flows merge by id too: an explicit `id`, else the default "from->to" (two such would be duplicate-id).
    const flowId = (n: unknown) => {
      const f = isMap(n) ? (n.toJSON() as { id?: unknown; from?: unknown; to?: unknown }) : {};
      return f.id !== undefined ? String(f.id) : `${String(f.from)}->${String(f.to)}`;
    };
    const have = new Set((dst as YAMLSeq).items.map(flowId));
    for (const item of (flows as YAMLSeq).items) if (!have.has(flowId(item))) (dst as YAMLSeq).items.push(item);
  }
}
