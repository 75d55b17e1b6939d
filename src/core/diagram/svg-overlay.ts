// The damage overlay (overlay.ts) as SVG: highlighted routes, threat markers with their countermeasure IDs
// coloured by status, and the legend of those colours. Used by renderSvg when a damage is chosen.
import type { SvgTheme } from './types';
import { SMALL_FONT_SIZE, textWidth } from './measure';
import type { DamageOverlay, MeasureState, ThreatMarker } from './overlay';
import type { DiagramModel } from './types';
import type { Palette } from './svg-theme';

type Esc = (s: string) => string;
const n = (v: number) => String(Math.round(v * 10) / 10);

/** Status colours of countermeasure IDs; never colour alone: the legend and the title name each. */
export function measureColours(theme: SvgTheme | undefined, p: Palette): Record<MeasureState, string> {
  const dark = theme === 'dark';
  return {
    present: dark ? '#5fbf72' : '#2e8540',
    planned: p.severity.warning,
    missing: p.severity.error,
    'not-applicable': p.muted,
  };
}

export function highlightColour(theme: SvgTheme | undefined): string {
  return theme === 'dark' ? '#f0a030' : '#d9480f';
}

function marker(m: ThreatMarker, p: Palette, colours: Record<MeasureState, string>, esc: Esc, label: (m: ThreatMarker) => string): string {
  const parts = [`<g class="threat-marker ${m.kind}" data-element="${esc(m.elementId)}"><title>${esc(label(m))}</title>`];
  parts.push(`<rect x="${n(m.x)}" y="${n(m.y)}" width="${n(m.width)}" height="${m.height}" rx="3" fill="${p.labelFill}" stroke="${p.muted}" stroke-width="0.6"/>`);
  let x = m.x + 1;
  for (const item of m.items) {
    const pill = textWidth(item.threat, SMALL_FONT_SIZE) + 8;
    const fill = item.open ? p.severity.error : p.muted;
    parts.push(`<rect x="${n(x)}" y="${n(m.y + 1)}" width="${n(pill)}" height="${m.height - 2}" rx="3" fill="${fill}"/>`);
    parts.push(`<text x="${n(x + 4)}" y="${n(m.y + 12)}" fill="${p.badgeText}" font-size="${SMALL_FONT_SIZE}" font-weight="bold">${esc(item.threat)}</text>`);
    x += pill + 4;
    for (const s of item.measures) {
      const id = s.id.replace(/^ID/, '');
      const deco = s.state === 'missing' ? ' font-weight="bold"' : s.state === 'not-applicable' ? ' text-decoration="line-through"' : '';
      parts.push(`<text x="${n(x)}" y="${n(m.y + 12)}" fill="${colours[s.state]}" font-size="${SMALL_FONT_SIZE}"${deco}>${esc(id)}</text>`);
      x += textWidth(id, SMALL_FONT_SIZE) + 6;
    }
    x += 2;
  }
  parts.push('</g>');
  return parts.join('');
}

/** Outlines over the highlighted nodes and conduits, then the markers. */
export function renderOverlay(model: DiagramModel, overlay: DamageOverlay, theme: SvgTheme | undefined, p: Palette, esc: Esc, label: (m: ThreatMarker) => string): string {
  const hl = highlightColour(theme);
  const colours = measureColours(theme, p);
  const out: string[] = ['<g class="damage-overlay">'];
  for (const e of model.edges) {
    if (!overlay.highlight.has(e.elementId) || e.points.length < 2) continue;
    const pts = e.points.map((q) => `${n(q.x)},${n(q.y)}`).join(' ');
    out.push(`<polyline points="${pts}" fill="none" stroke="${hl}" stroke-width="5" stroke-opacity="0.45"/>`);
  }
  for (const d of model.nodes) {
    if (d.elementId === undefined || !overlay.highlight.has(d.elementId) || d.type === 'plant') continue;
    out.push(`<rect x="${n(d.x - 2)}" y="${n(d.y - 2)}" width="${n(d.width + 4)}" height="${n(d.height + 4)}" rx="6" fill="none" stroke="${hl}" stroke-width="2.5"/>`);
  }
  for (const m of overlay.markers) out.push(marker(m, p, colours, esc, label));
  out.push('</g>');
  return out.join('\n');
}

/** Extents of the markers beyond the model box (they sit above entry elements). */
export function overlayBounds(model: DiagramModel, overlay: DamageOverlay | undefined): { minX: number; minY: number; maxX: number; maxY: number } {
  let minX = 0;
  let minY = 0;
  let maxX = model.width;
  let maxY = model.height;
  for (const m of overlay?.markers ?? []) {
    minX = Math.min(minX, m.x);
    minY = Math.min(minY, m.y);
    maxX = Math.max(maxX, m.x + m.width);
    maxY = Math.max(maxY, m.y + m.height);
  }
  return { minX, minY, maxX, maxY };
}
