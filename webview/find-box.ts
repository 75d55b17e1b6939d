// The "Find element" box: typing selects the first match without taking focus from the box, Enter walks the
// matches, Ctrl+F focuses it. While it has focus, Ctrl+Z / Ctrl+Y undo its own typing (the browser's), not the
// plant's text edits: the host is told, and the preview's undo keybindings yield (a context key).
import type { WebviewToHost } from '../src/core/diagram/protocol';
import type { DiagramModel } from '../src/core/diagram/types';
import { t } from './l10n';
import * as st from './state';
import type { Frame } from './ui';

export interface FindBoxHost {
  model(): DiagramModel | undefined;
  selected(): string | undefined;
  /** Selects a match; `reveal` (Enter) also moves the text cursor there. */
  select(id: string, reveal: boolean): void;
  status(text: string): void;
  post(m: WebviewToHost): void;
}

export function installFindBox(frame: Frame, host: FindBoxHost): void {
  let hits: string[] = [];
  frame.search.addEventListener('input', () => {
    const model = host.model();
    hits = model ? st.search(model, frame.search.value) : [];
    host.status(frame.search.value ? t('{0} match(es) (Enter for next)', hits.length) : '');
    if (hits[0]) host.select(hits[0], false);
  });
  frame.search.addEventListener('keydown', (e) => {
    e.stopPropagation(); // typing in the box is never a diagram shortcut
    if (e.key !== 'Enter' || hits.length === 0) return;
    const selected = host.selected();
    const i = selected ? hits.indexOf(selected) : -1;
    host.select(hits[(i + 1) % hits.length], true);
  });
  frame.search.addEventListener('focusin', () => host.post({ type: 'find-focus', focused: true }));
  frame.search.addEventListener('focusout', () => host.post({ type: 'find-focus', focused: false }));
  document.addEventListener('keydown', (e) => {
    if ((e.ctrlKey || e.metaKey) && e.key === 'f') {
      e.preventDefault();
      frame.search.focus();
    }
  });
}
