// The webview's static frame (toolbar, banner, canvas, side panel, context menu) and the side panel content.
// Built with DOM calls and textContent, never innerHTML with data.
import { DEVICE_KINDS, ZONE_KINDS } from '../src/core/model/kinds';
import type { DamageSummary, FindingSummary } from '../src/core/diagram/protocol';
import { lang, t } from './l10n';

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

export type ButtonId =
  | 'zoom-in' | 'zoom-out' | 'fit' | 'add-zone' | 'add-device' | 'add-conduit' | 'export-svg' | 'export-png' | 'panel'
  | 'show-source' | 'lock';

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

/** A kind's name in the page language (the catalogue has both). */
const kindName = (v: { en: string; ja?: string }): string => (lang() === 'ja' && v.ja ? v.ja : v.en);

function button(icon: string, label: string, cls?: string): HTMLElement {
  return custom('vscode-toolbar-button', { icon, label, title: label, ...(cls && { class: cls }) });
}

export function buildFrame(root: HTMLElement): Frame {
  const toolbar = h('div', 'toolbar');
  toolbar.setAttribute('role', 'toolbar');
  const search = custom<Frame['search']>('vscode-textfield', { placeholder: t('Find element (Ctrl+F)'), 'aria-label': t('Find element') });
  const buttons = {
    'zoom-in': button('zoom-in', t('Zoom in (+)')),
    'zoom-out': button('zoom-out', t('Zoom out (-)')),
    fit: button('screen-full', t('Fit to window (0)')),
    'add-zone': button('add', t('Add a zone of the chosen kind')),
    'add-device': button('device-desktop', t('Add a device of the chosen kind to the selected zone')),
    'add-conduit': button('link', t('Add a conduit: select a zone, click this, then click the other zone')),
    'export-svg': button('file-code', t('Export SVG')),
    'export-png': button('file-media', t('Export PNG')),
    panel: button('layout-sidebar-right', t('Show or hide findings and legend')),
    'show-source': button('go-to-file', t('Show Source')),
    lock: button('unlock', t('Lock: keep showing this file'), 'preview-only'),
  } satisfies Record<ButtonId, HTMLElement>;
  const flows = custom<Frame['flows']>('vscode-toolbar-button', { icon: 'arrow-swap', label: t('Show data flows'), title: t('Show data flows'), toggleable: '' });
  const damage = select(t('Highlight the open attack scenarios of a damage'), [['', t('Damage: none')]]);
  damage.classList.add('damage-select'); // wider: a damage's title is long ("Damage 13: Intrusion …")
  const zoneKind = select(t('Zone kind'), Object.entries(ZONE_KINDS).map(([k, v]) => [k, kindName(v)]));
  const deviceKind = select(t('Device kind'), Object.entries(DEVICE_KINDS).map(([k, v]) => [k, kindName(v)]));
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
    group(buttons['export-svg'], buttons['export-png'], buttons.panel, buttons['show-source'], buttons.lock),
  );
  const banner = h('div', 'banner');
  banner.setAttribute('role', 'alert');
  banner.hidden = true;
  const status = h('div', 'status');
  status.setAttribute('aria-live', 'polite');
  const canvas = h('div', 'canvas');
  canvas.tabIndex = 0;
  canvas.setAttribute('aria-label', t('Plant diagram. Arrow keys or Tab move the selection, Enter shows the YAML, Delete removes the element selected here.'));
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  const viewport = document.createElementNS('http://www.w3.org/2000/svg', 'g');
  viewport.setAttribute('class', 'viewport');
  svg.append(viewport);
  canvas.append(svg);
  const side = h('aside', 'side');
  const findingsTitle = h('h2', undefined, t('Findings'));
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
  box.append(h('h2', undefined, t('Legend')));
  const rows: [string, string][] = [
    ['sev-error', t('Error: threat to a priority damage (1, 3, 6, 10)')],
    ['sev-warning', t('Warning: other threat lacking countermeasures')],
    ['sev-info', t('Info / hint: guidance')],
    ['line-conduit', t('Conduit between zones')],
    ['line-vpn', t('Conduit over VPN')],
    ['line-flow', t('Data flow')],
    ['zone-external', t('Outside the plant boundary')],
    ['highlight', t('Open attack scenario of the selected damage')],
    ['entry-marker', t('Entry threat (where the attacker gets in)')],
    ['path-marker', t('Intrusion path threat along a conduit')],
    ['m-present', t('Countermeasure present')],
    ['m-planned', t('Countermeasure planned')],
    ['m-missing', t('Countermeasure missing')],
    ['m-not-applicable', t('Countermeasure not applicable')],
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
  none.textContent = t('Damage: none');
  sel.append(none);
  for (const d of damages) {
    const o = custom('vscode-option', { value: String(d.id) });
    o.textContent = t('Damage {0}: {1} ({2} open)', d.id, d.title, d.open);
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
  title.textContent = selected === undefined ? t('Findings ({0})', findings.length) : t('Findings on {0} ({1})', selected, findings.length);
  list.replaceChildren();
  if (findings.length === 0) {
    list.append(h('li', 'empty', selected === undefined ? t('No findings.') : t('No findings on this element.')));
    return;
  }
  for (const f of findings.slice(0, 500)) {
    const li = h('li', `finding sev-${f.severity}`);
    li.tabIndex = 0;
    const head = h('div', 'finding-head');
    head.append(h('span', `codicon codicon-${icon(f.severity)}`), h('span', 'code', f.code), h('span', 'line', t('line {0}', f.line + 1)));
    li.append(head, h('div', 'message', f.message));
    if (f.missing.length) li.append(h('div', 'missing', t('Missing: {0}', f.missing.join(', '))));
    if (f.damages.length) li.append(h('div', 'damages', t('Damages: {0}', f.damages.join(', '))));
    li.addEventListener('click', () => onPick(f));
    li.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') onPick(f);
    });
    list.append(li);
  }
}

const icon = (s: string): string => (s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'info');
