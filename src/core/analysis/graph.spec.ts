// Zone graph: shortest routes through intermediate zones, targets end routes, cuts, caching.
import assert from 'node:assert/strict';
import { buildPlant } from '../../../test/unit/analysis/builder';
import { ZoneGraph } from './graph';
import { PlantIndex } from './plant-index';

const plant = buildPlant({
  zones: { a: 'iot-network', b: 'generic', c: 'generic', d: 'control-info', e: 'control-info' },
  devices: { fw: ['firewall', 'b'] },
  conduits: { ab: ['a', 'b'], bd: { between: ['b', 'd'], via: ['fw'] }, ac: ['a', 'c'], cd: ['c', 'd'], de: ['d', 'e'] },
});
const graph = () => new ZoneGraph(new PlantIndex(plant));
const toControl = { key: 'ctl', isTarget: (z: string) => z === 'd' || z === 'e' };

describe('analysis: zone graph', () => {
  it('finds the shortest route to each target, in declaration order, without crossing a target', () => {
    const r = graph().routesFrom('a', toControl);
    assert.deepEqual([...r.keys()], ['d']);
    assert.deepEqual(r.get('d'), { conduits: ['ab', 'bd'], zones: ['a', 'b', 'd'] });
  });

  it('a start inside the target set is its own empty route', () => {
    assert.deepEqual([...graph().routesFrom('d', toControl)], [['d', { conduits: [], zones: ['d'] }]]);
  });

  it('everyRouteBlocked sees the second, unfiltered route', () => {
    const g = graph();
    const filtered = { key: 'f', conduit: (c: { via: readonly unknown[] }) => c.via.length > 0 };
    assert.equal(g.everyRouteBlocked('a', 'd', toControl, filtered), false);
    assert.equal(g.everyRouteBlocked('a', 'd', toControl, { key: 'no-c', zone: (z) => z === 'c' || z === 'b' }), true);
  });

  it('routeBetween crosses any zone; unknown or disconnected zones give undefined', () => {
    const g = graph();
    assert.deepEqual(g.routeBetween('a', 'e')?.zones, ['a', 'b', 'd', 'e']);
    assert.equal(g.routeBetween('a', 'zz'), undefined);
  });

  it('caches searches per start zone and key', () => {
    const g = graph();
    assert.equal(g.routesFrom('a', toControl), g.routesFrom('a', toControl));
  });
});
