// Messages of the threat analysis and its guidance (docs/analysis.md) rendered from a finding's code
// and data in the current language, naming threats, damages and countermeasure IDs with the IPA report's
// titles. Rendering lives here, apart from the rules, so a rule only has to keep its data.
import { modelById } from '../catalog/index';
import type { Problem } from '../diagnostics';
import { currentLang, jaMessages, pick, t } from './lang';
import { damageName, list, measureName, measureNames, threatName, wirelessName } from './names';

type Data = Readonly<Record<string, unknown>>;
const s = (v: unknown) => String(v ?? '');
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const route = (v: unknown) => arr(v).map(String).join(' → ');
/** Sentences one after the other: Japanese sentences end in 。 (added where a template ends otherwise) and need no space. */
const sentences = (...xs: string[]) => {
  const parts = xs.filter(Boolean);
  if (currentLang() !== 'ja') return parts.join(' ');
  return parts.map((x, i) => (i < parts.length - 1 && !x.endsWith('。') ? `${x}。` : x)).join('');
};

/** What the topology must show for a model (src/core/analysis/models.ts MODEL_SIGNATURES). */
function modelShows(model: number): string {
  switch (model) {
    case 1: return t('an IoT network joined to a control network (information side) and an on-site analysis server');
    case 2: return t('a data analysis service on a WAN');
    case 3: return t('a cloud analysis server or a remote monitoring/control terminal');
    case 4: return t('a vendor zone or vendor maintenance terminal');
    case 5: return t('a patch distribution server');
    case 6: return t('robots, a robot server, a robot network or a maintenance PC');
    case 7: return t('drones');
    default: return t('such elements');
  }
}

/** "DMZ dmz1" / "patch distribution server p1": the outside end of a field-direct-conduit (its data). */
export function outsideName(d: { outside?: unknown; dmz?: unknown; device?: unknown }): string {
  return d.outside === 'dmz' ? t('DMZ {0}', s(d.dmz)) : t('patch distribution server {0}', s(d.device));
}

/**
 * What the topology shows for a measure (src/core/analysis/covers.ts), as the analysis worded it in its process
 * language. The evidence is text, not data, so it is matched against these templates in either language and
 * worded again (the templates are covers.ts's own t() keys); other text is kept as written.
 */
const SHOWN_TEMPLATES: readonly string[] = [
  'filtering device on {0} ({1})', 'IDS/IPS on {0} ({1})', '{0} monitors {1}', 'VPN on {0}', 'DMZ {0}', '{0} is a closed carrier network',
  'ID{0} declared on {1}', 'ID{0} not applicable on {1}', 'ID{0} planned on {1}', '{0} more',
];
const templateRe = (tpl: string) => new RegExp(`^${tpl.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{(\d+)\\?\}/g, (_, n: string) => `(?<a${n}>.+?)`)}$`);

/** Topology evidence (several joined by "; ", src/core/analysis/evidence.ts) in the current language. */
export function shownText(shown: string): string {
  return shown.split('; ').map(oneShown).join(t('; '));
}

function oneShown(shown: string): string {
  for (const key of SHOWN_TEMPLATES) {
    for (const tpl of [key, jaMessages()[key]]) {
      const m = tpl ? templateRe(tpl).exec(shown) : null;
      if (!m) continue;
      const args = m.groups ?? {};
      const count = (key.match(/\{\d+\}/g) ?? []).length;
      return t(key, ...Array.from({ length: count }, (_, n) => args[`a${n}`] ?? ''));
    }
  }
  return shown;
}

/** At most this many other uncovered entry conduits are named (src/core/analysis/findings.ts). */
const ENTRIES_NAMED = 5;

/** "Also uncovered: by2 (route iot → ctrl, lacks ID8-1); 2 more." from the finding's uncovered routes. */
function alsoUncovered(d: Data): string {
  const all = arr(d.uncovered).map((u) => u as { conduit?: unknown; routeZones?: unknown; lacking?: unknown });
  const others = all.filter((u) => u.conduit !== d.target);
  const more = others.length - Math.min(others.length, ENTRIES_NAMED) + (typeof d.uncoveredMore === 'number' ? d.uncoveredMore : 0);
  if (others.length === 0) return '';
  const listed = others.slice(0, ENTRIES_NAMED).map((u) => t('{0} (route {1}, lacks {2})', s(u.conduit), route(u.routeZones), arr(u.lacking).map((id) => `ID${s(id)}`).join(', ')));
  if (more > 0) listed.push(t('{0} more', more));
  return t('Also uncovered: {0}.', listed.join(t('; ')));
}

