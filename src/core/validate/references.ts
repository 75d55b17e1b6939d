// Cross-element checks: unique ids, references that resolve to the right kind of element,
// devices in existing zones, conduits joining two different zones.
import type { Problem } from '../diagnostics';
import type { Plant, Span } from '../model/plant';
import { allReferences } from '../parse/locate';

type Sort = 'zone' | 'device' | 'conduit' | 'flow';
interface Declared { readonly sort: Sort; readonly span: Span }

const err = (code: string, message: string, span: Span, extra?: Partial<Problem>): Problem => ({ code, severity: 'error', message, span, ...extra });

/**
 * First declaration of every id, reporting later ones as duplicate-id. Flows without an explicit id are
 * declared under their default id "from->to" too: a countermeasure may name it (and is then told it names
 * a flow), and two id-less flows between the same devices would share it, so the second is a duplicate.
 */
function declarations(plant: Plant, out: Problem[]): Map<string, Declared> {
  const seen = new Map<string, Declared>();
  const declare = (id: string, sort: Sort, span: Span, implicit = false) => {
    const first = seen.get(id);
    if (!first) return void seen.set(id, { sort, span });
    const message = implicit && first.sort === 'flow'
      ? `Duplicate flow '${id}': another flow already goes between these devices without an id; merge them or give each an 'id'`
      : `Duplicate id '${id}': already used by a ${first.sort}`;
    out.push(err('duplicate-id', message, span, {
      related: [{ span: first.span, message: `'${id}' first declared here` }],
      data: { id, sort, firstSort: first.sort, ...(implicit ? { implicit } : {}) },
    }));
  };
  for (const z of plant.zones) declare(z.id, 'zone', z.idSpan);
  for (const d of plant.devices) declare(d.id, 'device', d.idSpan);
  for (const c of plant.conduits) declare(c.id, 'conduit', c.idSpan);
  for (const f of plant.flows) {
    const implicit = f.id === `${f.from.value}->${f.to.value}` && f.id.includes('->');
    // A flow whose ends are missing has no usable default id (its missing ends are reported).
    if (implicit && (f.from.value === '' || f.to.value === '')) continue;
    declare(f.id, 'flow', f.span, implicit);
  }
  return seen;
}

export function checkReferences(plant: Plant): Problem[] {
  const out: Problem[] = [];
  const ids = declarations(plant, out);
  for (const ref of allReferences(plant)) {
    const target = ids.get(ref.value);
    const wants = ref.expects;
    const ok = target && (wants === 'element' ? target.sort !== 'flow' : target.sort === wants);
    if (ok) continue;
    const data = { id: ref.value, role: ref.role, expects: wants };
    if (ref.role === 'device-zone' && !target) {
      out.push(err('unknown-zone', `Device '${(ref.owner as { id: string }).id}' is in zone '${ref.value}', which is not declared under zones`, ref.span, { data: { ...data, device: (ref.owner as { id: string }).id } }));
    } else if (target) {
      out.push(err('dangling-ref', `'${ref.value}' is a ${target.sort}, but a ${wants === 'element' ? 'zone, device or conduit' : wants} is expected here`, ref.span, {
        related: [{ span: target.span, message: `'${ref.value}' declared here` }],
        data: { ...data, actual: target.sort },
      }));
    } else {
      const where = wants === 'element' ? 'zones, devices or conduits' : `${wants}s`;
      out.push(err('dangling-ref', `Unknown ${wants === 'element' ? 'element' : wants} '${ref.value}' (not declared under ${where})`, ref.span, { data }));
    }
  }
  const zoneParent = new Map(plant.zones.map((z) => [z.id, z.parent?.value] as const));
  for (const z of plant.zones) {
    // Walk up at most |zones| steps: a longer chain must loop.
    let cur = z.parent?.value;
    for (let i = 0; cur !== undefined && i <= plant.zones.length; i++) {
      if (cur === z.id) {
        out.push(err('parent-cycle', `Zone '${z.id}' is nested inside itself through 'parent'`, z.parent!.span, { data: { id: z.id } }));
        break;
      }
      cur = zoneParent.get(cur);
    }
  }
  for (const c of plant.conduits) {
    if (c.from.value !== '' && c.from.value === c.to.value) {
      out.push(err('self-conduit', `Conduit '${c.id}' joins zone '${c.from.value}' to itself; a conduit joins two different zones`, c.to.span, {
        data: { id: c.id, zone: c.from.value },
      }));
    }
  }
  return out;
}
