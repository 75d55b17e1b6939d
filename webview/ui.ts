// The webview's static frame (toolbar, banner, canvas, side panel, context menu) and the side panel content.
// Built with DOM calls and textContent, never innerHTML with data.
import { DEVICE_KINDS, ZONE_KINDS } from '../src/core/model/kinds';
import type { DamageSummary, FindingSummary } from '../src/core/diagram/protocol';

export interface Frame {
  readonly search: HTMLElement & { value: string };
  readonly damage: HTMLElement & { value: string };
  readonly zoneKind: HTMLElement & { value: string };
  readonly deviceKind: HTMLElement & { value: string };
  readonly flows: HTMLElement & { checked: boolean };
  readonly banner: HTMLElement;
  readonly status: HTMLElement;
  readonly canvas: HTMLElement;
  readonly svg: SVGSVGElement;
  readonly viewport: SVGGElement;
  readonly findings: HTMLElement;
  readonly findingsTitle: HTMLElement;
  readonly menu: HTMLElement & { data: { label?: string; value?: string; separator?: boolean }[]; show: boolean };
  readonly buttons: Record<ButtonId, HTMLElement>;
}

export type ButtonId = 'zoom-in' | 'zoom-out' | 'fit' | 'add-zone' | 'add-device' | 'add-conduit' | 'export-svg' | 'export-png' | 'panel';

function h<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, textContent?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (textContent !== undefined) e.textContent = textContent;
  return e;
}

function custom<T extends HTMLElement>(tag: string, attrs: Record<string, string> = {}): T {
  const e = document.createElement(tag) as T;
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
}

function select(label: string, options: [string, string][]): HTMLElement & { value: string } {
  const s = custom<HTMLElement & { value: string }>('vscode-single-select', { 'aria-label': label, title: label });
  for (const [value, text] of options) {
    const o = custom('vscode-option', { value });
    o.textContent = text;
    s.append(o);
  }
  return s;
}

function button(icon: string, label: string): HTMLElement {
  return custom('vscode-toolbar-button', { icon, label, title: label });
}

export function buildFrame(root: HTMLElement): Frame {
  const toolbar = h('div', 'toolbar');
  toolbar.setAttribute('role', 'toolbar');
  const search = custom<Frame['search']>('vscode-textfield', { placeholder: 'Find element (Ctrl+F)', 'aria-label': 'Find element' });
  const buttons = {
    'zoom-in': button('zoom-in', 'Zoom in (+)'),
    'zoom-out': button('zoom-out', 'Zoom out (-)'),
    fit: button('screen-full', 'Fit to window (0)'),
    'add-zone': button('add', 'Add a zone of the chosen kind'),
    'add-device': button('device-desktop', 'Add a device of the chosen kind to the selected zone'),
    'add-conduit': button('link', 'Add a conduit: select a zone, click this, then click the other zone'),
    'export-svg': button('file-code', 'Export SVG'),
    'export-png': button('file-media', 'Export PNG'),
    panel: button('layout-sidebar-right', 'Show or hide findings and legend'),
  } satisfies Record<ButtonId, HTMLElement>;
  const flows = custom<Frame['flows']>('vscode-toolbar-button', { icon: 'arrow-swap', label: 'Show data flows', title: 'Show data flows', toggleable: '' });
  const damage = select('Highlight the open attack scenarios of a damage', [['', 'Damage: none']]);
  const zoneKind = select('Zone kind', Object.entries(ZONE_KINDS).map(([k, v]) => [k, v.en]));
  const deviceKind = select('Device kind', Object.entries(DEVICE_KINDS).map(([k, v]) => [k, v.en]));
  const group = (...items: HTMLElement[]): HTMLElement => {
    const g = h('div', 'group');
    g.append(...items);
    return g;
  };
  toolbar.append(
    group(search),
    group(buttons['zoom-in'], buttons['zoom-out'], buttons.fit, flows),
    group(damage),
    group(zoneKind, buttons['add-zone'], deviceKind, buttons['add-device'], buttons['add-conduit']),
    group(buttons['export-svg'], buttons['export-png'], buttons.panel),
  );
  const banner = h('div', 'banner');
  banner.setAttribute('role', 'alert');
  banner.hidden = true;
  const status = h('div', 'status');
  status.setAttribute('aria-live', 'polite');
  const canvas = h('div', 'canvas');
  canvas.tabIndex = 0;
  canvas.setAttribute('aria-label', 'Plant diagram. Arrow keys or Tab move the selection, Enter shows the YAML, Delete removes.');
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  const viewport = document.createElementNS('http://www.w3.org/2000/svg', 'g');
  viewport.setAttribute('class', 'viewport');
  svg.append(viewport);
  canvas.append(svg);
  const side = h('aside', 'side');
  const findingsTitle = h('h2', undefined, 'Findings');
  const findings = h('ul', 'findings');
  side.append(findingsTitle, findings, legend());
  const main = h('div', 'main');
  main.append(canvas, side);
  const menu = custom<Frame['menu']>('vscode-context-menu', { class: 'menu' });
  root.append(toolbar, banner, main, status, menu);
  return { search, damage, zoneKind, deviceKind, flows, banner, status, canvas, svg, viewport, findings, findingsTitle, menu, buttons };
}

