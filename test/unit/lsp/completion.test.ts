import assert from 'node:assert/strict';
import { InsertTextFormat } from 'vscode-languageserver-types';
import { completions } from '../../../src/core/lsp/completion';
import { setLocale } from '../../../src/core/lsp/l10n';
import { LineIndex } from '../../../src/core/text/line-index';
import { load, PLANT } from './fixture';

const { plant } = load();

/** Completion at the `|` marker; `withPlant: false` simulates a file that does not parse. */
function at(marked: string, withPlant = true) {
  const offset = marked.indexOf('|');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  return completions({ text, offset, lineIndex: new LineIndex(text), ...(withPlant ? { plant } : {}) });
}
const labels = (marked: string, withPlant = true) => at(marked, withPlant).map((i) => i.label);

describe('lsp completion', () => {
  before(() => setLocale('en'));

  it('offers zone kinds under zones and device kinds under devices', () => {
    const zoneKinds = labels(PLANT.replace('kind: iot-network', 'kind: |'));
    assert.equal(zoneKinds.length, 14);
    assert.ok(zoneKinds.includes('dmz') && !zoneKinds.includes('firewall'));
    const deviceKinds = at(PLANT.replace('kind: hmi', 'kind: h|'));
    assert.equal(deviceKinds.length, 24);
    const fw = deviceKinds.find((i) => i.label === 'firewall');
    assert.equal(fw?.detail, 'Firewall (FW)');
    assert.deepEqual(fw?.textEdit && 'range' in fw.textEdit ? fw.textEdit.range : undefined, {
      start: { line: 15, character: 10 },
      end: { line: 15, character: 11 },
    });
  });

  it('offers zone ids for zone:, parent: and between:, device ids for flows and via', () => {
    assert.deepEqual(labels(PLANT.replace('zone: iot-nw', 'zone: |')), ['iot-nw', 'ctrl-info']);
    assert.deepEqual(labels(PLANT.replace('between: [iot-nw, ctrl-info]', 'between: [iot-nw, c|]')), ['iot-nw', 'ctrl-info']);
    assert.deepEqual(labels(PLANT.replace('to: scada', 'to: |')), ['sensors', 'fw1', 'scada']);
    const via = at(PLANT.replace('via: [fw1]', 'via: [|]'));
    assert.deepEqual([...via].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? '')).map((i) => i.label), ['fw1', 'scada', 'sensors']);
  });

  it('offers every element as a countermeasure target', () => {
    assert.deepEqual(labels(PLANT.replace('target: iot-ctrl', 'target: |')), ['iot-ctrl', 'iot-nw', 'ctrl-info', 'sensors', 'fw1', 'scada']);
  });

  it('filters countermeasure IDs to those that apply to the chosen target', () => {
    assert.deepEqual(labels(PLANT.replace('measure: ID8-1', 'measure: |')), ['ID5-1', 'ID5-2', 'ID6-1', 'ID7-1', 'ID8-1', 'ID9-1', 'ID10-1']);
    assert.deepEqual(labels(`${PLANT}  - measure: |\n    target: sensors\n`), ['ID1-1', 'ID2-1', 'ID3-1']);
    const all = at(`${PLANT}  - measure: |\n`);
    assert.equal(all.length, 71, 'no target yet: every ID');
    assert.equal(all[0].filterText, 'ID1-1 1-1');
    assert.match((all[0].documentation as { value: string }).value, /^\*\*ID1-1\*\*/);
  });

  it("shows each countermeasure ID's measure name beside its label, in the user's language", () => {
    const item = (lang: string) => {
      setLocale(lang);
      return at(PLANT.replace('measure: ID8-1', 'measure: |')).find((i) => i.label === 'ID8-1');
    };
    try {
      assert.equal(item('ja')?.labelDetails?.description, 'フィルタリング装置の設置');
      assert.equal(item('en')?.labelDetails?.description, 'Installation of a filtering device');
    } finally {
      setLocale('en');
    }
  });

  it('offers statuses', () => {
    assert.deepEqual(labels(PLANT.replace('status: implemented', 'status: |')), ['planned', 'implemented', 'not-applicable']);
  });

  it('offers snippets at element level and the missing keys inside an element', () => {
    const conduit = at(PLANT.replace('conduits:\n', 'conduits:\n  |\n'));
    assert.equal(conduit.length, 1);
    assert.equal(conduit[0].insertTextFormat, InsertTextFormat.Snippet);
    assert.equal(conduit[0].insertText, '${1:conduit-id}:\n  between: [${2:zone-a}, ${3:zone-b}]\n  via: [${4}]');
    const flow = at(PLANT.replace('flows:\n', 'flows:\n  - |\n'));
    assert.equal(flow[0].insertText, 'from: ${1:device-a}\n  to: ${2:device-b}\n  protocol: ${3:mqtt}');
    assert.equal(at(PLANT.replace('flows:\n', 'flows:\n  |\n'))[0].insertText?.startsWith('- from:'), true);
    assert.deepEqual(labels(PLANT.replace('    count: 200', '    count: 200\n    |')), ['name', 'description', 'filtering', 'vpn', 'wireless', 'monitors']);
    assert.deepEqual(labels(`${PLANT}co|`), ['smartfab', 'plant', 'models', 'zones', 'devices', 'conduits', 'flows', 'countermeasures', 'risks', 'general']);
  });

  it('works in half-typed and broken files, with the ids known from the last good version', () => {
    const broken = 'zones:\n  a:\n    kind: |\n  b: [\ndevices:\n';
    assert.equal(labels(broken, false).length, 14);
    const offset = 'devices:\n  x:\n    zone: '.length;
    const text = 'devices:\n  x:\n    zone: \n  y: {\n';
    const items = completions({ text, offset, lineIndex: new LineIndex(text), knownIds: { zones: ['iot-nw'], devices: [], conduits: [] } });
    assert.deepEqual(items.map((i) => i.label), ['iot-nw']);
    assert.deepEqual(labels('|', false), ['smartfab', 'plant', 'models', 'zones', 'devices', 'conduits', 'flows', 'countermeasures', 'risks', 'general']);
  });
});

describe('lsp completion in flow style', () => {
  it('completes kinds inside a flow map and ids inside a flow sequence', () => {
    const text = 'smartfab: 1\nzones:\n  a: {kind: dmz}\ndevices:\n  gw: {kind: |}\n';
    assert.equal(labels(text, false).length, 24);
    assert.deepEqual(labels('zones:\n  a: {kind: dmz}\nconduits:\n  c: {between: [a, |]}\n'), ['iot-nw', 'ctrl-info']);
  });
});
