// Words for diagram states that every surface (webview banner, SVG, CLI) shows the same way.
import { t as coreT } from '../lsp/l10n';
import type { GridLayoutInfo } from './types';

type Translate = (template: string, ...args: (string | number)[]) => string;

/**
 * Why the plant is drawn with the simple grid layout, in the user's language. `t` is the caller's
 * translation function (the webview has its own bundle); the default is the core one.
 */
export function layoutNotice(info: GridLayoutInfo, t: Translate = coreT): string {
  return info.reason === 'failed'
    ? t('The layered layout failed on this plant ({0}); it is drawn with a simple grid layout, conduits as straight lines.', info.detail ?? '?')
    : t('The plant is too large for the layered layout ({0} zones, {1} edges); it is drawn with a simple grid layout, conduits as straight lines.', info.zones, info.edges);
}
