// One diagram key per flow entry. A flow's id is optional (default "from->to"), so two id-less flows between
// the same devices share an id; the diagram still has to select, badge and delete each one (issue 10).
import { idError } from '../format/ids';
import type { Plant } from '../model/plant';

/**
 * Keys of `plant.flows`, index for index: the flow's id when no other flow or element has it, else
 * `<id>#<n>` with n the flow's 1-based position in `flows:` (stable while the entries above stay).
 */
export function flowKeys(plant: Plant): string[] {
  const taken = new Set<string>();
  for (const e of [...plant.zones, ...plant.devices, ...plant.conduits]) taken.add(e.id);
  const count = new Map<string, number>();
  for (const f of plant.flows) count.set(f.id, (count.get(f.id) ?? 0) + 1);
  return plant.flows.map((f, i) => (count.get(f.id) === 1 && !taken.has(f.id) ? f.id : `${f.id}#${i + 1}`));
}

const OCCURRENCE = /#[1-9]\d{0,5}$/;

/**
 * True when `v` is a key flowKeys can give: a valid id (format/ids.ts), or `<from>-><to>` of two valid ids,
 * either optionally followed by `#<n>`. The webview sends these back (select, reveal, delete), so they are
 * checked with the same id rule as every other element id.
 */
export function isFlowKey(v: unknown): v is string {
  if (typeof v !== 'string') return false;
  const base = v.replace(OCCURRENCE, '');
  const valid = (id: string) => idError(id) === undefined;
  if (valid(base)) return true;
  const arrow = base.indexOf('->');
  return arrow > 0 && valid(base.slice(0, arrow)) && valid(base.slice(arrow + 2));
}
