// Diagram webview entry (bundled by esbuild to dist/webview/diagram.js). Draws what the host sends, and turns
// user gestures into typed requests; the host owns the text, so every edit goes through it.
import '@vscode-elements/elements/dist/bundled.js';
import type { DamageSummary, FindingSummary, HostToWebview, WebviewToHost } from '../src/core/diagram/protocol';
import type { DiagramModel } from '../src/core/diagram/types';
import { installInteraction } from './interact';
import { drawModel, type Drawn } from './render';
import * as st from './state';
import { buildFrame, fillDamages, fillFindings } from './ui';
import { installContextMenu } from './context-menu';
import { renderPng } from './png';
import { t } from './l10n';
import { layoutNotice } from '../src/core/diagram/notices';
import { damageOverlay } from '../src/core/diagram/overlay';
import { drawOverlay } from './overlay';
import { installChangesView } from './changes';
import { installFindBox } from './find-box';

interface VsCodeApi {
  postMessage(msg: WebviewToHost): void;
  getState(): unknown;
  setState(s: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const post = (m: WebviewToHost): void => vscode.postMessage(m);
const frame = buildFrame(document.getElementById('app') ?? document.body);
const changesView = installChangesView(frame, post);

/** What survives a reload (the panel serializer gets it back): the document, the lock and the view. */
interface Saved {
  uri?: string;
  locked?: boolean;
  transform?: st.ViewTransform;
  selected?: string;
  damage?: number;
  showFlows?: boolean;
  expanded?: string[];
}
const saved = (vscode.getState() ?? {}) as Saved;
let shown: { uri?: string; preview: boolean; locked: boolean } = { uri: saved.uri, preview: false, locked: saved.locked === true };
let model: DiagramModel | undefined;
let version = -1;
let findings: readonly FindingSummary[] = [];
let damages: readonly DamageSummary[] = [];
let drawn: Drawn | undefined;
let selected: string | undefined = saved.selected;
let damage: number | undefined = saved.damage;
let transform: st.ViewTransform | undefined = saved.transform;
let connectFrom: string | undefined;
/** Once the user pans or zooms, the view stays where they put it; until then it keeps fitting the pane. */
let userMoved = saved.transform !== undefined;
/**
 * Whether the current selection was made by the user inside the diagram (click, keys, context menu, panel).
 * A selection synced from the text cursor is not: Delete/Backspace then do nothing (issue 10's data loss).
 */
let pickedHere = false;
/** The host's last notice (what a delete removed), kept in the status line until the next gesture here. */
let notice: string | undefined;

/** Where a selection comes from: decides focus, reveal and whether Delete may act on it. */
type Origin = 'host' | 'pointer' | 'keyboard' | 'search' | 'panel' | 'menu';

const size = (): { w: number; h: number } => ({ w: frame.canvas.clientWidth || 800, h: frame.canvas.clientHeight || 600 });

function setTransform(t: st.ViewTransform): void {
  transform = t;
  frame.viewport.setAttribute('transform', `translate(${t.x} ${t.y}) scale(${t.scale})`);
  persist();
}

function persist(): void {
  const state: Saved = { uri: shown.uri, locked: shown.locked, transform, selected, damage };
  if (model) {
    state.showFlows = model.options.showFlows;
    state.expanded = [...model.options.expanded];
  } else if (saved.expanded) {
    state.showFlows = saved.showFlows;
    state.expanded = saved.expanded;
  }
  vscode.setState(state);
}

function status(text: string): void {
  frame.status.textContent = text;
}

let overlayLayer: SVGGElement | undefined;

/** What was drawn, for the host (tests): counts, selection, the damage shown and its markers. */
function summary() {
  const base = { ...st.renderedSummary(model!, version, selected), ...changesView.summary() };
  return damage === undefined ? base : { ...base, damage, markers: overlayLayer?.childElementCount ?? 0 };
}

/** Shows a damage's routes (from the list, or from the host), bringing them into view. */
function showDamage(d: number | undefined): void {
  damage = d;
  frame.damage.value = d === undefined ? '' : String(d);
  persist();
  restyle();
  redrawOverlay();
  panToDamage();
}

/** Redraws the chosen damage's routes and threat markers over the picture (nothing when none is chosen). */
function redrawOverlay(): void {
  if (!drawn || !model) return;
  const overlay = damage === undefined ? undefined : damageOverlay(model, damages, damage);
  const next = drawOverlay(overlay);
  // An entry marker covers the top edge of its element: its count badge steps aside (as in the SVG export).
  const marked = new Set((overlay?.markers ?? []).filter((m) => m.kind === 'entry').map((m) => m.elementId));
  for (const [id, list] of drawn.byElement) for (const g of list) g.classList.toggle('marked', marked.has(id));
  if (overlayLayer) overlayLayer.replaceWith(next);
  else drawn.svg.append(next);
  overlayLayer = next;
}

function restyle(): void {
  if (!drawn || !model) return;
  const hl = st.damageHighlight(damages, damage);
  for (const [id, list] of drawn.byElement) {
    for (const g of list) {
      g.classList.toggle('selected', id === selected);
      g.classList.toggle('highlight', hl.has(id));
      g.classList.toggle('dimmed', hl.size > 0 && !hl.has(id));
      g.classList.toggle('connect-from', id === connectFrom);
    }
  }
  fillFindings(frame.findings, frame.findingsTitle, st.findingsFor(findings, selected), selected, (f) => {
    if (f.elementId) select(f.elementId, 'panel', true);
  });
}

/** Does keyboard focus sit in the drawing (the canvas or an element in it)? */
const canvasHasFocus = (): boolean => document.hasFocus() && frame.canvas.contains(document.activeElement);

/**
 * Selects an element. Focus moves to the element only when it already is in the drawing (keyboard
 * navigation): a synced or searched selection never takes focus, so keys keep landing where the user typed.
 * `reveal` also moves the text cursor there (user gestures, not host echoes).
 */
function select(id: string | undefined, origin: Origin, reveal = false): void {
  if (origin !== 'host') notice = undefined;
  selected = id;
  pickedHere = id !== undefined && origin !== 'host' && origin !== 'search';
  persist();
  restyle();
  if (!id || !model) return;
  if (origin === 'keyboard' && canvasHasFocus()) drawn?.byElement.get(id)?.[0]?.focus({ preventScroll: true });
  panTo(id);
  if (reveal) post({ type: 'reveal', elementId: id });
}

/** Brings the chosen damage's routes into view: fits them when they fit readably, else centres their start. */
function panToDamage(): void {
  if (!model || damage === undefined) return;
  const next = st.viewOfElements(model, st.damageHighlight(damages, damage), transform, size().w, size().h);
  if (!next) return;
  userMoved = true;
  setTransform(next);
}

/** Pans (keeping the zoom) so the element is in view, if it is not. */
function panTo(id: string): void {
  if (!model || !transform) return;
  const box = st.boxOfElement(model, id);
  const { w, h } = size();
  if (box && !st.isVisible(transform, box, w, h)) setTransform(st.centerOn(transform, box, w, h));
}

function draw(): void {
  if (!model) return;
  drawn = drawModel(model);
  overlayLayer = undefined;
  frame.viewport.replaceChildren(drawn.svg);
  redrawOverlay();
  changesView.draw(drawn.svg, model);
  const { w, h } = size();
  // A readable zoom first: a wide plant opens at its left end rather than shrunk to unreadable labels.
  if (!transform || !userMoved) setTransform(st.readableFit(model, w, h));
  else setTransform(transform);
  if (selected && !st.isDrawn(model, selected)) selected = undefined;
  restyle();
  post({ type: 'rendered', ...summary() });
}

function onMessage(msg: HostToWebview): void {
  switch (msg.type) {
    case 'model':
      model = msg.model;
      version = msg.version;
      findings = msg.findings;
      damages = msg.damages;
      showBanner(msg.banner);
      changesView.update(msg.compare, msg.changes);
      fillDamages(frame.damage, damages, damage === undefined ? '' : String(damage));
      frame.flows.checked = model.options.showFlows;
      draw();
      status(notice ?? (model.layout ? layoutNotice(model.layout, t) : t('{0} nodes, {1} edges, {2} findings', model.nodes.length, model.edges.length, findings.length)));
      return;
    case 'banner':
      showBanner(msg.message);
      return;
    case 'notice':
      notice = msg.message; // stays until the next gesture here: a redraw must not wipe what a delete removed
      status(msg.message);
      return;
    case 'show-damage':
      if (model) {
        showDamage(msg.damage || undefined); // 0: none
        post({ type: 'rendered', ...summary() });
      }
      return;
    case 'ping':
      if (model) post({ type: 'rendered', ...summary() });
      return;
    case 'init':
      if (shown.uri !== undefined && shown.uri !== msg.uri) {
        // Another document in this preview: start afresh.
        model = undefined;
        transform = undefined;
        userMoved = false;
        selected = undefined;
        damage = undefined;
        frame.viewport.replaceChildren();
      }
      shown = { uri: msg.uri, preview: msg.preview, locked: msg.locked };
      document.body.classList.toggle('preview', msg.preview);
      frame.buttons.lock.setAttribute('icon', msg.locked ? 'lock' : 'unlock');
      frame.buttons.lock.setAttribute('title', msg.locked ? t('Unlock: follow the active editor') : t('Lock: keep showing this file'));
      persist();
      return;
    case 'select':
      if (msg.elementId === undefined || (model && st.isDrawn(model, msg.elementId))) select(msg.elementId, 'host');
      if (model) post({ type: 'rendered', ...summary() });
      return;
    case 'theme':
      document.body.dataset.theme = msg.theme;
      return;
    case 'render-png':
      renderPng(msg.svg).then(
        (data) => post({ type: 'export', format: 'png', requestId: msg.requestId, data }),
        (e: unknown) => post({ type: 'log', message: t('PNG export failed: {0}', String(e)) }),
      );
      return;
  }
}

function showBanner(message: string | undefined): void {
  frame.banner.hidden = message === undefined;
  frame.banner.textContent = message ? t('{0} — showing the last valid diagram.', message) : '';
}

const menu = installContextMenu(frame, {
  model: () => model,
  select: (id, reveal) => select(id, 'menu', reveal),
  post,
  connect(zoneId) {
    connectFrom = zoneId;
    status(t('Click the zone to connect {0} to (Escape cancels).', zoneId));
    restyle();
  },
});

installInteraction({
  canvas: frame.canvas,
  getTransform: () => transform ?? { x: 0, y: 0, scale: 1 },
  setTransform(t) {
    userMoved = true;
    setTransform(t);
  },
  click(elementId, nodeId) {
    frame.menu.show = false;
    if (nodeId?.startsWith('summary:') && model) {
      const parent = model.nodes.find((n) => n.id === model?.nodes.find((s) => s.id === nodeId)?.parent);
      if (parent?.elementId) post({ type: 'expand', zoneId: parent.elementId, expanded: true });
      return;
    }
    if (connectFrom && elementId && st.zoneOf(model, elementId) === elementId && elementId !== connectFrom) {
      post({ type: 'edit', op: 'add-conduit', args: { from: connectFrom, to: elementId } });
      connectFrom = undefined;
      status('');
    }
    select(elementId, 'pointer', elementId !== undefined);
  },
  drop(deviceNodeId, zoneNodeId) {
    if (!model) return;
    const dev = model.nodes.find((n) => n.id === deviceNodeId);
    const zone = model.nodes.find((n) => n.id === zoneNodeId);
    if (dev?.elementId && zone?.elementId && dev.parent !== zone.id) {
      post({ type: 'edit', op: 'move-device', args: { deviceId: dev.elementId, zoneId: zone.elementId } });
    }
  },
  contextMenu: menu.open,
});

function zoom(factor: number): void {
  userMoved = true;
  const { w, h } = size();
  setTransform(st.zoomAt(transform ?? { x: 0, y: 0, scale: 1 }, factor, w / 2, h / 2));
}

function fitAll(): void {
  userMoved = false;
  if (model) setTransform(st.fit(model, size().w, size().h));
}

let resizeTimer: ReturnType<typeof setTimeout> | undefined;
new ResizeObserver(() => {
  if (model && !userMoved) setTransform(st.readableFit(model, size().w, size().h));
  // Once the resize settles, tell the host: a pane turned from wide to tall may read better laid out downwards.
  clearTimeout(resizeTimer);
  resizeTimer = setTimeout(() => post({ type: 'viewport', ...viewport() }), 300);
}).observe(frame.canvas);

const b = frame.buttons;
b['zoom-in'].addEventListener('click', () => zoom(1.25));
b['zoom-out'].addEventListener('click', () => zoom(0.8));
b.fit.addEventListener('click', fitAll);
b['export-svg'].addEventListener('click', () => post({ type: 'export', format: 'svg', ...(damage === undefined ? {} : { damage }) }));
b['export-png'].addEventListener('click', () => post({ type: 'export', format: 'png', ...(damage === undefined ? {} : { damage }) }));
b.panel.addEventListener('click', () => document.body.classList.toggle('no-side'));
b['show-source'].addEventListener('click', () => post({ type: 'show-source' }));
b.lock.addEventListener('click', () => post({ type: 'toggle-lock' }));
b['add-zone'].addEventListener('click', () => {
  const kind = frame.zoneKind.value || 'generic';
  post({ type: 'edit', op: 'add-zone', args: { kind: kind as never } });
});
b['add-device'].addEventListener('click', () => {
  const zone = st.zoneOf(model, selected);
  if (!zone) return status(t('Select a zone (or a device in it) first.'));
  post({ type: 'edit', op: 'add-device', args: { kind: (frame.deviceKind.value || 'generic') as never, zoneId: zone } });
});
b['add-conduit'].addEventListener('click', () => {
  const zone = st.zoneOf(model, selected);
  if (!zone || st.nodeOfElement(model!, selected!)?.type !== 'zone') return status(t('Select the first zone, then click Add conduit.'));
  menu.run('connect', zone);
});
frame.flows.addEventListener('change', () => post({ type: 'toggle-flows', show: frame.flows.checked }));
frame.damage.addEventListener('change', () => {
  showDamage(frame.damage.value ? Number(frame.damage.value) : undefined);
  post(damage === undefined ? { type: 'select-damage' } : { type: 'select-damage', damage });
});

installFindBox(frame, {
  model: () => model,
  selected: () => selected,
  select: (id, reveal) => select(id, 'search', reveal),
  status,
  post,
});

frame.canvas.addEventListener('keydown', (e) => {
  if (!model) return;
  const key = e.key === 'Tab' && e.shiftKey ? 'Shift+Tab' : e.key;
  if (['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Tab', 'Shift+Tab', 'Home', 'End'].includes(key)) {
    e.preventDefault();
    select(st.navigate(model, selected, key as st.NavKey), 'keyboard');
  } else if (e.key === 'Enter' && selected) select(selected, 'keyboard', true);
  else if (e.key === 'Delete' || e.key === 'Backspace') {
    e.preventDefault();
    // Only what the user picked here, never a selection that followed the text cursor.
    if (selected && pickedHere) menu.run('delete', selected);
    else if (selected) status(t('Select the element in the diagram first to delete it.'));
  }
  else if (e.key === '+' || e.key === '=') zoom(1.25);
  else if (e.key === '-') zoom(0.8);
  else if (e.key === '0') fitAll();
  else if (e.key === 'Escape') {
    connectFrom = undefined;
    frame.menu.show = false;
    select(undefined, 'keyboard');
  } else if ((e.key === 'F10' && e.shiftKey) || e.key === 'ContextMenu') {
    e.preventDefault();
    const g = selected ? drawn?.byElement.get(selected)?.[0] : undefined;
    const r = g?.getBoundingClientRect();
    if (r) menu.open(selected, r.left + r.width / 2, r.top + r.height / 2);
  }
});

window.addEventListener('message', (e: MessageEvent<HostToWebview>) => onMessage(e.data));
window.addEventListener('error', (e) => post({ type: 'log', message: String(e.message) }));
// A narrow pane (a preview beside the text) starts with the findings panel folded, so the plant gets the room.
if (window.innerWidth < 900) document.body.classList.add('no-side');
const viewport = (): { width: number; height: number } => ({ width: Math.round(size().w), height: Math.round(size().h) });
post({
  type: 'ready',
  viewport: viewport(),
  // The page's own load time and when its script had arrived, for the first-paint figures.
  pageMs: Math.round(performance.now()),
  scriptMs: Math.round((performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((e) => e.name.includes('/diagram.js'))?.responseEnd ?? 0),
  ...(saved.expanded && typeof saved.showFlows === 'boolean' && { restore: { showFlows: saved.showFlows, expanded: saved.expanded } }),
});
