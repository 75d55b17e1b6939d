// Builds the Plant model from the YAML AST, keeping the span of every element, key and value.
// Tolerant: schema problems are reported elsewhere, so wrong-typed values are skipped and an unknown
// kind becomes 'generic' rather than dropping the element (which would cascade into dangling refs).
import { isAlias, isMap, isNode, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import { DEVICE_KINDS, DIRECTIONS, MEASURE_STATUSES, WIRELESS_TECHS, ZONE_KINDS, type DeviceKind, type MeasureStatus, type WirelessTech, type ZoneKind } from '../model/kinds';
import { isSpan, type Conduit, type Device, type Direction, type Flow, type Located, type MeasureEntry, type Plant, type PlantMeta, type Span, type Zone } from '../model/plant';
import { normalizeMeasureId } from '../catalog/index';
import { MAX_DEVICE_COUNT } from '../format/schema';
import { keyText, mergedPairs, nodeSpan, pairSpan } from './node-at';
import { readRisks } from '../review/read';
import { readGeneral } from '../review/general';

type Fields = Map<string, Pair>;

/** "ID8-1" / "id8-1" / "8-1" -> "8-1"; text that is no ID at all is kept (trimmed) for the messages. */
export function normaliseMeasureText(s: string): string {
  return normalizeMeasureId(s) ?? s.trim();
}

/** Entries made per YAML node, with the offset of the node when made (see Builder.reuse). */
type EntryCache = WeakMap<object, { at: number; entry: unknown }>;
const entryCache: EntryCache = new WeakMap();

class Builder {
  constructor(
    private readonly doc: Document,
    readonly src?: string,
    readonly cache?: EntryCache,
  ) {}

  resolve(n: unknown): unknown {
    return isAlias(n) ? n.resolve(this.doc) : n;
  }

  fields(n: unknown): Fields {
    const m = this.resolve(n);
    const out: Fields = new Map();
    if (isMap(m)) for (const p of mergedPairs(m, this.doc)) {
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

  /** The span of a field's key as written, if the field is there. */
  keySpan(f: Fields, key: string): Span | undefined {
    const k = f.get(key)?.key;
    return isNode(k) ? nodeSpan(k, this.src) : undefined;
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

  /**
   * The entries of an id-keyed section (zones, devices, conduits), each made by `make` from its pair;
   * a repeated key is a duplicate-key problem already, so only its first entry is made.
   */
  entries<T>(root: Fields, section: string, make: (e: { id: string; idSpan: Span; span: Span; f: Fields }) => T): T[] {
    const m = this.resolve(root.get(section)?.value);
    if (!isMap(m)) return [];
    const seen = new Set<string>();
    const out: T[] = [];
    const pairs = mergedPairs(m as YAMLMap, this.doc);
    // mergedPairs returns the map's own items when it has no merge key (the common case: no set needed).
    const own = pairs === (m as YAMLMap).items ? undefined : new Set<unknown>((m as YAMLMap).items);
    for (const p of pairs) {
      const id = keyText(p);
      if (id === undefined || !isNode(p.key) || seen.has(id)) continue;
      seen.add(id);
      const key = p.key;
      const entry = () => make({ id, idSpan: nodeSpan(key, this.src), span: pairSpan(p, this.src), f: this.fields(p.value) });
      // A pair merged in (`<<: *common`) may stand in several sections: never reused across them.
      out.push(!own || own.has(p) ? this.reuse(p, key.range?.[0], entry) : entry());
    }
    return out;
  }

  /** The entries of a list section (flows, countermeasures) that are mappings, each made by `make`. */
  items<T>(root: Fields, section: string, make: (e: { span: Span; f: Fields }) => T): T[] {
    const s = this.resolve(root.get(section)?.value);
    if (!isSeq(s)) return [];
    const out: T[] = [];
    for (const item of s.items) {
      if (isNode(item) && isMap(this.resolve(item))) out.push(this.reuse(item, item.range?.[0], () => make({ span: nodeSpan(item, this.src), f: this.fields(item) })));
    }
    return out;
  }

  /**
   * With a cache, the entry made earlier from the same node (the incremental reparse keeps the nodes
   * an edit did not touch, moving their offsets): reused as is, or with its spans moved the same way.
   */
  reuse<T>(node: object, at: number | undefined, make: () => T): T {
    if (!this.cache || at === undefined) return make();
    const hit = this.cache.get(node);
    if (hit?.at === at) return hit.entry as T;
    const entry = hit ? shiftSpans(hit.entry as T, at - hit.at) : make();
    this.cache.set(node, { at, entry });
    return entry;
  }
}

function oneOf<K extends string>(table: Record<K, unknown>, v: string | undefined): K | undefined {
  return v !== undefined && Object.prototype.hasOwnProperty.call(table, v) ? (v as K) : undefined;
}

const STATUS_TABLE = Object.fromEntries(MEASURE_STATUSES.map((s) => [s, 1])) as Record<MeasureStatus, 1>;

const noRef = (span: Span): Located<string> => ({ value: '', span: { start: span.start, end: span.start } });

/**
 * The Plant a parsed document describes, or undefined when its root is not a mapping. With `reuse`
 * (the language server, whose incremental reparse keeps the YAML nodes an edit did not touch), the
 * entries of kept nodes are taken from earlier calls instead of being rebuilt; the result is the same.
 * Only for documents without aliases (an aliased entry depends on nodes elsewhere).
 */
export function buildPlant(doc: Document, text?: string, reuse = false): Plant | undefined {
  const b = new Builder(doc, text, reuse ? entryCache : undefined);
  if (!isMap(b.resolve(doc.contents))) return undefined;
  const root = b.fields(doc.contents);
  const metaF = b.fields(root.get('plant')?.value);
  const meta: PlantMeta = {};
  put(meta, 'name', b.text(metaF, 'name'));
  put(meta, 'site', b.text(metaF, 'site'));
  put(meta, 'owner', b.text(metaF, 'owner'));
  put(meta, 'description', b.text(metaF, 'description'));
  // Optional fields are set one by one (put) rather than spread: this runs per entry on every keystroke.
  const named = (o: object, f: Fields) => {
    put(o, 'name', b.text(f, 'name'));
    put(o, 'description', b.text(f, 'description'));
  };
  const wireless = (f: Fields) => oneOf<WirelessTech>(WIRELESS_TECHS, b.text(f, 'wireless'));
  const direction = (f: Fields) => oneOf<Direction>(DIRECTIONS, b.text(f, 'direction'));

  const zones: Zone[] = b.entries(root, 'zones', ({ id, idSpan, span, f }) => {
    const kind = b.str(f, 'kind');
    const parent = b.str(f, 'parent');
    const z = { type: 'zone', id, idSpan, span } as { -readonly [K in keyof Zone]: Zone[K] };
    named(z, f);
    z.kind = oneOf<ZoneKind>(ZONE_KINDS, kind?.value) ?? 'generic';
    put(z, 'kindSpan', kind?.span);
    put(z, 'parent', parent);
    put(z, 'wireless', wireless(f));
    put(z, 'level', b.num(f, 'level'));
    put(z, 'securityLevel', b.num(f, 'sl'));
    put(z, 'critical', b.bool(f, 'critical'));
    return z;
  });

  const devices: Device[] = b.entries(root, 'devices', ({ id, idSpan, span, f }) => {
    const kind = b.str(f, 'kind');
    const count = b.num(f, 'count');
    const d = { type: 'device', id, idSpan, span } as { -readonly [K in keyof Device]: Device[K] };
    named(d, f);
    d.kind = oneOf<DeviceKind>(DEVICE_KINDS, kind?.value) ?? 'generic';
    put(d, 'kindSpan', kind?.span);
    d.zone = b.str(f, 'zone') ?? noRef(idSpan);
    d.count = count === undefined || !Number.isInteger(count) ? 1 : Math.min(Math.max(count, 1), MAX_DEVICE_COUNT);
    put(d, 'filtering', b.bool(f, 'filtering'));
    put(d, 'vpn', b.bool(f, 'vpn'));
    put(d, 'wireless', wireless(f));
    put(d, 'wired', b.text(f, 'wireless') === 'none' ? true : undefined);
    put(d, 'monitors', f.has('monitors') ? b.strList(f, 'monitors') : undefined);
    put(d, 'filteringSpan', b.keySpan(f, 'filtering'));
    put(d, 'monitorsSpan', b.keySpan(f, 'monitors'));
    return d;
  });

  const conduits: Conduit[] = b.entries(root, 'conduits', ({ id, idSpan, span, f }) => {
    const [from, to] = b.strList(f, 'between');
    const c = { type: 'conduit', id, idSpan, span } as { -readonly [K in keyof Conduit]: Conduit[K] };
    named(c, f);
    c.from = from ?? noRef(idSpan);
    c.to = to ?? noRef(idSpan);
    c.via = b.strList(f, 'via');
    put(c, 'vpn', b.bool(f, 'vpn'));
    put(c, 'wireless', wireless(f));
    put(c, 'direction', direction(f));
    return c;
  });

  const flows: Flow[] = b.items(root, 'flows', ({ span, f }) => {
    const from = b.str(f, 'from') ?? noRef(span);
    const to = b.str(f, 'to') ?? noRef(span);
    const flow = { type: 'flow', id: b.text(f, 'id') ?? `${from.value}->${to.value}`, span, from, to } as { -readonly [K in keyof Flow]: Flow[K] };
    put(flow, 'protocol', b.text(f, 'protocol'));
    put(flow, 'description', b.text(f, 'description'));
    put(flow, 'direction', direction(f));
    return flow;
  });

  const measures: MeasureEntry[] = b.items(root, 'countermeasures', ({ span, f }) => {
    const m = b.str(f, 'measure') ?? noRef(span);
    const status = b.str(f, 'status');
    return {
      type: 'measure', span,
      measure: { value: normaliseMeasureText(m.value), span: m.span },
      target: b.str(f, 'target') ?? noRef(span),
      status: oneOf<MeasureStatus>(STATUS_TABLE, status?.value) ?? 'implemented',
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

/** Sets `o[key] = value` only when value is defined (keeps optional fields truly absent). */
function put(o: object, key: string, value: unknown): void {
  if (value !== undefined) (o as Record<string, unknown>)[key] = value;
}

/** Spreads `{ [key]: value }` only when value is defined (keeps optional fields truly absent). */
function opt<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/** A copy of a plant entry with every span ({ start, end }) moved by `delta`. */
function shiftSpans<T>(v: T, delta: number): T {
  if (Array.isArray(v)) return v.map((x) => shiftSpans(x, delta)) as T;
  if (typeof v !== 'object' || v === null) return v;
  const o = v as Record<string, unknown>;
  if (isSpan(o)) return { start: o.start + delta, end: o.end + delta } as T;
  const out: Record<string, unknown> = {};
  for (const k in o) out[k] = shiftSpans(o[k], delta);
  return out as T;
}
