// Pointer interaction on the canvas: pan (drag the background), zoom (wheel), click to select, drag a device
// onto another zone (move), right-click for the context menu. Geometry decisions live in state.ts.
import type { ViewTransform } from './state';
import { zoomAt } from './state';

export interface InteractionHost {
  readonly canvas: HTMLElement;
  getTransform(): ViewTransform;
  setTransform(t: ViewTransform): void;
  /** A click on an element (its id) or on the background (undefined). */
  click(elementId: string | undefined, nodeId: string | undefined): void;
  /** A device node was dropped onto a zone node. */
  drop(deviceNodeId: string, zoneNodeId: string): void;
  contextMenu(elementId: string | undefined, x: number, y: number): void;
}

const DRAG_THRESHOLD = 4;

function hitOf(target: EventTarget | null): SVGGElement | undefined {
  const e = target instanceof Element ? target.closest('[data-node], .edge') : null;
  return e instanceof SVGGElement ? e : undefined;
}

/** The zone node under a screen point, ignoring the dragged node itself. */
function zoneAt(x: number, y: number, except: Element): string | undefined {
  for (const e of document.elementsFromPoint(x, y)) {
    if (except.contains(e)) continue;
    const g = e.closest('[data-node]');
    if (g instanceof SVGGElement && g.classList.contains('node-zone')) return g.dataset.node;
  }
  return undefined;
}

export function installInteraction(host: InteractionHost): void {
  const { canvas } = host;
  let gesture:
    | { kind: 'pan'; x: number; y: number; t: ViewTransform; moved: boolean }
    | { kind: 'drag'; x: number; y: number; g: SVGGElement; base: string; moved: boolean }
    | { kind: 'press'; g: SVGGElement; x: number; y: number; moved: boolean }
    | undefined;

  canvas.addEventListener('pointerdown', (ev) => {
    if (ev.button !== 0) return;
    canvas.focus();
    const g = hitOf(ev.target);
    if (!g || g.classList.contains('node-plant')) {
      gesture = { kind: 'pan', x: ev.clientX, y: ev.clientY, t: host.getTransform(), moved: false };
    } else if (g.classList.contains('node-device')) {
      gesture = { kind: 'drag', x: ev.clientX, y: ev.clientY, g, base: g.getAttribute('transform') ?? '', moved: false };
    } else {
      gesture = { kind: 'press', g, x: ev.clientX, y: ev.clientY, moved: false };
    }
    canvas.setPointerCapture(ev.pointerId);
  });

  canvas.addEventListener('pointermove', (ev) => {
    if (!gesture) return;
    const dx = ev.clientX - gesture.x;
    const dy = ev.clientY - gesture.y;
    if (!gesture.moved && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
    gesture.moved = true;
    if (gesture.kind === 'pan') {
      host.setTransform({ ...gesture.t, x: gesture.t.x + dx, y: gesture.t.y + dy });
    } else if (gesture.kind === 'drag') {
      const s = host.getTransform().scale;
      gesture.g.setAttribute('transform', `translate(${dx / s} ${dy / s}) ${gesture.base}`);
      gesture.g.classList.add('dragging');
      const zone = zoneAt(ev.clientX, ev.clientY, gesture.g);
      canvas.querySelectorAll('.drop-target').forEach((e) => e.classList.remove('drop-target'));
      if (zone) canvas.querySelector(`[data-node="${CSS.escape(zone)}"]`)?.classList.add('drop-target');
    }
  });

  const end = (ev: PointerEvent): void => {
    const g = gesture;
    gesture = undefined;
    if (!g) return;
    canvas.querySelectorAll('.drop-target').forEach((e) => e.classList.remove('drop-target'));
    if (g.kind === 'drag' && g.moved) {
      g.g.setAttribute('transform', g.base); // the text change redraws it in its new zone
      g.g.classList.remove('dragging');
      const zone = ev.type === 'pointerup' ? zoneAt(ev.clientX, ev.clientY, g.g) : undefined;
      if (zone && g.g.dataset.node) host.drop(g.g.dataset.node, zone);
      return;
    }
    if (g.moved || ev.type !== 'pointerup') return;
    if (g.kind === 'pan') host.click(undefined, undefined);
    else host.click(g.g.dataset.element, g.g.dataset.node);
  };
  canvas.addEventListener('pointerup', end);
  canvas.addEventListener('pointercancel', end);

  canvas.addEventListener(
    'wheel',
    (ev) => {
      ev.preventDefault();
      const r = canvas.getBoundingClientRect();
      const factor = Math.exp(-ev.deltaY * (ev.deltaMode === 1 ? 0.05 : 0.0015));
      host.setTransform(zoomAt(host.getTransform(), factor, ev.clientX - r.left, ev.clientY - r.top));
    },
    { passive: false },
  );

  canvas.addEventListener('contextmenu', (ev) => {
    ev.preventDefault();
    const g = hitOf(ev.target);
    host.contextMenu(g?.dataset.element, ev.clientX, ev.clientY);
  });
}
