// Context menu entries per element type (pure, unit-tested): what the diagram can do to a conduit, a zone, a device.
import type { DiagramModel } from '../src/core/diagram/types';
import { t } from './l10n';

export type MenuAction =
  | 'reveal'
  | 'insert-dmz'
  | 'insert-firewall'
  | 'insert-ids'
  | 'set-vpn'
  | 'delete'
  | 'expand'
  | 'collapse'
  | 'connect';

export interface MenuItem {
  readonly label: string;
  readonly action: MenuAction;
}

export function contextItems(model: DiagramModel, elementId: string): MenuItem[] {
  const node = model.nodes.find((n) => n.elementId === elementId && n.type !== 'summary');
  const edge = model.edges.find((e) => e.elementId === elementId);
  const items: MenuItem[] = [{ label: t('Show in YAML'), action: 'reveal' }];
  if (!node && edge?.type === 'conduit') {
    items.push(
      { label: t('Insert DMZ'), action: 'insert-dmz' },
      { label: t('Insert firewall'), action: 'insert-firewall' },
      { label: t('Add IDS'), action: 'insert-ids' },
    );
    if (!edge.vpn) items.push({ label: t('Use a VPN'), action: 'set-vpn' });
  }
  if (node?.type === 'zone') {
    items.push({ label: t('Connect to another zone…'), action: 'connect' });
    if (node.collapsed) items.push({ label: t('Expand devices'), action: 'expand' });
    else if (model.options.expanded.includes(elementId)) items.push({ label: t('Collapse devices'), action: 'collapse' });
  }
  if (node || edge) items.push({ label: t('Delete'), action: 'delete' });
  return node || edge ? items : [];
}
