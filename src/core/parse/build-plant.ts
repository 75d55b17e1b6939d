// Builds the Plant model from the YAML AST, keeping the span of every element, key and value.
// Tolerant: schema problems are reported elsewhere, so wrong-typed values are skipped and an unknown
// kind becomes 'generic' rather than dropping the element (which would cascade into dangling refs).
import { isAlias, isMap, isNode, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import { DEVICE_KINDS, MEASURE_STATUSES, WIRELESS_TECHS, ZONE_KINDS, type DeviceKind, type MeasureStatus, type WirelessTech, type ZoneKind } from '../model/kinds';
import type { Conduit, Device, Flow, Located, MeasureEntry, Plant, PlantMeta, Span, Zone } from '../model/plant';
import { normalizeMeasureId } from '../catalog/index';
import { MAX_DEVICE_COUNT } from '../format/schema';
import { keyText, nodeSpan, pairSpan } from './node-at';
import { readRisks } from '../review/read';
import { readGeneral } from '../review/general';

type Fields = Map<string, Pair>;

/** "ID8-1" / "id8-1" / "8-1" -> "8-1"; text that is no ID at all is kept (trimmed) for the messages. */
export function normaliseMeasureText(s: string): string {
  return normalizeMeasureId(s) ?? s.trim();
}

class Builder {
  constructor(
    private readonly doc: Document,
    readonly src?: string,
  ) {}

  resolve(n: unknown): unknown {
    return isAlias(n) ? n.resolve(this.doc) : n;
  }

  fields(n: unknown): Fields {
    const m = this.resolve(n);
    const out: Fields = new Map();
    if (isMap(m)) for (const p of m.items) {
      const k = keyText(p);
      if (k !== undefined && !out.has(k)) out.set(k, p);
    }
    return out;
  }

  /** The scalar value of a field with the span where it is written (the alias, when aliased). */
  scalar(f: Fields, key: string): Located<unknown> | undefined {
    const p = f.get(key);
    if (!p || !isNode(p.value)) return undefined;
    const v = this.resolve(p.value);
    return isScalar(v) ? { value: v.value, span: nodeSpan(p.value as Node, this.src) } : undefined;
  }

  str(f: Fields, key: string): Located<string> | undefined {
    const s = this.scalar(f, key);
    if (s === undefined || s.value === null || typeof s.value === 'object') return undefined;
    return { value: String(s.value), span: s.span };
  }

  text(f: Fields, key: string): string | undefined {
    return this.str(f, key)?.value;
  }

  num(f: Fields, key: string): number | undefined {
    const v = this.scalar(f, key)?.value;
    return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
  }

  bool(f: Fields, key: string): boolean | undefined {
    const v = this.scalar(f, key)?.value;
    return typeof v === 'boolean' ? v : undefined;
  }

  strList(f: Fields, key: string): Located<string>[] {
    const seq = this.resolve(f.get(key)?.value);
    if (!isSeq(seq)) return [];
    const out: Located<string>[] = [];
    for (const item of seq.items) {
      const v = this.resolve(item);
      if (isScalar(v) && v.value !== null && typeof v.value !== 'object') out.push({ value: String(v.value), span: nodeSpan(item as Node, this.src) });
    }
    return out;
  }

  /** Pairs of an id-keyed section (zones, devices, conduits). */
  entries(root: Fields, section: string): { id: string; idSpan: Span; span: Span; f: Fields }[] {
    const m = this.resolve(root.get(section)?.value);
    if (!isMap(m)) return [];
    const seen = new Set<string>();
    return (m as YAMLMap).items.flatMap((p) => {
      const id = keyText(p);
      // A repeated key is a duplicate-key problem already; keep the first entry only.
      if (id === undefined || !isNode(p.key) || seen.has(id)) return [];
      seen.add(id);
      return [{ id, idSpan: nodeSpan(p.key, this.src), span: pairSpan(p, this.src), f: this.fields(p.value) }];
    });
  }

  items(root: Fields, section: string): { span: Span; f: Fields }[] {
    const s = this.resolve(root.get(section)?.value);
    if (!isSeq(s)) return [];
    return s.items.flatMap((item) => (isNode(item) && isMap(this.resolve(item)) ? [{ span: nodeSpan(item, this.src), f: this.fields(item) }] : []));
  }
}

function oneOf<K extends string>(table: Record<K, unknown>, v: string | undefined): K | undefined {
  return v !== undefined && Object.prototype.hasOwnProperty.call(table, v) ? (v as K) : undefined;
}

const noRef = (span: Span): Located<string> => ({ value: '', span: { start: span.start, end: span.start } });

/** The Plant a parsed document describes, or undefined when its root is not a mapping. */
export function buildPlant(doc: Document, text?: string): Plant | undefined {
  const b = new Builder(doc, text);
  if (!isMap(b.resolve(doc.contents))) return undefined;
  const root = b.fields(doc.contents);
  const metaF = b.fields(root.get('plant')?.value);
  const meta: PlantMeta = {
    ...opt('name', b.text(metaF, 'name')),
    ...opt('site', b.text(metaF, 'site')),
    ...opt('owner', b.text(metaF, 'owner')),
    ...opt('description', b.text(metaF, 'description')),
  };
  const named = (f: Fields) => ({ ...opt('name', b.text(f, 'name')), ...opt('description', b.text(f, 'description')) });
  const wireless = (f: Fields) => opt('wireless', oneOf<WirelessTech>(WIRELESS_TECHS, b.text(f, 'wireless')));

  const zones: Zone[] = b.entries(root, 'zones').map(({ id, idSpan, span, f }) => {
    const kind = b.str(f, 'kind');
    const parent = b.str(f, 'parent');
    return {
      type: 'zone', id, idSpan, span, ...named(f),
      kind: oneOf<ZoneKind>(ZONE_KINDS, kind?.value) ?? 'generic',
      ...opt('kindSpan', kind?.span), ...opt('parent', parent), ...wireless(f),
      ...opt('level', b.num(f, 'level')), ...opt('securityLevel', b.num(f, 'sl')), ...opt('critical', b.bool(f, 'critical')),
    };
  });

  const devices: Device[] = b.entries(root, 'devices').map(({ id, idSpan, span, f }) => {
    const kind = b.str(f, 'kind');
    const count = b.num(f, 'count');
    return {
      type: 'device', id, idSpan, span, ...named(f),
      kind: oneOf<DeviceKind>(DEVICE_KINDS, kind?.value) ?? 'generic',
      ...opt('kindSpan', kind?.span),
      zone: b.str(f, 'zone') ?? noRef(idSpan),
      count: count === undefined || !Number.isInteger(count) ? 1 : Math.min(Math.max(count, 1), MAX_DEVICE_COUNT),
      ...opt('filtering', b.bool(f, 'filtering')), ...opt('vpn', b.bool(f, 'vpn')), ...wireless(f),
    };
  });

  const conduits: Conduit[] = b.entries(root, 'conduits').map(({ id, idSpan, span, f }) => {
    const [from, to] = b.strList(f, 'between');
    return {
      type: 'conduit', id, idSpan, span, ...named(f),
      from: from ?? noRef(idSpan), to: to ?? noRef(idSpan),
      via: b.strList(f, 'via'), ...opt('vpn', b.bool(f, 'vpn')), ...wireless(f),
    };
  });

  const flows: Flow[] = b.items(root, 'flows').map(({ span, f }) => {
    const from = b.str(f, 'from') ?? noRef(span);
    const to = b.str(f, 'to') ?? noRef(span);
    return {
      type: 'flow', id: b.text(f, 'id') ?? `${from.value}->${to.value}`, span, from, to,
      ...opt('protocol', b.text(f, 'protocol')), ...opt('description', b.text(f, 'description')),
    };
  });

  const measures: MeasureEntry[] = b.items(root, 'countermeasures').map(({ span, f }) => {
    const m = b.str(f, 'measure') ?? noRef(span);
    const status = b.str(f, 'status');
    return {
      type: 'measure', span,
      measure: { value: normaliseMeasureText(m.value), span: m.span },
      target: b.str(f, 'target') ?? noRef(span),
      status: oneOf<MeasureStatus>(Object.fromEntries(MEASURE_STATUSES.map((s) => [s, 1])) as Record<MeasureStatus, 1>, status?.value) ?? 'implemented',
      ...opt('statusSpan', status?.span), ...opt('reason', b.text(f, 'reason')), ...opt('evidence', b.text(f, 'evidence')),
    };
  });

  const modelsSeq = b.resolve(root.get('models')?.value);
  const models = isSeq(modelsSeq)
    ? modelsSeq.items.flatMap((it) => {
        const v = b.resolve(it);
        return isScalar(v) && typeof v.value === 'number' ? [{ value: v.value, span: nodeSpan(it as Node, text) }] : [];
      })
    : undefined;

  const version = b.num(root, 'smartfab') ?? 0;
  const risks = readRisks(doc, text);
  const general = readGeneral(doc, text);
  return { version, meta, ...opt('models', models), zones, devices, conduits, flows, measures, ...(risks.length ? { risks } : {}), ...opt('general', general) };
}

/** Spreads `{ [key]: value }` only when value is defined (keeps optional fields truly absent). */
function opt<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
