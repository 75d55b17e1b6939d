// Edits of the `risks:` section through the shared edit session (comments kept, one edit set per action):
// record a decision, remove one, re-key one, and follow an element rename.
import type { Node } from 'yaml';
import { asMap, findPair, keyOf, type MapNode, type PairNode } from '../edit/source';
import { runEdit, type EditSession } from '../edit/session';
import type { EditResult } from '../edit/text-edit';
import { JUSTIFICATION_PLACEHOLDER, renameInKey, type DecisionData } from './types';

/** A `risks:` entry to write: the same fields a decision carries in a finding's data (dates YYYY-MM-DD). */
export type RiskEntryInput = DecisionData;

function riskPairs(s: EditSession): { section?: MapNode; sectionPair?: PairNode; pairs: PairNode[] } {
  const sectionPair = s.src.topPair('risks');
  const section = asMap(sectionPair?.value);
  return { section, sectionPair, pairs: (section?.items as PairNode[] | undefined) ?? [] };
}

/** Adds the decision for `key`, or updates the existing entry's fields (fields not given are kept). */
export function planRiskDecision(s: EditSession, e: RiskEntryInput): void {
  if (!e.key) return s.fail('The decision needs a threat instance key.');
  const { pairs } = riskPairs(s);
  const existing = pairs.find((p) => keyOf(p) === e.key);
  const fields: [string, string | undefined][] = [
    ['status', e.status],
    ['justification', e.justification],
    ['owner', e.owner],
    ['date', e.date],
    ['ticket', e.ticket],
    ['expires', e.expires],
  ];
  const given = fields.filter((f): f is [string, string] => f[1] !== undefined);
  if (existing) {
    const map = asMap(existing.value);
    if (!map) return s.fail(`The decision "${e.key}" is not a mapping; edit it by hand.`);
    for (const [k, v] of given) {
      // Never replace a real justification with the placeholder.
      if (k === 'justification' && v === JUSTIFICATION_PLACEHOLDER && findPair(map, k)) continue;
      s.setScalar(map, k, v);
    }
    return;
  }
  s.appendAt(s.src.root, 'risks', 'map', { key: e.key, value: Object.fromEntries(given) });
}

export function setRiskDecision(text: string, e: RiskEntryInput): EditResult {
  return runEdit(text, (s) => planRiskDecision(s, e));
}

/** Removes the entry for `key`. */
export function planRemoveRisk(s: EditSession, key: string): void {
  const { section, sectionPair, pairs } = riskPairs(s);
  const i = pairs.findIndex((p) => keyOf(p) === key);
  if (!section || i < 0) return s.fail(`There is no decision "${key}".`);
  s.remove(section, i, sectionPair);
}

/** Gives the entry for `key` the key `newKey` (e.g. after an element was renamed outside SmartFab). */
export function planRekeyRisk(s: EditSession, key: string, newKey: string): void {
  const { pairs } = riskPairs(s);
  const pair = pairs.find((p) => keyOf(p) === key);
  if (!pair) return s.fail(`There is no decision "${key}".`);
  if (pairs.some((p) => keyOf(p) === newKey)) return s.fail(`There is already a decision "${newKey}".`);
  s.replaceScalar(pair.key as Node, newKey);
}

/** Re-keys every decision whose key names element `oldId` (part of renaming the element). */
export function planRenameInRisks(s: EditSession, oldId: string, newId: string): void {
  for (const pair of riskPairs(s).pairs) {
    const key = keyOf(pair);
    if (key === undefined) continue;
    const renamed = renameInKey(key, oldId, newId);
    if (renamed !== key) s.replaceScalar(pair.key as Node, renamed);
  }
}
