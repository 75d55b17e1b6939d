// The route model: cuts over every route, uncovered entry conduits with their shortest routes, one-way
// conduits, declaration-order independence, and graph work that grows with zones and conduits only.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analysis/index';
import { PlantIndex } from '../../../src/core/analysis/plant-index';
import { RouteModel, type Cover, type Pair, type PairGroup } from '../../../src/core/analysis/route-model';
import type { Plant } from '../../../src/core/model/plant';
import { buildPlant, type PlantSpec } from './builder';

const spec: PlantSpec = {
  zones: { a: 'iot-network', b: 'generic', c: 'generic', d: 'control-info', e: 'control-info' },
  devices: { fw: ['firewall', 'b'] },
  conduits: { ab: ['a', 'b'], bd: { between: ['b', 'd'], via: ['fw'] }, ac: ['a', 'c'], cd: ['c', 'd'], de: ['d', 'e'] },
};
const model = (p: Plant = buildPlant(spec)) => new RouteModel(new PlantIndex(p));
const toD: Pair = { key: 'a>d', sources: ['a'], targets: new Set(['d']), passable: (z) => z !== 'e' };
const filtered: Cover = { key: 'via', conduit: (c) => (c.via.length > 0 ? `fw on ${c.id}` : undefined) };

describe('analysis: route model', () => {
  it('without a cover, every entry conduit with its shortest route, by (length, id)', () => {
    const r = model().cut(toD);
    assert.equal(r.cut, false);
    assert.deepEqual(r.uncovered, [
      { entry: 'bd', conduits: ['ab', 'bd'], zones: ['a', 'b', 'd'] },
      { entry: 'cd', conduits: ['ac', 'cd'], zones: ['a', 'c', 'd'] },
    ]);
  });

  it('a cover on one route leaves the other uncovered, and says where it is in place', () => {
    const r = model().cut(toD, filtered);
    assert.equal(r.cut, false);
    assert.deepEqual(r.uncovered.map((u) => u.entry), ['cd']);
    assert.deepEqual(r.blockers, [{ id: 'bd', why: 'fw on bd' }]);
    const both: Cover = { key: 'both', conduit: (c) => (c.id === 'bd' || c.id === 'ac' ? c.id : undefined) };
    assert.equal(model().cut(toD, both).cut, true);
    const zone: Cover = { key: 'zones', zone: (z) => (z === 'b' || z === 'c' ? z : undefined) };
    assert.equal(model().cut(toD, zone).cut, true);
    assert.equal(model().cut(toD, { key: 'src', zone: (z) => (z === 'a' ? z : undefined) }).cut, true, 'a covered source side');
  });

  it('a shared cover that stops nothing anywhere searches as no cover (one cached result); one that stops something does not', () => {
    const m = model();
    const bare = m.cut(toD);
    assert.equal(m.cut(toD, { key: 'shown:8', shared: true, conduit: () => undefined, zone: () => undefined }), bare);
    const viaShared: Cover = { ...filtered, key: 'shown:10', shared: true };
    assert.deepEqual(m.cut(toD, viaShared), m.cut(toD, filtered));
    assert.notEqual(m.cut(toD, viaShared), bare);
  });

  it('one-way conduits are crossed only from the first zone of between to the second', () => {
    const p = buildPlant({ ...spec, conduits: { ab: ['a', 'b'], bd: { between: ['d', 'b'], direction: 'one-way' }, ac: ['a', 'c'], cd: { between: ['c', 'd'], direction: 'one-way' } } });
    const r = model(p).cut(toD);
    assert.deepEqual(r.uncovered.map((u) => u.entry), ['cd']);
    assert.deepEqual([...model(p).reach('k', ['d'], {})].sort(), ['a', 'b', 'c', 'd']);
    assert.deepEqual([...model(p).reach('k', ['d'], { backward: true })].sort(), ['a', 'b', 'c', 'd']);
    assert.deepEqual([...model(p).reach('k', ['b'], { backward: true })].sort(), ['a', 'b', 'c', 'd']);
    assert.deepEqual([...model(p).reach('k', ['c'], { passable: (z) => z !== 'a' })].sort(), ['b', 'c', 'd']);
  });

  it('a shared search: covers stopping the same elements share their routes, and answer as each alone would', () => {
    const group: PairGroup = { key: 'from-a', memberOf: new Map([['d', ['d']], ['e', ['e']]]), sidesKey: 'ctrl' };
    const pairInto = (t: string): Pair => ({ key: `a>${t}`, sources: ['a'], targets: new Set([t]), passable: (z) => z !== 'd' && z !== 'e', group, member: t });
    const onB = (why: string): Cover => ({ key: why, zone: (z) => (z === 'b' ? why : undefined) });
    const onC: Cover = { key: 'c', zone: (z) => (z === 'c' ? 'c' : undefined) };
    const m = model();
    const [x, y, z] = [m.cut(pairInto('d'), onB('x')), m.cut(pairInto('d'), onB('y')), m.cut(pairInto('d'), onC)];
    assert.equal(x.uncovered, y.uncovered, 'one route list for both covers');
    assert.deepEqual([x.blockers, y.blockers], [[{ id: 'b', why: 'x' }], [{ id: 'b', why: 'y' }]]);
    for (const [cover, r] of [[onB('x'), x], [onB('y'), y], [onC, z]] as const) assert.deepEqual(model().cut(pairInto('d'), cover), r);
    assert.deepEqual(x.uncovered.map((u) => u.entry), ['cd']);
    assert.deepEqual(z.uncovered.map((u) => u.entry), ['bd']);
  });

  it('results do not depend on the order of conduits or zones in the file', () => {
    const p = buildPlant(spec);
    const q: Plant = { ...p, conduits: [...p.conduits].reverse(), zones: [...p.zones].reverse() };
    assert.deepEqual(model(q).cut(toD), model(p).cut(toD));
  });

  it('graph work does not grow with devices, and grows linearly with a chain of zones', () => {
    const chain = (zones: number, devicesPerZone: number): PlantSpec => {
      const s: PlantSpec = { zones: { iot: 'iot-network', ctrl: 'control-info' }, devices: { srv: ['analysis-server', 'ctrl'] }, conduits: {} };
      let prev = 'iot';
      for (let i = 0; i < zones; i++) {
        s.zones[`z${i}`] = 'generic';
        s.conduits![`c${i}`] = [prev, `z${i}`];
        for (let k = 0; k < devicesPerZone; k++) s.devices![`d${i}-${k}`] = { kind: 'iot-device', zone: 'iot', count: 2 };
        prev = `z${i}`;
      }
      s.conduits!.last = [prev, 'ctrl'];
      s.measures = [['8-1', 'last'], ['9-1', 'c0'], ['6-1', 'ctrl']];
      return s;
    };
    const work = (zones: number, devices: number) => {
      const original = RouteModel.prototype.cut;
      let models: RouteModel[] = [];
      RouteModel.prototype.cut = function (this: RouteModel, ...args: Parameters<RouteModel['cut']>) {
        if (!models.includes(this)) models.push(this);
        return original.apply(this, args);
      };
      try {
        models = [];
        const a = analyze(buildPlant(chain(zones, devices)));
        assert.equal(a.instances.filter((i) => i.threat === 'A4').length, 1);
        return models.reduce((n, m) => n + m.work, 0);
      } finally {
        RouteModel.prototype.cut = original;
      }
    };
    assert.equal(work(50, 1), work(50, 40), 'devices add no graph work');
    const w100 = work(100, 1);
    const w200 = work(200, 1);
    assert.ok(w200 <= 2.2 * w100, `work ${w100} at 100 zones, ${w200} at 200: not linear`);
  });

  it('one search per source side serves every protected side: work grows with zones, not with targets × zones', () => {
    // One IoT network behind a hub joined to n control networks: n A4 boundaries from one source side.
    const star = (n: number): PlantSpec => {
      const s: PlantSpec = {
        zones: { iot: 'iot-network', hub: 'generic' },
        devices: { srv: ['analysis-server', 'hub'], fw: ['firewall', 'hub'], s1: { kind: 'iot-device', zone: 'iot', count: 2 } },
        conduits: { up: ['iot', 'hub'] },
      };
      for (let i = 0; i < n; i++) {
        s.zones[`ctrl${i}`] = 'control-info';
        // Every third entry conduit filtered: covers that cut some boundaries and not others.
        s.conduits![`c${i}`] = i % 3 === 0 ? { between: ['hub', `ctrl${i}`], via: ['fw'] } : ['hub', `ctrl${i}`];
      }
      s.measures = [['6-1', 'ctrl0']];
      return s;
    };
    const run = (n: number) => {
      const original = RouteModel.prototype.cut;
      const models: RouteModel[] = [];
      let cuts = 0;
      RouteModel.prototype.cut = function (this: RouteModel, ...args: Parameters<RouteModel['cut']>) {
        if (!models.includes(this)) models.push(this);
        cuts++;
        return original.apply(this, args);
      };
      try {
        const a = analyze(buildPlant(star(n)));
        assert.equal(a.instances.filter((i) => i.threat === 'A4').length, n, 'one A4 instance per control network');
        return { work: models.reduce((w, m) => w + m.work, 0), cuts };
      } finally {
        RouteModel.prototype.cut = original;
      }
    };
    const small = run(100);
    const large = run(400);
    assert.ok(large.cuts >= 4 * small.cuts * 0.9, 'every boundary is still answered');
    // Per-pair searches would do n × (zones + conduits) work, 16x from 100 to 400 targets.
    assert.ok(large.work <= 4.5 * small.work, `work ${small.work} at 100 targets, ${large.work} at 400: not linear`);
    assert.ok(large.work < 400 * 400, `work ${large.work} at 400 targets is of the order of targets × zones`);
  });
});
