// An index over a parsed plant for navigation: where each element is defined, every place that
// refers to it, and what sits at a given offset. Built once per analysed document version.
import type { Located, Plant, PlantElement, Span } from '../model/plant';

export type RefRole = 'zone' | 'parent' | 'between' | 'via' | 'flow-from' | 'flow-to' | 'target';

export interface ElementDef {
  readonly id: string;
  readonly type: 'zone' | 'device' | 'conduit' | 'flow';
  readonly idSpan: Span;
  readonly span: Span;
  readonly element?: PlantElement;
}

export interface ElementRef {
  readonly id: string;
  readonly role: RefRole;
  readonly span: Span;
}

export type SymbolHit =
  | { readonly type: 'definition'; readonly def: ElementDef; readonly span: Span }
  | { readonly type: 'reference'; readonly ref: ElementRef; readonly def?: ElementDef; readonly span: Span }
  | { readonly type: 'measure'; readonly id: string; readonly span: Span }
  | { readonly type: 'zone-kind' | 'device-kind'; readonly kind: string; readonly span: Span };

export class PlantIndex {
  readonly defs = new Map<string, ElementDef>();
  readonly refs: ElementRef[] = [];
  private readonly hits: SymbolHit[] = [];

  constructor(readonly plant: Plant) {
    for (const z of plant.zones) {
      this.define({ id: z.id, type: 'zone', idSpan: z.idSpan, span: z.span, element: z });
      if (z.kindSpan) this.hits.push({ type: 'zone-kind', kind: z.kind, span: z.kindSpan });
      if (z.parent) this.ref(z.parent, 'parent');
    }
    for (const d of plant.devices) {
      this.define({ id: d.id, type: 'device', idSpan: d.idSpan, span: d.span, element: d });
      if (d.kindSpan) this.hits.push({ type: 'device-kind', kind: d.kind, span: d.kindSpan });
      this.ref(d.zone, 'zone');
    }
    for (const c of plant.conduits) {
      this.define({ id: c.id, type: 'conduit', idSpan: c.idSpan, span: c.span, element: c });
      this.ref(c.from, 'between');
      this.ref(c.to, 'between');
      for (const v of c.via) this.ref(v, 'via');
    }
    for (const f of plant.flows) {
      this.ref(f.from, 'flow-from');
      this.ref(f.to, 'flow-to');
    }
    for (const m of plant.measures) {
      this.ref(m.target, 'target');
      if (m.measure.span.end > m.measure.span.start) this.hits.push({ type: 'measure', id: m.measure.value, span: m.measure.span });
    }
    for (const r of this.refs) this.hits.push({ type: 'reference', ref: r, def: this.defs.get(r.id), span: r.span });
    this.hits.sort((a, b) => a.span.start - b.span.start);
  }

  private define(def: ElementDef): void {
    // The first definition wins; duplicates are reported by validation.
    if (!this.defs.has(def.id)) this.defs.set(def.id, def);
    this.hits.push({ type: 'definition', def, span: def.idSpan });
  }

  private ref(loc: Located<string>, role: RefRole): void {
    if (loc.value && loc.span.end > loc.span.start) this.refs.push({ id: loc.value, role, span: loc.span });
  }

  /** The symbol whose span contains the offset (end inclusive, so a cursor just after a word counts). */
  at(offset: number): SymbolHit | undefined {
    // Last hit starting at or before the offset; spans do not nest.
    let lo = 0;
    let hi = this.hits.length - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.hits[mid].span.start <= offset) {
        last = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    for (let i = last; i >= 0 && i >= last - 1; i--) {
      const h = this.hits[i];
      if (offset <= h.span.end) return h;
    }
    return undefined;
  }

  referencesTo(id: string): ElementRef[] {
    return this.refs.filter((r) => r.id === id);
  }

  /** Flows are named "from->to" unless they carry an id. */
  flowLabel(index: number): string {
    const f = this.plant.flows[index];
    return f.id || `${f.from.value}->${f.to.value}`;
  }
}

const TOKEN = /[\w.\-]/;

/** The word (id-like token) around an offset, for hovers that must work on broken files too. */
export function tokenAt(text: string, offset: number): { text: string; span: Span } | undefined {
  let s = Math.min(offset, text.length);
  let e = s;
  while (s > 0 && TOKEN.test(text[s - 1])) s--;
  while (e < text.length && TOKEN.test(text[e])) e++;
  if (s === e) return undefined;
  return { text: text.slice(s, e), span: { start: s, end: e } };
}
