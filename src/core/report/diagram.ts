// The plant diagram inside the review report. HTML inlines the SVG. Markdown links a sibling .svg file when
// the report is written to a file (renders on GitHub and in VS Code's preview; GitHub strips data: images),
// else embeds it as <img src="data:image/svg+xml;base64,…"> (VS Code's preview and most viewers, not GitHub;
// markdown image syntax would not do: markdown-it refuses data:image/svg+xml links).
import type { Problem } from '../diagnostics';
import { currentLang, withLang, type Lang } from '../l10n/lang';
import { layoutDiagram } from '../diagram/layout';
import { renderSvg } from '../diagram/svg';
import type { DiagramOptions } from '../diagram/types';
import type { Plant } from '../model/plant';

export interface ReportDiagram {
  /** The standalone SVG document (light theme). */
  readonly svg?: string;
  /** Markdown: the relative file name the SVG is written to beside the report; absent: embedded. */
  readonly href?: string;
  /** Why there is no diagram (layout failed); shown in its place. */
  readonly error?: string;
}

/**
 * Lays the plant out and draws it in the light theme, its labels and legend in `lang` (the report's language,
 * default the process language); a layout failure is a value, not a throw.
 */
export async function drawReportDiagram(
  plant: Plant,
  findings: readonly Problem[],
  title: string,
  opts: DiagramOptions = {},
  lang: Lang = currentLang(),
): Promise<{ svg: string } | { error: string }> {
  try {
    const model = await layoutDiagram(plant, findings, opts, lang);
    return { svg: withLang(lang, () => renderSvg(model, { theme: 'light', title })) };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * The name of the SVG written beside a markdown report: its extension replaced, `plant.review.md` ->
 * `plant.review.svg`. Never the report's own name.
 */
export function diagramFileName(reportName: string): string {
  const base = reportName.split(/[\\/]/).pop() || 'report';
  const stem = base.replace(/(.)\.[^.]*$/, '$1');
  const name = `${stem}.svg`;
  return name === base ? `${stem}.diagram.svg` : name;
}

/** The SVG without its XML declaration, ready to sit inside an HTML body. */
export function inlineSvg(svg: string): string {
  return svg.replace(/^\s*<\?xml[^>]*\?>\s*/, '').trimEnd();
}

/** Base64 of the UTF-8 bytes, without Node's Buffer (the core also runs in browsers). */
export function base64Utf8(s: string): string {
  const bytes = new TextEncoder().encode(s);
  let bin = '';
  // Chunked: String.fromCharCode(...big array) overflows the call stack.
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}
