// Declarations the topology contradicts: a DMZ that a route still bypasses, a filtering measure declared
// on a conduit with no filtering device, and an ID declared planned where the topology already shows it
// (the analysis follows the text: "planned" stays planned).
import { lazyProblem, type Problem, type ProblemDetail } from '../../diagnostics';
import type { Conduit } from '../../model/plant';
import { currentLang, t, withLang } from '../../lsp/l10n';
import { filteringDevices, measureKind } from '../covers';
import { MAX_ROUTES_LISTED } from '../findings';
import type { GuidanceRule } from './context';
import { dmzCover, isDmz } from './context';

/**
 * A DMZ (measure 9: no direct communication between the two sides, §2.3.7-2.3.8) that some route does
 * not cross: an error when a DMZ zone lies on another route of the pair, a warning when 9-x is declared
 * implemented and the topology shows no DMZ on the bypass. On the bypassing entry conduit.
 */
export const dmzBypassed: GuidanceRule = (ctx) => {
  const out: Problem[] = [];
  const seen = new Set<string>();
  for (const { inst, boundary: b } of ctx.instances) {
    if (!b) continue;
    const dmzIds = inst.measures.filter((m) => measureKind(m.id) === 9);
    if (dmzIds.length === 0 || seen.has(b.pair.key)) continue;
    seen.add(b.pair.key);
    const cut = ctx.routes.cut(b.pair, dmzCover(ctx));
    if (cut.cut) continue;
    // A DMZ the search ran into lies on a route when the protected side is reached from it.
    // Searched only when the search ran into a DMZ zone (many boundaries, few DMZs).
    const dmzs = cut.blockers.map((x) => x.id).filter((z) => isDmz(ctx, z));
    const coReach = dmzs.some((z) => !b.pair.targets.has(z))
      ? ctx.routes.reach(`co:${b.pair.intoKey ?? b.pair.key}`, [...b.pair.targets], { backward: true, passable: b.pair.passable })
      : undefined;
    const dmz = dmzs.find((z) => b.pair.targets.has(z) || coReach?.has(z));
    // Declared: the text puts 9-x on the boundary (on every route, or on some: `partial`). A DMZ zone the
    // routes cross counts as `dmz` above, so whatever else carries it here is a declaration.
    const declared = dmzIds.some((m) => m.state === 'present' || (m.partial?.length ?? 0) > 0);
    if (!declared && !dmz) continue;
    const [first, ...rest] = cut.uncovered;
    // A dense plant has hundreds of bypasses: the first ones are listed, `bypassesMore` counts the rest.
    const others = rest.slice(0, MAX_ROUTES_LISTED - 1);
    const unlisted = rest.length - others.length;
    const last = ctx.index.conduits.get(first.entry)!;
    // Worded on first read, in this run's language (a meshed plant has thousands; the output lists 200).
    const lang = currentLang();
    out.push(lazyProblem({ code: 'dmz-bypassed', severity: dmz ? 'error' : 'warning', span: last.idSpan }, () => withLang(lang, (): ProblemDetail => {
      const what = dmz ? t('DMZ {0}', dmz) : t('the DMZ declared ({0})', dmzIds.map((m) => `ID${m.id}`).join(', '));
      const also = [...others.map((r) => t('route {0}', r.zones.join(' → '))), ...(unlisted > 0 ? [t('{0} more', unlisted)] : [])];
      const more = others.length > 0 ? ` ${t('Also bypassed: {0}.', also.join('; '))}` : '';
      return {
        message: t('{0} between {1} and {2} is bypassed: route {3} does not cross it.', what, b.source, b.target, first.zones.join(' → ')) + more,
        related: [
          ...first.conduits.slice(0, -1).map((id) => ({ span: ctx.index.conduits.get(id)!.idSpan, message: t('bypass continues on {0}', id) })),
          ...others.map((r) => ({ span: ctx.index.conduits.get(r.entry)!.idSpan, message: t('also bypassed: route {0}', r.zones.join(' → ')) })),
          ...(dmz ? [{ span: ctx.index.zones.get(dmz)!.idSpan, message: t('DMZ {0}', dmz) }] : []),
        ],
        data: {
          from: b.source,
          to: b.target,
          dmz,
          route: first.conduits,
          routeZones: first.zones,
          bypasses: [first, ...others].map((r) => ({ conduit: r.entry, route: r.conduits, routeZones: r.zones })),
          ...(unlisted > 0 && { bypassesMore: unlisted }),
          ...(!dmz && { declared: dmzIds.map((m) => m.id) }),
          target: last.id,
          targetType: 'conduit',
          threat: inst.threat,
        },
      };
    })));
  }
  return out;
};

export const filteringWithoutDevice: GuidanceRule = (ctx) => {
  const out: Problem[] = [];
  for (const m of ctx.index.plant.measures) {
    if (m.status !== 'implemented' || measureKind(m.measure.value) !== 8) continue;
    const c = ctx.index.conduits.get(m.target.value);
    if (!c || filteringDevices(ctx.index, c).length > 0) continue;
    out.push({
      code: 'filtering-without-device',
      severity: 'warning',
      message: `ID${m.measure.value} is declared implemented on conduit ${c.id}, but no firewall or filtering switch/router is in its via.`,
      span: m.measure.span,
      related: [{ span: c.idSpan, message: `conduit ${c.id}` }],
      data: { measure: m.measure.value, conduit: c.id, target: c.id, targetType: 'conduit' },
    });
  }
  return out;
};

/**
 * An entry says `planned` where the topology already shows the measure (a firewall, DMZ, IDS or VPN on
 * that element, or on every route of an instance whose end the entry names). The text wins, so the ID
 * counts as planned; the contradiction is reported on the entry's status.
 */
export const plannedButShown: GuidanceRule = (ctx) => {
  const out: Problem[] = [];
  const done = new Set<unknown>();
  const report = (e: (typeof ctx.index.plant.measures)[number], shown: string) => {
    if (done.has(e)) return;
    done.add(e);
    out.push({
      code: 'planned-but-shown',
      severity: 'warning',
      message: t('ID{0} is declared planned on {1}, but the topology already shows it ({2}); the analysis follows the text: update the status or the plant.', e.measure.value, e.target.value, shown),
      span: e.statusSpan ?? e.measure.span,
      data: { measure: e.measure.value, target: e.target.value, shown },
    });
  };
  const viaOf = new Map<string, Conduit[]>();
  for (const c of ctx.index.conduits.values()) {
    for (const v of c.via) {
      const list = viaOf.get(v.value);
      if (list) list.push(c);
      else viaOf.set(v.value, [c]);
    }
  }
  for (const e of ctx.index.plant.measures) {
    if (e.status !== 'planned') continue;
    const kind = measureKind(e.measure.value);
    const id = e.target.value;
    const c = ctx.index.conduits.get(id);
    let shown = c ? ctx.covers.shownOnConduit(kind, c) : ctx.index.zones.has(id) ? ctx.covers.shownOnZone(kind, id) : undefined;
    for (const via of shown ? [] : (viaOf.get(id) ?? [])) shown ??= ctx.covers.shownOnConduit(kind, via);
    if (shown) report(e, shown);
  }
  // An end zone or device of an instance says planned while every route shows the ID.
  for (const { inst } of ctx.instances) {
    for (const m of inst.measures) {
      if (m.state !== 'planned' || !m.shown) continue;
      for (const target of [...inst.zones, ...inst.devices]) {
        for (const e of ctx.index.entries(target, m.id)) if (e.status === 'planned') report(e, m.shown);
      }
    }
  }
  return out;
};
