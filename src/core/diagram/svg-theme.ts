// Colour palettes for the standalone SVG. Severity colours follow VS Code's problem colours; high contrast uses
// black/white with strong outlines.
import type { Severity } from '../diagnostics';
import type { SvgTheme } from './types';

export interface Palette {
  readonly background: string;
  readonly text: string;
  readonly muted: string;
  readonly plantStroke: string;
  readonly zoneFill: Record<'external' | 'dmz' | 'information' | 'control' | 'iot' | 'field' | 'generic', string>;
  readonly zoneStroke: string;
  readonly deviceFill: string;
  readonly deviceStroke: string;
  readonly viaFill: string;
  readonly viaStroke: string;
  readonly conduit: string;
  readonly flow: string;
  readonly labelFill: string;
  readonly severity: Record<Severity, string>;
  readonly badgeText: string;
}

const SEVERITY_LIGHT: Record<Severity, string> = { error: '#e51400', warning: '#bf8803', info: '#1a85ff', hint: '#6c6c6c' };
const SEVERITY_DARK: Record<Severity, string> = { error: '#f14c4c', warning: '#cca700', info: '#3794ff', hint: '#a0a0a0' };

export const PALETTES: Record<SvgTheme, Palette> = {
  light: {
    background: '#ffffff', text: '#1f1f1f', muted: '#5f5f5f', plantStroke: '#6b6b6b',
    zoneFill: { external: '#eef1f5', dmz: '#fff4e0', information: '#e8f1fb', control: '#e9f6ec', iot: '#f3ecfb', field: '#e6f5f4', generic: '#f4f4f4' },
    zoneStroke: '#8a8a8a', deviceFill: '#ffffff', deviceStroke: '#7a7a7a', viaFill: '#fde7c7', viaStroke: '#b8741a',
    conduit: '#505050', flow: '#1a6fd6', labelFill: '#ffffff', severity: SEVERITY_LIGHT, badgeText: '#ffffff',
  },
  dark: {
    background: '#1e1e1e', text: '#e0e0e0', muted: '#a8a8a8', plantStroke: '#9a9a9a',
    zoneFill: { external: '#2a2d33', dmz: '#3a2f1c', information: '#1f2c3a', control: '#1f3324', iot: '#2e2440', field: '#1c3533', generic: '#2b2b2b' },
    zoneStroke: '#6f6f6f', deviceFill: '#252526', deviceStroke: '#8a8a8a', viaFill: '#4a3517', viaStroke: '#d89b3c',
    conduit: '#b0b0b0', flow: '#4fa3ff', labelFill: '#1e1e1e', severity: SEVERITY_DARK, badgeText: '#000000',
  },
  'high-contrast': {
    background: '#000000', text: '#ffffff', muted: '#ffffff', plantStroke: '#ffffff',
    zoneFill: { external: '#000000', dmz: '#000000', information: '#000000', control: '#000000', iot: '#000000', field: '#000000', generic: '#000000' },
    zoneStroke: '#6fc3df', deviceFill: '#000000', deviceStroke: '#ffffff', viaFill: '#000000', viaStroke: '#f38518',
    conduit: '#ffffff', flow: '#6fc3df', labelFill: '#000000', severity: { error: '#ff3333', warning: '#ffd700', info: '#6fc3df', hint: '#ffffff' }, badgeText: '#000000',
  },
};

export function zoneTone(kind: string | undefined, external: boolean): keyof Palette['zoneFill'] {
  if (external) return 'external';
  switch (kind) {
    case 'dmz': return 'dmz';
    case 'information': return 'information';
    case 'control-info': return 'control';
    case 'iot-network': case 'robot-network': return 'iot';
    case 'control-field': return 'field';
    default: return 'generic';
  }
}
