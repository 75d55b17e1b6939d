// "Changes since…": after a comparison ("Compare Findings with…") the diagram outlines the elements whose
// findings were added, resolved or changed since the baseline, and the elements that are new, each in its own
// colour and dash pattern (so colour is not the only cue), with a legend of the counts. The toolbar toggle turns
// it on and off; the host asks the language server for the changes (src/core/diagram/changes.ts).
import type { CompareState, DiagramChanges, ElementChange, WebviewToHost } from '../src/core/diagram/protocol';
import type { DiagramModel } from '../src/core/diagram/types';
import type { Frame } from './ui';
import { t } from './l10n';

const SVG_NS = 'http://www.w3.org/2000/svg';
const HALO = 5;

function rect(x: number, y: number, width: number, height: number, cls: string): SVGRectElement {
  const r = document.createElementNS(SVG_NS, 'rect');
  for (const [k, v] of Object.entries({ x, y, width, height, rx: 8 })) r.setAttribute(k, String(v));
  r.setAttribute('class', cls);
  return r;
}

function line(points: readonly { x: number; y: number }[], cls: string): SVGPathElement {
  const p = document.createElementNS(SVG_NS, 'path');
  p.setAttribute('d', points.map((q, i) => `${i ? 'L' : 'M'}${q.x} ${q.y}`).join(' '));
  p.setAttribute('class', cls);
  return p;
}

const WORDS = (): Record<ElementChange, string> => ({
  added: t('New findings since the baseline'),
  resolved: t('Findings resolved since the baseline'),
  changed: t('Findings changed since the baseline'),
  'new-element': t('Element added since the baseline'),
});

/** The outlines of the changed elements as one SVG layer (absolute diagram coordinates, no pointer events). */
export function changesLayer(model: DiagramModel, changes: DiagramChanges): { layer: SVGGElement; count: number } {
  const layer = document.createElementNS(SVG_NS, 'g');
  layer.setAttribute('class', 'layer-changes');
  const words = WORDS();
  let count = 0;
  for (const [id, kind] of Object.entries(changes.elements)) {
    const nodes = model.nodes.filter((n) => n.elementId === id && n.type !== 'summary');
    const edges = model.edges.filter((e) => e.elementId === id && e.points.length >= 2);
    if (nodes.length + edges.length === 0) continue;
    count++;
    for (const n of nodes) layer.append(rect(n.x - HALO, n.y - HALO, n.width + 2 * HALO, n.height + 2 * HALO, `change change-${kind}`));
    for (const e of edges) layer.append(line(e.points, `change change-${kind}`));
    const title = document.createElementNS(SVG_NS, 'title');
    title.textContent = `${id}: ${words[kind]}`;
    layer.lastElementChild?.append(title);
  }
  return { layer, count };
}

export interface ChangesView {
  /** Shows the toggle (after a comparison) and the legend of the changes; undefined hides them. */
  update(compare: CompareState | undefined, changes: DiagramChanges | undefined): void;
  /** Outlines the changed elements over a freshly drawn picture. */
  draw(svg: SVGGElement, model: DiagramModel): void;
  /** For the 'rendered' summary: how many elements are outlined (absent while not shown). */
  summary(): { changes?: number };
}

/** Adds the toggle beside "Show data flows" and a legend block to the side panel. */
export function installChangesView(frame: Frame, post: (m: WebviewToHost) => void): ChangesView {
  const toggle = document.createElement('vscode-toolbar-button') as HTMLElement & { checked: boolean };
  toggle.setAttribute('icon', 'git-compare');
  toggle.setAttribute('toggleable', '');
  toggle.hidden = true;
  frame.flows.after(toggle);
  toggle.addEventListener('change', () => post({ type: 'toggle-changes', show: toggle.checked }));
  const legend = document.createElement('div');
  legend.className = 'legend changes-legend';
  legend.hidden = true;
  frame.findings.after(legend);
  let current: DiagramChanges | undefined;
  let drawn: number | undefined;
  return {
    draw(svg, model) {
      const c = current ? changesLayer(model, current) : undefined;
      if (c) svg.append(c.layer);
      drawn = c?.count;
    },
    summary: () => (drawn === undefined ? {} : { changes: drawn }),
    update(compare, changes) {
      current = compare?.shown ? changes : undefined;
      toggle.hidden = compare === undefined;
      if (!compare) {
        legend.hidden = true;
        return;
      }
      const label = t('Changes since {0}', compare.label);
      toggle.checked = compare.shown;
      toggle.setAttribute('label', label);
      toggle.setAttribute('title', label);
      legend.hidden = !compare.shown;
      legend.replaceChildren();
      const h = document.createElement('h2');
      h.textContent = label;
      legend.append(h);
      if (compare.error) {
        const p = document.createElement('p');
        p.textContent = compare.error;
        legend.append(p);
      }
      if (!changes) return;
      const list = document.createElement('ul');
      const words = WORDS();
      const rows: [ElementChange, string][] = [
        ['added', t('{0} ({1})', words.added, changes.added)],
        ['resolved', t('{0} ({1})', words.resolved, changes.resolved)],
        ['changed', t('{0} ({1})', words.changed, changes.changed)],
        ['new-element', t('{0} ({1})', words['new-element'], changes.newElements)],
      ];
      for (const [kind, text] of rows) {
        const li = document.createElement('li');
        const swatch = document.createElement('span');
        swatch.className = `swatch change-${kind}`;
        const span = document.createElement('span');
        span.textContent = text;
        li.append(swatch, span);
        list.append(li);
      }
      if (changes.removedElements.length) {
        const li = document.createElement('li');
        li.textContent = t('Removed: {0}', changes.removedElements.join(', '));
        list.append(li);
      }
      legend.append(list);
    },
  };
}
