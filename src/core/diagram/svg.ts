// DiagramModel -> a complete standalone SVG (inline attributes only, no external references), shared by the CLI,
// the review report and the webview's "Export SVG". Labels are XML-escaped: characters XML forbids are dropped,
// other controls are shown as \uXXXX.
import type { Severity } from '../diagnostics';
import { visibleControls } from '../report/safe-text';
import { firstBaseline, FONT_SIZE, LINE_HEIGHT, SMALL_FONT_SIZE, textWidth, wrapLabel } from './measure';
import { PALETTES, zoneTone, type Palette } from './svg-theme';
import type { DiagramEdge, DiagramModel, DiagramNode, SvgOptions } from './types';
import { layoutNotice } from './notices';
import { overlayBounds, renderOverlay, measureColours, highlightColour } from './svg-overlay';
import type { DamageOverlay, ThreatMarker } from './overlay';
import { t } from '../lsp/l10n';

// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Text for XML content and quoted attributes: characters XML forbids dropped, other controls made visible. */
export function xmlEscape(s: string): string {
  return visibleControls(s.replace(INVALID_XML, ''), { keepLineBreaks: true })
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const FONT = 'font-family="Segoe UI, Helvetica Neue, Arial, Noto Sans CJK JP, sans-serif"';
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];
const LEGEND_HEIGHT = 40;

const n = (v: number) => String(Math.round(v * 10) / 10);

function text(x: number, y: number, s: string, fill: string, size: number, extra = ''): string {
  return `<text x="${n(x)}" y="${n(y)}" fill="${fill}" font-size="${size}"${extra ? ' ' + extra : ''}>${xmlEscape(s)}</text>`;
}

function badge(cx: number, cy: number, count: number, severity: Severity | undefined, p: Palette, title: string): string {
  if (count <= 0) return '';
  const label = count > 99 ? '99+' : String(count);
  const r = label.length > 1 ? 10 : 9;
  const fill = p.severity[severity ?? 'hint'];
  return (
    `<g class="badge"><title>${xmlEscape(title)}</title><circle cx="${n(cx)}" cy="${n(cy)}" r="${r}" fill="${fill}" stroke="${p.background}" stroke-width="1.5"/>` +
    text(cx, cy + 3.5, label, p.badgeText, SMALL_FONT_SIZE, 'text-anchor="middle" font-weight="bold"') +
    '</g>'
  );
}

function findingsTitle(count: number, severity: Severity | undefined): string {
  return severity ? t('Findings: {0} (worst: {1})', count, severityWord(severity)) : t('Findings: {0}', count);
}

/** `marked`: an entry threat marker sits on the node's top edge, so its count badge (which it would cover) is left out. */
function renderNode(d: DiagramNode, p: Palette, marked = false): string {
  const parts: string[] = [];
  const { x, y, width: w, height: h } = d;
  const attrs = `data-id="${xmlEscape(d.id)}"${d.elementId !== undefined ? ` data-element="${xmlEscape(d.elementId)}"` : ''}`;
  parts.push(`<g class="node ${d.type}" ${attrs}>`);
  if (d.span) parts.push(`<title>${xmlEscape(`${d.label}${d.sublabel ? ` — ${d.sublabel}` : ''}`)}</title>`);
  if (d.type === 'plant') {
    parts.push(`<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" rx="10" fill="none" stroke="${p.plantStroke}" stroke-width="1.5" stroke-dasharray="8 4"/>`);
    parts.push(text(x + 12, y + 20, d.label, p.text, FONT_SIZE + 2, 'font-weight="bold"'));
    if (d.sublabel) parts.push(text(x + 12 + textWidth(d.label, FONT_SIZE + 2) + 8, y + 20, d.sublabel, p.muted, SMALL_FONT_SIZE));
  } else if (d.type === 'zone') {
    const fill = p.zoneFill[zoneTone(d.kind, d.external)];
    parts.push(`<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" rx="6" fill="${fill}" stroke="${p.zoneStroke}" stroke-width="1.2"${d.external ? ' stroke-dasharray="4 3"' : ''}/>`);
    parts.push(text(x + 10, y + 17, d.label, p.text, FONT_SIZE, 'font-weight="bold"'));
    if (d.sublabel) parts.push(text(x + 10, y + 31, d.sublabel + (d.collapsed ? t(' (collapsed)') : ''), p.muted, SMALL_FONT_SIZE));
  } else {
    const via = d.type === 'conduit-device';
    const fill = via ? p.viaFill : p.deviceFill;
    const stroke = via ? p.viaStroke : p.deviceStroke;
    const dash = d.type === 'summary' ? ' stroke-dasharray="5 3"' : '';
    // A group of identical devices: a second outline behind suggests the stack.
    if ((d.count ?? 1) > 1 && d.type === 'device')
      parts.push(`<rect x="${n(x + 3)}" y="${n(y - 3)}" width="${n(w)}" height="${n(h)}" rx="4" fill="${fill}" stroke="${stroke}" stroke-width="1"/>`);
    parts.push(`<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" rx="4" fill="${fill}" stroke="${stroke}" stroke-width="${via ? 1.6 : 1.2}"${dash}/>`);
    const lines = wrapLabel(d.label);
    const top = y + firstBaseline(h, lines.length + (d.sublabel ? 1 : 0));
    lines.forEach((l, i) => parts.push(text(x + 8, top + i * LINE_HEIGHT, l, p.text, FONT_SIZE)));
    if (d.sublabel) parts.push(text(x + 8, top + lines.length * LINE_HEIGHT, d.sublabel, p.muted, SMALL_FONT_SIZE));
  }
  if (!marked) parts.push(badge(x + w - 4, y + 4, d.findings, d.severity, p, findingsTitle(d.findings, d.severity)));
  parts.push('</g>');
  return parts.join('');
}