function legend(): HTMLElement {
  const box = h('div', 'legend');
  box.append(h('h2', undefined, 'Legend'));
  const rows: [string, string][] = [
    ['sev-error', 'Error: threat to a priority damage (1, 3, 6, 10)'],
    ['sev-warning', 'Warning: other threat lacking countermeasures'],
    ['sev-info', 'Info / hint: guidance'],
    ['line-conduit', 'Conduit between zones'],
    ['line-vpn', 'Conduit over VPN'],
    ['line-flow', 'Data flow'],
    ['zone-external', 'Outside the plant boundary'],
    ['highlight', 'Open attack scenario of the selected damage'],
  ];
  const list = h('ul');
  for (const [cls, label] of rows) {
    const li = h('li');
    li.append(h('span', `swatch ${cls}`), h('span', undefined, label));
    list.append(li);
  }
  box.append(list);
  return box;
}

export function fillDamages(sel: HTMLElement & { value: string }, damages: readonly DamageSummary[], current: string): void {
  const key = JSON.stringify(damages.map((d) => [d.id, d.open, d.title]));
  if (sel.dataset.key === key) return; // unchanged: keep the open dropdown alone
  sel.dataset.key = key;
  sel.replaceChildren();
  const none = custom('vscode-option', { value: '' });
  none.textContent = 'Damage: none';
  sel.append(none);
  for (const d of damages) {
    const o = custom('vscode-option', { value: String(d.id) });
    o.textContent = `Damage ${d.id}: ${d.title} (${d.open} open)`;
    sel.append(o);
  }
  sel.value = damages.some((d) => String(d.id) === current) ? current : '';
}

export function fillFindings(
  list: HTMLElement,
  title: HTMLElement,
  findings: readonly FindingSummary[],
  selected: string | undefined,
  onPick: (f: FindingSummary) => void,
): void {
  title.textContent = selected === undefined ? `Findings (${findings.length})` : `Findings on ${selected} (${findings.length})`;
  list.replaceChildren();
  if (findings.length === 0) {
    list.append(h('li', 'empty', selected === undefined ? 'No findings.' : 'No findings on this element.'));
    return;
  }
  for (const f of findings.slice(0, 500)) {
    const li = h('li', `finding sev-${f.severity}`);
    li.tabIndex = 0;
    const head = h('div', 'finding-head');
    head.append(h('span', `codicon codicon-${icon(f.severity)}`), h('span', 'code', f.code), h('span', 'line', `line ${f.line + 1}`));
    li.append(head, h('div', 'message', f.message));
    if (f.missing.length) li.append(h('div', 'missing', `Missing: ${f.missing.join(', ')}`));
    if (f.damages.length) li.append(h('div', 'damages', `Damages: ${f.damages.join(', ')}`));
    li.addEventListener('click', () => onPick(f));
    li.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') onPick(f);
    });
    list.append(li);
  }
}

const icon = (s: string): string => (s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'info');
