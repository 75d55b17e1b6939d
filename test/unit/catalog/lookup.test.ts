// Lookup helpers: ID normalisation, lookups by id, and which IDs fit a plant element.
import * as assert from 'node:assert/strict';
import {
  countermeasureById,
  countermeasuresForTarget,
  countermeasuresOfThreat,
  damageById,
  measureKindById,
  modelById,
  normalizeMeasureId,
  threatById,
  threatsOfDamage,
  threatsOfModel,
} from '../../../src/core/catalog/index';

describe('catalogue lookups', () => {
  describe('normalizeMeasureId', () => {
    const ok: Array<[string, string]> = [
      ['8-1', '8-1'],
      ['ID8-1', '8-1'],
      ['id8-1', '8-1'],
      ['Id10-2', '10-2'],
      ['ID 8-1', '8-1'],
      ['  ID8-10 ', '8-10'],
      ['ＩＤ８－１', '8-1'], // full width, as typed with a Japanese IME
      ['ID8‐1', '8-1'], // U+2010 hyphen
      ['ID8−1', '8-1'], // U+2212 minus
      ['08-01', '8-1'],
      ['99-1', '99-1'], // well-formed but unknown: countermeasureById says whether it exists
    ];
    for (const [input, want] of ok) it(`reads ${JSON.stringify(input)} as ${want}`, () => assert.equal(normalizeMeasureId(input), want));

    const bad = ['', ' ', 'ID', 'ID8', '8', '8-', '-1', '8--1', '8-1-1', 'ID8_1', 'ID8.1', 'IDD8-1', 'xID8-1', '0-1', '8-0', '1234-1', 'ID-8-1', '8 - 1x', '1'.repeat(100)];
    for (const input of bad) it(`rejects ${JSON.stringify(input.slice(0, 12))}`, () => assert.equal(normalizeMeasureId(input), undefined));

    it('rejects non-strings without throwing', () => {
      assert.equal(normalizeMeasureId(undefined as unknown as string), undefined);
      assert.equal(normalizeMeasureId(81 as unknown as string), undefined);
    });
  });

  it('countermeasureById accepts 8-1, ID8-1 and id8-1, and nothing that does not exist', () => {
    for (const s of ['8-1', 'ID8-1', 'id8-1']) assert.equal(countermeasureById(s)?.id, '8-1');
    for (const s of ['ID8-11', '19-1', '3-5', 'A4', '']) assert.equal(countermeasureById(s), undefined);
  });

  it('threatById is case-insensitive and exact', () => {
    assert.equal(threatById('a4')?.id, 'A4');
    assert.equal(threatById(' L3 ')?.id, 'L3');
    for (const s of ['A5', 'M1', 'A', '8-1', '']) assert.equal(threatById(s), undefined);
  });

  it('looks up damages, measure kinds and models by number', () => {
    assert.equal(damageById(13)?.model, 6);
    assert.equal(damageById(14), undefined);
    assert.equal(measureKindById(18)?.title.ja, '制御コマンドの検証');
    assert.equal(measureKindById(0), undefined);
    assert.equal(modelById(7)?.damages.length, 0);
  });

  it('lists threats per model and per damage', () => {
    assert.deepEqual(threatsOfModel(1).map((t) => t.id), ['A1', 'A2', 'A3', 'A4', 'B1', 'B2', 'B3']);
    assert.deepEqual(threatsOfModel(7), []);
    assert.deepEqual(threatsOfDamage(2).map((t) => t.id), ['A1', 'A2', 'A3']);
    assert.deepEqual(countermeasuresOfThreat('D6').map((c) => c.id), ['8-3', '13-1']);
    assert.deepEqual(countermeasuresOfThreat('nope'), []);
  });

  describe('countermeasuresForTarget', () => {
    const ids = (q: Parameters<typeof countermeasuresForTarget>[0]) => countermeasuresForTarget(q).map((c) => c.id);

    it('finds device IDs by device kind', () => {
      assert.deepEqual(ids({ device: 'iot-gateway' }), ['1-2', '2-2', '3-2', '4-1']);
      assert.deepEqual(ids({ device: 'vendor-terminal' }), ['1-9', '2-9', '13-3', '14-4', '15-4']);
      assert.deepEqual(ids({ device: 'firewall' }), []);
    });

    it('finds network IDs by zone kind', () => {
      assert.deepEqual(ids({ zone: 'iot-network' }), ['5-1', '7-1']);
      assert.deepEqual(ids({ zone: 'other-factory' }), ['12-1']);
      assert.deepEqual(ids({ zone: 'closed-network' }), ['11-1', '11-2', '11-3']);
    });

    it('finds boundary IDs whichever way round the conduit is written', () => {
      const iot = { zoneKind: 'iot-network' } as const;
      const ctrl = { zoneKind: 'control-info' } as const;
      assert.deepEqual(ids({ boundary: [iot, ctrl] }), ['6-1', '8-1', '9-1', '10-1']);
      assert.deepEqual(ids({ boundary: [ctrl, iot] }), ['6-1', '8-1', '9-1', '10-1']);
    });

    it('matches a device side through the devices in the zone', () => {
      const dmz = { zoneKind: 'dmz', deviceKinds: ['remote-access-server'] } as const;
      assert.deepEqual(ids({ boundary: [{ zoneKind: 'internet' }, dmz] }), ['8-4', '8-8']);
      assert.deepEqual(ids({ boundary: [dmz, { zoneKind: 'control-info' }] }), ['8-5']);
      assert.deepEqual(ids({ boundary: [{ zoneKind: 'generic' }, { zoneKind: 'generic' }] }), []);
    });
  });
});