function renderEdge(e: DiagramEdge, p: Palette): string {
  if (e.points.length < 2) return '';
  const flow = e.type === 'flow';
  const color = e.severity && e.findings > 0 && !flow ? p.severity[e.severity] : flow ? p.flow : p.conduit;
  const dash = flow ? ' stroke-dasharray="6 3"' : e.vpn ? ' stroke-dasharray="2 3"' : '';
  const pts = e.points.map((q) => `${n(q.x)},${n(q.y)}`).join(' ');
  const parts = [`<g class="edge ${e.type}" data-id="${xmlEscape(e.id)}" data-element="${xmlEscape(e.elementId)}">`];
  parts.push(`<polyline points="${pts}" fill="none" stroke="${color}" stroke-width="${flow ? 1.2 : 2}"${dash}${flow ? ' marker-end="url(#arrow)"' : ''}/>`);
  const b = e.labelBox;
  if (e.label && b) {
    parts.push(`<rect x="${n(b.x - 2)}" y="${n(b.y - 1)}" width="${n(b.width + 4)}" height="${n(b.height + 2)}" rx="3" fill="${p.labelFill}" opacity="0.9"/>`);
    parts.push(text(b.x + 4, b.y + b.height - 3, e.label, flow ? p.flow : p.text, SMALL_FONT_SIZE));
    parts.push(badge(b.x + b.width + 10, b.y + b.height / 2, e.findings, e.severity, p, findingsTitle(e.findings, e.severity)));
  } else if (e.findings > 0) {
    const a = e.points[0];
    const z = e.points[1];
    parts.push(badge((a.x + z.x) / 2, (a.y + z.y) / 2, e.findings, e.severity, p, findingsTitle(e.findings, e.severity)));
  }
  parts.push('</g>');
  return parts.join('');
}

function severityWord(s: Severity): string {
  return s === 'error' ? t('error') : s === 'warning' ? t('warning') : s === 'info' ? t('info') : t('hint');
}

function legend(y: number, p: Palette): string {
  const parts = [`<g class="legend">`];
  let x = 20;
  const label = (at: number, s: string, extra = ''): number => {
    parts.push(text(at, y + 4, s, p.text, SMALL_FONT_SIZE, extra));
    return textWidth(s, SMALL_FONT_SIZE);
  };
  x += label(x, t('Findings:'), 'font-weight="bold"') + 12;
  for (const s of SEVERITIES) {
    parts.push(`<circle cx="${x}" cy="${y}" r="6" fill="${p.severity[s]}"/>`);
    x += 24 + label(x + 10, severityWord(s));
  }
  x += 16;
  parts.push(`<line x1="${x}" y1="${y}" x2="${x + 28}" y2="${y}" stroke="${p.conduit}" stroke-width="2"/>`);
  x += 34 + label(x + 34, t('conduit')) + 16;
  parts.push(`<line x1="${x}" y1="${y}" x2="${x + 28}" y2="${y}" stroke="${p.conduit}" stroke-width="2" stroke-dasharray="2 3"/>`);
  x += 34 + label(x + 34, 'VPN') + 16;
  parts.push(`<line x1="${x}" y1="${y}" x2="${x + 28}" y2="${y}" stroke="${p.flow}" stroke-width="1.2" stroke-dasharray="6 3" marker-end="url(#arrow)"/>`);
  x += 34 + label(x + 34, t('data flow')) + 16;
  parts.push(`<rect x="${x}" y="${y - 7}" width="22" height="14" rx="3" fill="${p.viaFill}" stroke="${p.viaStroke}"/>`);
  label(x + 28, t('device on a conduit'));
  parts.push('</g>');
  return parts.join('');
}