/** explanations() of src/core/analysis/findings.ts from the finding's data: IDs in place elsewhere, idle detectors. */
function explained(d: Data): string[] {
  const partial = arr(d.partial).map((x) => x as { id?: unknown; on?: unknown; more?: unknown; routeZones?: unknown; entry?: unknown });
  const idle = arr(d.idle).map((x) => arr((x as { detectors?: unknown }).detectors).map((y) => y as { device?: unknown; zone?: unknown }));
  return [
    ...partial.map((p) => {
      const on = [...arr(p.on).map((w) => shownText(s(w))), ...(typeof p.more === 'number' && p.more > 0 ? [t('{0} more', p.more)] : [])];
      return t('ID{0} is in place on other routes ({1}), but route {2} over {3} lacks it.', s(p.id), on.join(t('; ')), route(p.routeZones), s(p.entry));
    }),
    ...idle.map((ds) => t('IDS/IPS {0} but is neither inline on nor monitoring these routes: add it to the via of the entry conduit, or list the zone or conduit under its monitors.', ds.map((x) => t('{0} sits in {1}', s(x.device), s(x.zone))).join(', '))),
  ];
}

function threatMessage(d: Data): string {
  const threat = threatName(s(d.threat));
  const damages = list(arr(d.damages).map((n) => damageName(Number(n))));
  const where = arr(d.routeZones).length > 1 ? t(' (route {0})', route(d.routeZones)) : '';
  const parts: string[] = [];
  if (arr(d.missing).length) parts.push(t('missing {0}', measureNames(arr(d.missing))));
  if (arr(d.planned).length) parts.push(t('planned {0}', measureNames(arr(d.planned))));
  const pending = [...arr(d.missing), ...arr(d.planned)];
  const onlyOptional = pending.length > 0 && pending.every((id) => arr(d.optional).includes(id));
  const head = t('{0} [{1}] on {2}{3}: {4}.', threat, damages, s(d.target), where, parts.join(t('; ')));
  return sentences(head, ...explained(d), alsoUncovered(d), onlyOptional ? t('Only measures §2.3.8 leaves optional here.') : '');
}

function suppressedMessage(d: Data): string {
  const na = arr(d.notApplicable).map((x) => x as { id: unknown; reason: unknown });
  const reasons = na.map((m) => t('{0}: {1}', measureName(s(m.id)), s(m.reason))).join(t('; '));
  return t('{0} on {1}: not applicable ({2}).', threatName(s(d.threat)), s(d.target), reasons);
}

function wirelessMessage(p: Problem, d: Data): string {
  const tech = wirelessName(s(d.wireless));
  const unseparated = arr(d.unseparated).map(String);
  const head = unseparated.length
    ? t('{0} uses {1} and reaches {2} without a DMZ', s(d.zone), tech, list(unseparated))
    : t('{0} uses {1}', s(d.zone), tech);
  const advice = p.code === 'wireless-lorawan'
    ? t('limit the direction to sensor → gateway, filter unregistered devices at the LoRaWAN gateway / network server, lock the enclosures, manage admin accounts and known vulnerabilities, and separate the LoRaWAN equipment from existing equipment with a DMZ')
    : t('use the core’s authentication (SIM and IMEI), protect SIM cards against theft, harden the base station and core, and separate the Local 5G equipment from existing equipment with a DMZ');
  return t('{0}: {1} advises to {2}.', head, s(d.ref), advice);
}

