// The changes since a baseline (changes.ts) as SVG, as the webview draws them (webview/changes.ts): an outline
// per changed element, each kind its own colour and dash pattern, and a legend line with the counts. Used by
// renderSvg for `smartfab diagram --baseline OLD`.
import { t } from '../lsp/l10n';
import type { DiagramChanges, ElementChange } from './changes';
import { SMALL_FONT_SIZE, textWidth } from './measure';
import type { Palette } from './svg-theme';
import type { DiagramModel, SvgTheme } from './types';

type Esc = (s: string) => string;
const n = (v: number) => String(Math.round(v * 10) / 10);
const HALO = 5;

/** Colour and dash of each kind; never colour alone: the dash and the legend tell them apart too. */
export function changeStyles(theme: SvgTheme | undefined, p: Palette): Record<ElementChange, { colour: string; dash: string }> {
  const dark = theme === 'dark';
  return {
    added: { colour: p.severity.error, dash: '' },
    resolved: { colour: dark ? '#5fbf72' : '#2e8540', dash: '8 4' },
    changed: { colour: p.severity.warning, dash: '2 3' },
    'new-element': { colour: dark ? '#4da3ff' : '#1a6fd1', dash: '10 3 2 3' },
  };
}

const words = (c: DiagramChanges): Record<ElementChange, string> => ({
  added: t('{0} ({1})', t('New findings since the baseline'), c.added),
  resolved: t('{0} ({1})', t('Findings resolved since the baseline'), c.resolved),
  changed: t('{0} ({1})', t('Findings changed since the baseline'), c.changed),
  'new-element': t('{0} ({1})', t('Element added since the baseline'), c.newElements),
});

/** The outlines of the changed elements (absolute diagram coordinates). */
export function renderChanges(model: DiagramModel, changes: DiagramChanges, theme: SvgTheme | undefined, p: Palette, esc: Esc): string {
  const styles = changeStyles(theme, p);
  const out = ['<g class="changes">'];
  for (const [id, kind] of Object.entries(changes.elements)) {
    const s = styles[kind];
    const dash = s.dash ? ` stroke-dasharray="${s.dash}"` : '';
    const title = `<title>${esc(`${id}: ${words(changes)[kind].replace(/ \(\d+\)$/, '')}`)}</title>`;
    for (const d of model.nodes) {
      if (d.elementId !== id || d.type === 'summary') continue;
      out.push(`<rect class="change change-${kind}" x="${n(d.x - HALO)}" y="${n(d.y - HALO)}" width="${n(d.width + 2 * HALO)}" height="${n(d.height + 2 * HALO)}" rx="8" fill="none" stroke="${s.colour}" stroke-width="3"${dash}>${title}</rect>`);
    }
    for (const e of model.edges) {
      if (e.elementId !== id || e.points.length < 2) continue;
      const pts = e.points.map((q) => `${n(q.x)},${n(q.y)}`).join(' ');
      out.push(`<polyline class="change change-${kind}" points="${pts}" fill="none" stroke="${s.colour}" stroke-width="9" stroke-opacity="0.45" stroke-linecap="round"${dash}>${title}</polyline>`);
    }
  }
  out.push('</g>');
  return out.join('\n');
}

/** The legend line: "Changes since HEAD:plant…", then each kind with its count; removed elements named. */
export function changesLegend(x: number, y: number, changes: DiagramChanges, theme: SvgTheme | undefined, p: Palette, esc: Esc): string {
  const styles = changeStyles(theme, p);
  const label = (s: string, at: number) => `<text x="${n(at)}" y="${n(y + 4)}" fill="${p.text}" font-size="${SMALL_FONT_SIZE}">${esc(s)}</text>`;
  const head = `${t('Changes since {0}', changes.label)}:`;
  const parts = ['<g class="legend changes-legend">', label(head, x)];
  x += textWidth(head, SMALL_FONT_SIZE) + 10;
  const w = words(changes);
  for (const kind of ['added', 'resolved', 'changed', 'new-element'] as const) {
    const s = styles[kind];
    parts.push(`<rect x="${n(x)}" y="${n(y - 6)}" width="14" height="12" rx="2" fill="none" stroke="${s.colour}" stroke-width="2"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/>`);
    parts.push(label(w[kind], x + 18));
    x += 30 + textWidth(w[kind], SMALL_FONT_SIZE);
  }
  if (changes.removedElements.length) parts.push(label(t('Removed: {0}', changes.removedElements.join(', ')), x));
  parts.push('</g>');
  return parts.join('');
}