/** A marker's tooltip: "iot-to-ctrl: A4 missing ID8-1, ID9-1; present ID5-1". */
export function markerLabel(m: ThreatMarker): string {
  const items = m.items.map((i) => {
    const by = (s: string) => i.measures.filter((x) => x.state === s).map((x) => (x.id.startsWith('ID') ? x.id : `ID${x.id}`)).join(', ');
    const parts = [
      by('missing') && t('missing {0}', by('missing')),
      by('planned') && t('planned {0}', by('planned')),
      by('present') && t('present {0}', by('present')),
      by('not-applicable') && t('not applicable {0}', by('not-applicable')),
    ].filter(Boolean);
    return `${i.threat} ${parts.join(', ')}`;
  });
  return `${m.elementId}: ${items.join('; ')}`;
}

function overlayLegend(x: number, y: number, opts: SvgOptions, p: Palette): string {
  const c = measureColours(opts.theme, p);
  const items: [string, string][] = [
    [highlightColour(opts.theme), t('open route')], [c.missing, t('missing')], [c.planned, t('planned')], [c.present, t('present')], [c['not-applicable'], t('not applicable')],
  ];
  const parts = ['<g class="legend overlay-legend">'];
  for (const [colour, label] of items) {
    parts.push(`<rect x="${n(x)}" y="${n(y - 6)}" width="12" height="12" rx="2" fill="${colour}"/>`);
    parts.push(text(x + 16, y + 4, label, p.text, SMALL_FONT_SIZE));
    x += 28 + textWidth(label, SMALL_FONT_SIZE);
  }
  parts.push('</g>');
  return parts.join('');
}

/** A complete standalone SVG document for the model (with `overlay`: the chosen damage's routes and threats). */
export function renderSvg(model: DiagramModel, opts: SvgOptions & { overlay?: DamageOverlay } = {}): string {
  const p = PALETTES[opts.theme ?? 'light'];
  const b = overlayBounds(model, opts.overlay);
  const x0 = b.minX < 0 ? b.minX - 8 : 0;
  const y0 = b.minY < 0 ? b.minY - 8 : 0;
  const width = Math.max(b.maxX - x0, 640);
  const notice = model.layout ? layoutNotice(model.layout) : undefined;
  const bottom = b.maxY + LEGEND_HEIGHT + (notice ? 20 : 0) + (opts.overlay ? 20 : 0);
  const height = bottom - y0;
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${n(height)}" viewBox="${n(x0)} ${n(y0)} ${n(width)} ${n(height)}" ${FONT}>`);
  out.push(`<title>${xmlEscape(opts.title ?? t('SmartFab plant diagram'))}</title>`);
  out.push(`<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${p.flow}"/></marker></defs>`);
  out.push(`<rect x="${n(x0)}" y="${n(y0)}" width="${n(width)}" height="${n(height)}" fill="${p.background}"/>`);
  // Containers first, then edges, then leaves: edges stay visible over zone fills, leaves cover edge ends.
  const leaves = model.nodes.filter((d) => d.type !== 'zone' && d.type !== 'plant');
  const marked = new Set((opts.overlay?.markers ?? []).filter((m) => m.kind === 'entry').map((m) => m.elementId));
  const draw = (d: DiagramNode) => renderNode(d, p, d.elementId !== undefined && marked.has(d.elementId));
  for (const d of model.nodes) if (d.type === 'zone' || d.type === 'plant') out.push(draw(d));
  for (const e of model.edges) out.push(renderEdge(e, p));
  for (const d of leaves) out.push(draw(d));
  if (opts.overlay) out.push(renderOverlay(model, opts.overlay, opts.theme, p, xmlEscape, markerLabel));
  let y = b.maxY + LEGEND_HEIGHT / 2;
  out.push(legend(y, p));
  if (opts.overlay) out.push(overlayLegend(20, (y += 20), opts, p));
  if (notice) out.push(text(20, y + 28, notice, p.muted, SMALL_FONT_SIZE, 'class="notice"'));
  out.push('</svg>');
  return out.join('\n') + '\n';
}
