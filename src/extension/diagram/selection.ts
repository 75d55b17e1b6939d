// Text position <-> diagram element, from the source spans the model carries. Pure (no vscode).
import type { DiagramModel } from '../../core/diagram/types';
import type { Span } from '../../core/model/plant';

/** The element drawn in the diagram whose source span holds `offset` (the innermost one), if any. */
export function elementAtOffset(model: DiagramModel, offset: number): string | undefined {
  let best: { id: string; size: number } | undefined;
  for (const item of [...model.nodes, ...model.edges]) {
    const s = item.span;
    if (!s || item.elementId === undefined || offset < s.start || offset >= Math.max(s.end, s.start + 1)) continue;
    const size = s.end - s.start;
    if (!best || size < best.size) best = { id: item.elementId, size };
  }
  return best?.id;
}

/** The source span of a drawn element (node or edge), for reveal. */
export function spanOfElement(model: DiagramModel, elementId: string): Span | undefined {
  for (const item of [...model.nodes, ...model.edges]) if (item.elementId === elementId && item.span) return item.span;
  return undefined;
}
