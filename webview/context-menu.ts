// The context menu of a drawn element (right click, Shift+F10, the ContextMenu key) and the actions it and the
// keyboard run: each action is a request to the host (the host owns the text), or a mode of the drawing.
import type { WebviewToHost } from '../src/core/diagram/protocol';
import type { DiagramModel } from '../src/core/diagram/types';
import { contextItems, type MenuAction } from './menu';
import type { Frame } from './ui';

export interface ContextMenuHost {
  model(): DiagramModel | undefined;
  /** Selects the element as picked in the diagram; `reveal` also moves the text cursor there. */
  select(id: string, reveal: boolean): void;
  post(m: WebviewToHost): void;
  /** Starts "connect": the next zone clicked gets a conduit from `zoneId`. */
  connect(zoneId: string): void;
}

export interface ContextMenu {
  open(id: string | undefined, x: number, y: number): void;
  run(action: MenuAction, id: string): void;
}

export function installContextMenu(frame: Frame, host: ContextMenuHost): ContextMenu {
  let target: string | undefined;
  const run = (a: MenuAction, id: string): void => {
    switch (a) {
      case 'reveal':
        return host.select(id, true);
      case 'insert-dmz':
      case 'set-vpn':
        return host.post({ type: 'edit', op: a, args: { conduitId: id } });
      case 'insert-firewall':
      case 'insert-ids':
        return host.post({ type: 'edit', op: 'insert-filter', args: { conduitId: id, kind: a === 'insert-ids' ? 'ids' : 'firewall' } });
      case 'delete':
        return host.post({ type: 'edit', op: 'delete', args: { elementId: id } });
      case 'expand':
      case 'collapse':
        return host.post({ type: 'expand', zoneId: id, expanded: a === 'expand' });
      case 'connect':
        return host.connect(id);
    }
  };
  const open = (id: string | undefined, x: number, y: number): void => {
    const model = host.model();
    if (!model || !id) return;
    host.select(id, false);
    const items = contextItems(model, id);
    if (items.length === 0) return;
    target = id;
    frame.menu.data = items.map((i) => ({ label: i.label, value: i.action }));
    frame.menu.style.left = `${x}px`;
    frame.menu.style.top = `${y}px`;
    frame.menu.show = true;
    frame.menu.focus();
  };
  // The element fires 'vsc-context-menu-select' (its docs say 'vsc-menu-select').
  frame.menu.addEventListener('vsc-context-menu-select', (e) => {
    const value = (e as CustomEvent<{ value: string }>).detail.value as MenuAction;
    if (target) run(value, target);
  });
  return { open, run };
}
