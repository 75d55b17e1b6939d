// Draws a damage overlay (src/core/diagram/overlay.ts) as SVG DOM: the same markers the SVG export draws
// (threat pills, countermeasure numbers coloured by status through CSS classes). Text through textContent only.
import { SMALL_FONT_SIZE, textWidth } from '../src/core/diagram/measure';
import type { DamageOverlay, ThreatMarker } from '../src/core/diagram/overlay';
import { t } from './l10n';

const SVG_NS = 'http://www.w3.org/2000/svg';

function el<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, cls?: string): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (cls) e.setAttribute('class', cls);
  return e;
}

const STATE_WORD = (s: string): string =>
  s === 'missing' ? t('missing') : s === 'planned' ? t('planned') : s === 'present' ? t('present') : t('not applicable');

function tooltip(m: ThreatMarker): string {
  const id = (x: string): string => (x.startsWith('ID') ? x : `ID${x}`);
  return m.items.map((i) => `${i.threat}: ${i.measures.map((x) => `${id(x.id)} ${STATE_WORD(x.state)}`).join(', ')}`).join('\n');
}

function drawMarker(m: ThreatMarker): SVGGElement {
  const g = el('g', {}, `threat-marker ${m.kind}`);
  g.dataset.element = m.elementId;
  g.append(el('rect', { x: m.x, y: m.y, width: m.width, height: m.height, rx: 3 }, 'marker-bg'));
  let x = m.x + 1;
  for (const item of m.items) {
    const pill = textWidth(item.threat, SMALL_FONT_SIZE) + 8;
    g.append(el('rect', { x, y: m.y + 1, width: pill, height: m.height - 2, rx: 3 }, `marker-pill${item.open ? ' open' : ''}`));
    const label = el('text', { x: x + 4, y: m.y + 12 }, 'marker-threat');
    label.textContent = item.threat;
    g.append(label);
    x += pill + 4;
    for (const s of item.measures) {
      const id = s.id.replace(/^ID/, '');
      const txt = el('text', { x, y: m.y + 12 }, `marker-measure m-${s.state}`);
      txt.textContent = id;
      g.append(txt);
      x += textWidth(id, SMALL_FONT_SIZE) + 6;
    }
    x += 2;
  }
  const title = el('title', {});
  title.textContent = tooltip(m);
  g.append(title);
  return g;
}

/** The overlay layer (empty group when no damage is chosen). */
export function drawOverlay(overlay: DamageOverlay | undefined): SVGGElement {
  const layer = el('g', {}, 'layer-overlay');
  for (const m of overlay?.markers ?? []) layer.append(drawMarker(m));
  return layer;
}
