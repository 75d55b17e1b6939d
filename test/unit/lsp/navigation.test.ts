import assert from 'node:assert/strict';
import { definition, documentSymbols, prepareRename, references } from '../../../src/core/lsp/navigation';
import { setLocale } from '../../../src/core/lsp/l10n';
import { load, offsetOf, PLANT } from './fixture';

const URI = 'file:///p.smartfab.yaml';

describe('lsp navigation', () => {
  before(() => setLocale('en'));
  const r = load();
  const idx = r.index!;
  const lineOf = (needle: string, nth = 0) => r.lineIndex.position(offsetOf(PLANT, needle, nth)).line;

  it('goes from a reference to the definition of the element', () => {
    const loc = definition(idx, offsetOf(PLANT, 'zone: iot-nw', 0, 7), URI, r.lineIndex);
    assert.deepEqual(loc, { uri: URI, range: { start: { line: 2, character: 2 }, end: { line: 2, character: 8 } } });
  });

  it('resolves references inside flow sequences (between, via)', () => {
    const loc = definition(idx, offsetOf(PLANT, 'via: [fw1]', 0, 6), URI, r.lineIndex);
    assert.equal(loc?.range.start.line, lineOf('  fw1:'));
  });

  it('finds every reference to a zone, with and without its declaration', () => {
    const at = offsetOf(PLANT, 'ctrl-info:');
    const refs = references(idx, at, URI, r.lineIndex, false).map((l) => l.range.start.line);
    assert.deepEqual(refs, [lineOf('zone: ctrl-info'), lineOf('zone: ctrl-info', 1), lineOf('between')]);
    assert.equal(references(idx, at, URI, r.lineIndex, true).length, 4);
  });

  it('finds references of a conduit in countermeasure targets', () => {
    const refs = references(idx, offsetOf(PLANT, 'iot-ctrl:'), URI, r.lineIndex, false);
    assert.deepEqual(refs.map((l) => l.range.start.line), [lineOf('target: iot-ctrl')]);
  });

  it('prepares a rename on element ids only', () => {
    const ok = prepareRename(idx, offsetOf(PLANT, 'to: scada', 0, 5), r.lineIndex);
    assert.equal(ok?.placeholder, 'scada');
    assert.equal(prepareRename(idx, offsetOf(PLANT, 'protocol'), r.lineIndex), undefined);
    assert.equal(prepareRename(idx, offsetOf(PLANT, 'iot-network'), r.lineIndex), undefined);
  });

  it('lists zones, devices, conduits, flows and countermeasures as document symbols', () => {
    const syms = documentSymbols(idx, r.lineIndex);
    assert.deepEqual(syms.map((s) => s.name), ['Zones', 'Devices', 'Conduits', 'Flows', 'Countermeasures']);
    assert.deepEqual(syms[0].children?.map((c) => c.name), ['iot-nw', 'ctrl-info']);
    assert.deepEqual(syms[1].children?.map((c) => `${c.name}:${c.detail}`), ['sensors:iot-device @ iot-nw', 'fw1:firewall @ ctrl-info', 'scada:hmi @ ctrl-info']);
    assert.deepEqual(syms[2].children?.map((c) => c.name), ['iot-ctrl']);
    assert.deepEqual(syms[3].children?.map((c) => c.name), ['sensors->scada']);
    assert.deepEqual(syms[4].children?.map((c) => c.name), ['ID8-1 → iot-ctrl']);
    for (const s of syms.flatMap((x) => x.children ?? [])) {
      assert.ok(s.range.start.line <= s.selectionRange.start.line && s.selectionRange.end.line <= s.range.end.line, s.name);
    }
  });

  it('starts each section symbol at its key (sticky scroll and breadcrumbs show `zones:`)', () => {
    const syms = documentSymbols(idx, r.lineIndex, PLANT);
    for (const [i, key] of ['zones', 'devices', 'conduits', 'flows', 'countermeasures'].entries()) {
      const at = r.lineIndex.position(offsetOf(PLANT, `\n${key}:`) + 1);
      assert.deepEqual(syms[i].range.start, at, key);
      assert.deepEqual(syms[i].selectionRange, { start: at, end: { line: at.line, character: key.length } }, key);
    }
  });

  it('localises symbol groups in Japanese', () => {
    setLocale('ja-JP');
    try {
      assert.equal(documentSymbols(idx, r.lineIndex)[0].name, 'ゾーン');
    } finally {
      setLocale('en');
    }
  });
});
