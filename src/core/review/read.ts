// Reads the `risks:` section from the YAML document. Tolerant like build-plant: wrong-typed fields are
// skipped (the schema reports them), so a half-written entry still keys its finding.
import { isMap, isNode, isScalar, type Document, type Pair } from 'yaml';
import { keyText, nodeSpan, pairSpan } from '../parse/node-at';
import { JUSTIFICATION_PLACEHOLDER, RISK_STATUSES, type RiskDecision, type RiskStatus } from './types';

/** The decisions of `risks:` in document order; the first of repeated keys wins (duplicate-key reports the rest). */
export function readRisks(doc: Document, text?: string): RiskDecision[] {
  const root = doc.contents;
  if (!isMap(root)) return [];
  const section = root.items.find((p) => keyText(p as Pair) === 'risks') as Pair | undefined;
  if (!section || !isMap(section.value)) return [];
  const out: RiskDecision[] = [];
  const seen = new Set<string>();
  for (const pair of section.value.items as Pair[]) {
    const key = keyText(pair);
    if (key === undefined || key === '' || !isNode(pair.key) || seen.has(key)) continue;
    seen.add(key);
    const fields = new Map<string, { value: string; span: ReturnType<typeof nodeSpan> }>();
    if (isMap(pair.value)) {
      for (const f of pair.value.items as Pair[]) {
        const name = keyText(f);
        const v = f.value;
        if (name === undefined || !isScalar(v) || v.value === null || typeof v.value === 'object') continue;
        const value = v.value instanceof Date ? v.value.toISOString().slice(0, 10) : String(v.value);
        if (!fields.has(name)) fields.set(name, { value, span: nodeSpan(v, text) });
      }
    }
    const get = (k: string) => fields.get(k)?.value;
    const status = get('status');
    const d: Record<string, unknown> = { key, keySpan: nodeSpan(pair.key, text), span: pairSpan(pair, text) };
    if (status && (RISK_STATUSES as readonly string[]).includes(status)) d.status = status as RiskStatus;
    for (const k of ['justification', 'owner', 'date', 'ticket', 'expires'] as const) {
      const v = get(k);
      if (v !== undefined && v.trim() !== '' && !(k === 'justification' && v.trim() === JUSTIFICATION_PLACEHOLDER)) d[k] = v.trim();
    }
    const exp = fields.get('expires');
    if (exp) d.expiresSpan = exp.span;
    out.push(d as unknown as RiskDecision);
  }
  return out;
}
