// Documentation of the analysis codes: SARIF rule help, LSP code descriptions, docs/analysis.md.
// threat-<ID> codes are described from the catalogue; the others here. Codes are stable.
import { catalog as ipaCatalog } from '../catalog/index';
import type { Catalog } from '../catalog/types';
import type { Severity } from '../diagnostics';

export interface AnalysisCodeDoc {
  readonly title: string;
  readonly help: string;
  readonly severity: Severity;
  /** IPA references: threat id, damages, countermeasure IDs, report sections. */
  readonly properties?: Readonly<Record<string, unknown>>;
}

export const ANALYSIS_CODES: Readonly<Record<string, AnalysisCodeDoc>> = {
  'model-mismatch': {
    title: 'Declared models and topology disagree',
    severity: 'warning',
    help: 'The `models:` list names a model the topology does not show (warning), or the topology shows a model the list omits (info). Threats follow the union of both.',
  },
  'model-7-no-threats': {
    title: 'Model 7 has no threats in the report',
    severity: 'info',
    help: 'The report defines no damages, threats or countermeasures for model 7 (drones, §2.9.4): images are only fetched from the cloud and there is little direct exchange with the control system.',
  },
  suppressed: {
    title: 'Threat suppressed as not applicable',
    severity: 'info',
    help: 'Every missing countermeasure of this threat instance is marked `not-applicable` with a reason; the finding is kept visible at info level for review.',
  },
  'dmz-bypassed': {
    title: 'DMZ bypassed',
    severity: 'error',
    help: 'A DMZ (measure 9) is declared or drawn between two zones, but a route joins them without crossing it, so the direct communication the DMZ forbids is still possible. The finding names every bypassing route (the shortest through each entry conduit). Remove the bypassing conduits or route them through the DMZ.',
  },
  'planned-but-shown': {
    title: 'Planned, but the topology already shows it',
    severity: 'warning',
    help: 'A countermeasure entry says `planned` where the topology already shows the measure (a firewall, DMZ, IDS or VPN on that element or on every route). The analysis follows the text and counts the ID as planned: update the status, or the plant if the device is not really there.',
  },
  'purdue-bypass': {
    title: 'Enterprise level reaches the field level directly',
    severity: 'warning',
    help: 'A zone of Purdue level 4-5 (enterprise, WAN; declared `level` or inferred from its kind) reaches a level 0-1 zone (field) by a route that crosses no level 3 or 3.5 zone (site operations, industrial DMZ). IEC 62443-3-2 zones and conduits on the Purdue reference model; the report attaches every addition to the control network (information side). Route the conduit through the control network or a DMZ.',
  },
  'wireless-in-control': {
    title: 'Wireless inside a control network',
    severity: 'warning',
    help: 'A wireless access point, or a zone with `wireless`, sits inside a control network. §2.3.7 measure 4: wireless networks are entered more easily than wired ones; place the connection point in its own zone behind a firewall or DMZ and monitor it (appendix ① lists the technologies). A wired device says `wireless: none`.',
  },
  'field-direct-conduit': {
    title: 'DMZ or patch server joined straight to the field side',
    severity: 'warning',
    help: 'A conduit joins a DMZ, or a zone holding a patch distribution server, directly to the control network\'s field side. §2.7 (fig. 20) distributes patches through the DMZ to the control network (information side); §2.3.8 measure 9 uses the DMZ to separate the outside from the control network. Route the conduit through the information side.',
  },
  'filtering-without-device': {
    title: 'Filtering declared without a filtering device',
    severity: 'warning',
    help: 'A measure 8 entry is implemented on a conduit whose `via` holds no firewall, IPS or filtering switch/router. Add the device to `via` or correct the status.',
  },
  'wan-unfiltered': {
    title: 'WAN reaches a control network unfiltered',
    severity: 'warning',
    help: 'A WAN or internet zone reaches a control network over conduits none of which carries a filtering device (measure 8). Place a firewall on the route.',
  },
  'flow-without-conduit': {
    title: 'Data flow without a conduit',
    severity: 'warning',
    help: 'A flow joins devices in zones that no chain of conduits connects. Add the conduit the traffic really takes, or correct the flow.',
  },
  'conduit-unused': {
    title: 'Conduit no flow uses',
    severity: 'info',
    help: 'No declared data flow crosses this conduit (measure 6, inventory of communications). List the communications it carries, or remove it.',
  },
  'ips-availability': {
    title: 'IPS on a critical control network',
    severity: 'warning',
    help: 'An IPS blocks traffic it judges malicious; §2.3.8 recommends it only where a short interruption is acceptable. On a critical control network prefer an IDS.',
  },
  'wireless-lorawan': {
    title: 'LoRaWAN guidance (§3.2.2)',
    severity: 'info',
    help: 'Limit the direction to sensor → gateway, filter unregistered devices, lock enclosures, manage admin accounts and vulnerabilities, and separate the LoRaWAN equipment from existing equipment with a DMZ. Warning when no DMZ separates it from a control network.',
  },
  'wireless-local-5g': {
    title: 'Local 5G guidance (§3.2.3)',
    severity: 'info',
    help: 'Use the core authentication (SIM and IMEI), protect SIM cards, harden base station and core, and separate the Local 5G equipment from existing equipment with a DMZ. Warning when no DMZ separates it from a control network.',
  },
  'general-measures': {
    title: 'Physical and operational measures (§2.2)',
    severity: 'info',
    help: 'Whatever the models, a smart-factory plant needs physical measures (prevent, detect/record and deter physical access) and operational ones (security organisation, asset inventory, attack detection, logs, response, recovery drills).',
  },
};

/** Docs for an analysis code, or undefined when the code is not the analysis's. */
export function describeAnalysisCode(code: string, cat: Catalog = ipaCatalog): AnalysisCodeDoc | undefined {
  const known = Object.hasOwn(ANALYSIS_CODES, code) ? ANALYSIS_CODES[code] : undefined;
  if (known) return known;
  if (!code.startsWith('threat-')) return undefined;
  const t = cat.threats.find((x) => x.id === code.slice('threat-'.length));
  if (!t) return undefined;
  const priority = t.damages.some((d) => cat.damages.find((x) => x.id === d)?.priority);
  const kind = t.kind === 'entry' ? 'entry point (OR)' : 'intrusion path (AND with an entry point)';
  return {
    title: `${t.id} ${t.title.en}`,
    severity: priority ? 'error' : 'warning',
    help: `${t.description.en}\n\nIPA threat ${t.id} (${t.title.ja}), model ${t.model}, ${kind}, damages ${t.damages.join(', ')}. Countermeasures: ${t.measures.map((m) => `ID${m}`).join(', ')} (${t.refs.join(', ')}).`,
    properties: { threat: t.id, model: t.model, damages: t.damages, countermeasures: t.measures.map((m) => `ID${m}`), refs: t.refs },
  };
}
