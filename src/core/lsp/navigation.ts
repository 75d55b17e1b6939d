// Definition, references, rename preparation and document symbols over a PlantIndex.
import { SymbolKind, type DocumentSymbol, type Location, type Range } from 'vscode-languageserver-types';
import type { Span } from '../model/plant';
import type { LineIndex } from '../text/line-index';
import { t } from './l10n';
import type { ElementDef, PlantIndex } from './plant-index';

/** The element id (definition or reference) at the offset. */
export function elementAt(index: PlantIndex, offset: number): { id: string; span: Span; def?: ElementDef } | undefined {
  const hit = index.at(offset);
  if (hit?.type === 'definition') return { id: hit.def.id, span: hit.span, def: hit.def };
  if (hit?.type === 'reference') return { id: hit.ref.id, span: hit.span, def: hit.def };
  return undefined;
}

export function definition(index: PlantIndex, offset: number, uri: string, li: LineIndex): Location | undefined {
  const el = elementAt(index, offset);
  return el?.def ? { uri, range: li.range(el.def.idSpan) } : undefined;
}

export function references(index: PlantIndex, offset: number, uri: string, li: LineIndex, includeDeclaration: boolean): Location[] {
  const el = elementAt(index, offset);
  if (!el) return [];
  const spans: Span[] = [];
  if (includeDeclaration && el.def) spans.push(el.def.idSpan);
  for (const r of index.referencesTo(el.id)) spans.push(r.span);
  return spans.map((s) => ({ uri, range: li.range(s) }));
}

/** Range and placeholder for a rename at the offset; undefined when no element id is there. */
export function prepareRename(index: PlantIndex, offset: number, li: LineIndex): { range: Range; placeholder: string } | undefined {
  const el = elementAt(index, offset);
  if (!el || !el.def) return undefined;
  return { range: li.range(el.span), placeholder: el.id };
}

export function documentSymbols(index: PlantIndex, li: LineIndex, text?: string): DocumentSymbol[] {
  const p = index.plant;
  const sym = (name: string, detail: string, kind: SymbolKind, span: Span, sel: Span, children?: DocumentSymbol[]): DocumentSymbol => ({
    name: name || '?',
    detail,
    kind,
    range: li.range(span),
    selectionRange: li.range(sel),
    ...(children ? { children } : {}),
  });
  /**
   * A section's symbol covers its key line too (`zones:`), so sticky scroll and breadcrumbs show the header:
   * it starts at the last `key:` at column 0 before the first entry (found in `text`; without it, at the entry).
   */
  const group = (name: string, key: string, items: DocumentSymbol[], firstSpan?: Span): DocumentSymbol[] => {
    if (items.length === 0) return [];
    let start = items[0].range.start;
    let selection = { start, end: start };
    if (text !== undefined && firstSpan) {
      const head = text.lastIndexOf(`\n${key}:`, firstSpan.start);
      const at = head >= 0 ? head + 1 : text.startsWith(`${key}:`) ? 0 : -1;
      if (at >= 0) {
        start = li.position(at);
        selection = { start, end: li.position(at + key.length) };
      }
    }
    const range = { start, end: items[items.length - 1].range.end };
    return [{ name, kind: SymbolKind.Namespace, range, selectionRange: selection, children: items }];
  };
  const zones = p.zones.map((z) => sym(z.id, z.kind, SymbolKind.Module, z.span, z.idSpan));
  const devices = p.devices.map((d) => sym(d.id, `${d.kind} @ ${d.zone.value}`, SymbolKind.Object, d.span, d.idSpan));
  const conduits = p.conduits.map((c) =>
    sym(c.id, `${c.from.value} ↔ ${c.to.value}`, SymbolKind.Interface, c.span, c.idSpan),
  );
  const flows = p.flows.map((f, i) => sym(index.flowLabel(i), f.protocol ?? '', SymbolKind.Event, f.span, f.from.span.end > f.from.span.start ? f.from.span : f.span));
  const measures = p.measures.map((m) =>
    sym(`ID${m.measure.value} → ${m.target.value}`, t(m.status), SymbolKind.Constant, m.span, m.measure.span),
  );
  return [
    ...group(t('Zones'), 'zones', zones, p.zones[0]?.span),
    ...group(t('Devices'), 'devices', devices, p.devices[0]?.span),
    ...group(t('Conduits'), 'conduits', conduits, p.conduits[0]?.span),
    ...group(t('Flows'), 'flows', flows, p.flows[0]?.span),
    ...group(t('Countermeasures'), 'countermeasures', measures, p.measures[0]?.span),
  ];
}
