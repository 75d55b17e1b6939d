import assert from 'node:assert/strict';
import type { TextEdit } from 'vscode-languageserver-types';
import type { Analysis } from '../../../src/core/analysis/types';
import { codeLenses } from '../../../src/core/lsp/code-lens';
import { documentLinks, measureCommandUri } from '../../../src/core/lsp/document-links';
import { setLocale } from '../../../src/core/lsp/l10n';
import { renameEdits } from '../../../src/core/lsp/rename';
import type { LineIndex } from '../../../src/core/text/line-index';
import { load, offsetOf, PLANT } from './fixture';

function apply(text: string, li: LineIndex, edits: TextEdit[]): string {
  const sorted = edits.map((e) => ({ s: li.offset(e.range.start), e: li.offset(e.range.end), t: e.newText })).sort((a, b) => b.s - a.s);
  for (const e of sorted) text = text.slice(0, e.s) + e.t + text.slice(e.e);
  return text;
}

describe('lsp rename, code lens and document links', () => {
  before(() => setLocale('en'));
  const r = load();

  it('renames a zone from a reference: the key and every reference change, nothing else', () => {
    const out = renameEdits(r.index!, PLANT, offsetOf(PLANT, 'zone: ctrl-info', 0, 8), 'control', r.lineIndex);
    assert.ok('edits' in out, JSON.stringify(out));
    const renamed = apply(PLANT, r.lineIndex, out.edits);
    assert.equal(renamed, PLANT.replaceAll('ctrl-info', 'control'));
  });

  it('renames a device used in via, flows and targets', () => {
    const out = renameEdits(r.index!, PLANT, offsetOf(PLANT, 'fw1:'), 'fw-main', r.lineIndex);
    assert.ok('edits' in out);
    assert.equal(apply(PLANT, r.lineIndex, out.edits), PLANT.replaceAll('fw1', 'fw-main'));
  });

  it('refuses invalid names and non-element positions with a message', () => {
    const bad = renameEdits(r.index!, PLANT, offsetOf(PLANT, 'fw1:'), 'scada', r.lineIndex);
    assert.ok('error' in bad && bad.error.length > 0, 'renaming onto an existing id is refused');
    const nowhere = renameEdits(r.index!, PLANT, offsetOf(PLANT, 'protocol'), 'x', r.lineIndex);
    assert.deepEqual(nowhere, { error: 'Only zone, device, conduit and flow ids can be renamed.' });
  });

  it('links countermeasure IDs to their documentation command', () => {
    const links = documentLinks({ text: PLANT, lineIndex: r.lineIndex, index: r.index });
    assert.equal(links.length, 1);
    assert.equal(links[0].target, measureCommandUri('8-1'));
    assert.equal(links[0].target, 'command:smartfab.showMeasure?%5B%228-1%22%5D');
    assert.equal(PLANT.slice(r.lineIndex.offset(links[0].range.start), r.lineIndex.offset(links[0].range.end)), 'ID8-1');
  });

  it('shows open scenarios per damage and per zone from the analysis', () => {
    const analysis = {
      damages: [
        { damage: 1, model: 1, priority: true, title: 'x', status: 'open', scenarios: [
          { steps: [], threats: ['A1', 'A4'], target: 'scada', layers: 0, status: 'open' },
          { steps: [], threats: ['A2', 'A4'], target: 'scada', layers: 1, status: 'one-layer' },
        ] },
      ],
    } as unknown as Analysis;
    const lenses = codeLenses({ index: r.index!, lineIndex: r.lineIndex, analysis, problems: [] });
    assert.deepEqual(lenses.map((l) => `${l.range.start.line}:${l.command?.title}`), [
      '0:⚑ Damage 1: 1 open of 2 scenarios',
      '2:No open attack scenario ends here',
      '4:1 open attack scenario ends here',
    ]);
  });

  it('without an analysis, counts findings per zone', () => {
    const p = { code: 'threat-A1', severity: 'error' as const, message: '', span: { start: 0, end: 1 }, data: { target: 'sensors' } };
    const lenses = codeLenses({ index: r.index!, lineIndex: r.lineIndex, problems: [p] });
    assert.deepEqual(lenses.map((l) => `${l.range.start.line}:${l.command?.title}`), ['2:1 finding in this zone']);
  });
});