/** The message of an analysis finding, or undefined when the code or its data is not the analysis's. */
export function analysisMessage(p: Problem): string | undefined {
  const d: Data = p.data ?? {};
  if (p.code.startsWith('threat-') && typeof d.threat === 'string') return threatMessage(d);
  switch (p.code) {
    case 'suppressed':
      return typeof d.threat === 'string' ? suppressedMessage(d) : undefined;
    case 'model-mismatch':
      return d.declared
        ? t('Model {0} is declared but the topology does not show {1}.', s(d.model), modelShows(Number(d.model)))
        : t('The topology shows model {0} ({1}) but models: does not declare it.', s(d.model), modelShows(Number(d.model)));
    case 'model-7-no-threats': {
      const note = modelById(7)?.noThreatsNote;
      return t('Model 7 (drones): {0} ({1}).', note ? pick(note) : t('the report defines no damages, threats or countermeasures for this model'), s(d.ref ?? '§2.9.4'));
    }
    case 'dmz-bypassed': {
      const what = d.dmz !== undefined ? t('DMZ {0}', s(d.dmz)) : t('the DMZ declared ({0})', arr(d.declared).map((id) => `ID${s(id)}`).join(', '));
      const head = t('{0} between {1} and {2} is bypassed: route {3} does not cross it.', what, s(d.from), s(d.to), route(d.routeZones));
      const others = arr(d.bypasses).slice(1).map((b) => t('route {0}', route((b as { routeZones?: unknown }).routeZones)));
      if (typeof d.bypassesMore === 'number' && d.bypassesMore > 0) others.push(t('{0} more', d.bypassesMore));
      return others.length ? sentences(head, t('Also bypassed: {0}.', others.join(t('; ')))) : head;
    }
    case 'planned-but-shown':
      // `shown` is the analysis's evidence, worded in the language of the process that analysed the plant.
      return t('ID{0} is declared planned on {1}, but the topology already shows it ({2}); the analysis follows the text: update the status or the plant.', s(d.measure), s(d.target), shownText(s(d.shown)));
    case 'purdue-bypass':
      return t('Route {0} joins {1} (Purdue level {2}) to {3} (level {4}) without crossing a level 3 or 3.5 zone (site operations or industrial DMZ).', route(d.routeZones), s(d.from), s(d.fromLevel), s(d.to), s(d.toLevel));
    case 'wireless-in-control':
      return d.device !== undefined
        ? t('Wireless access point {0} sits inside control network {1}: §2.3.7 measure 4 advises to place wireless access in its own zone behind a firewall or DMZ, and to monitor it.', s(d.device), s(d.control ?? d.zone))
        : t('Zone {0} is a wireless network ({1}) inside a control network: §2.3.7 measure 4 advises to isolate wireless networks with a firewall or DMZ and to monitor them.', s(d.zone), wirelessName(s(d.wireless)));
    case 'field-direct-conduit':
      return t('Conduit {0} joins {1} straight to the field side ({2}): route it through the control network (information side), as §2.7 and §2.3.8 measure 9 place it.', s(d.conduit), outsideName(d), s(d.to));
    case 'filtering-without-device':
      return t('{0} is declared implemented on conduit {1}, but no firewall or filtering switch/router is in its via.', measureName(s(d.measure)), s(d.conduit));
    case 'wan-unfiltered':
      return t('{0} reaches control network {1} with no filtering device on the way ({2}).', s(d.wan), s(d.control), route(d.routeZones));
    case 'flow-without-conduit':
      if (d.oneWay) {
        const carried = d.forward ? t('from {0} to {1}', s(d.from), s(d.to)) : t('from {0} to {1}', s(d.to), s(d.from));
        return t('Flow {0} goes from {1} to {2} but the conduits carry traffic only {3}: a one-way conduit is in the way (or say direction: one-way on the flow).', s(d.flow), s(d.from), s(d.to), carried);
      }
      return t('Flow {0} goes from {1} to {2} but no conduit joins these zones.', s(d.flow), s(d.from), s(d.to));
    case 'conduit-unused':
      return t('No data flow uses conduit {0}; measure 6 (inventory of communications): list the communications it must carry or remove it.', s(d.conduit));
    case 'ips-availability':
      return t('IPS {0} can block traffic of critical control network {1}; §2.3.8: use an IPS only where a short interruption is acceptable, an IDS otherwise.', s(d.device), list(arr(d.zones).map(String)));
    case 'wireless-lorawan':
    case 'wireless-local-5g':
      return wirelessMessage(p, d);
    case 'general-measures':
      return t('§2.2: besides system measures, every smart-factory plant needs physical measures (prevent, detect and record, deter physical access) and operational measures (security organisation, asset inventory and labelling, attack detection, log collection, response and recovery drills).');
    default:
      return undefined;
  }
}
