import { strict as assert } from 'node:assert';
import type { FindingSummary } from '../../../src/core/diagram/protocol';
import { contextItems } from '../../../webview/menu';
import * as st from '../../../webview/state';
import { MODEL } from './fixture';

describe('webview state', () => {
  it('selects only plant elements: not the plant boundary, not summaries', () => {
    assert.deepEqual(
      st.selectableNodes(MODEL).map((n) => n.elementId),
      ['net', 'iot-nw', 'sensors', 'gw', 'ctrl', 'fw1', 'analysis'],
    );
    assert.ok(st.isDrawn(MODEL, 'iot-ctrl'), 'conduits are drawn as edges');
    assert.ok(!st.isDrawn(MODEL, 'nope'));
    assert.equal(st.edgesOfElement(MODEL, 'iot-ctrl').length, 2, 'one edge per conduit segment');
  });

  describe('search', () => {
    it('matches id or label, case-insensitively, nodes first then conduits', () => {
      assert.deepEqual(st.search(MODEL, 'SENS'), ['sensors']);
      assert.deepEqual(st.search(MODEL, 'line'), ['sensors'], 'by label');
      assert.deepEqual(st.search(MODEL, 'ctrl'), ['ctrl', 'iot-ctrl']);
      assert.deepEqual(st.search(MODEL, 'iot'), ['iot-nw', 'iot-ctrl']);
    });
    it('finds nothing for an empty query or a miss', () => {
      assert.deepEqual(st.search(MODEL, '   '), []);
      assert.deepEqual(st.search(MODEL, 'zzz'), []);
    });
  });

  describe('keyboard navigation', () => {
    it('Tab and Shift+Tab walk the file order and wrap', () => {
      assert.equal(st.navigate(MODEL, undefined, 'Tab'), 'net');
      assert.equal(st.navigate(MODEL, 'net', 'Tab'), 'iot-nw');
      assert.equal(st.navigate(MODEL, 'analysis', 'Tab'), 'net');
      assert.equal(st.navigate(MODEL, 'net', 'Shift+Tab'), 'analysis');
      assert.equal(st.navigate(MODEL, undefined, 'Shift+Tab'), 'analysis');
      assert.equal(st.navigate(MODEL, 'gw', 'Home'), 'net');
      assert.equal(st.navigate(MODEL, 'gw', 'End'), 'analysis');
    });
    it('arrows go to the nearest element in that direction', () => {
      assert.equal(st.navigate(MODEL, 'sensors', 'ArrowDown'), 'gw');
      assert.equal(st.navigate(MODEL, 'gw', 'ArrowUp'), 'sensors');
      assert.equal(st.navigate(MODEL, 'gw', 'ArrowRight'), 'fw1');
      assert.equal(st.navigate(MODEL, 'fw1', 'ArrowRight'), 'analysis');
      assert.equal(st.navigate(MODEL, 'iot-nw', 'ArrowLeft'), 'net');
    });
    it('stays put when nothing lies in that direction', () => {
      assert.equal(st.navigate(MODEL, 'net', 'ArrowLeft'), 'net');
    });
    it('returns undefined on an empty model', () => {
      assert.equal(st.navigate({ ...MODEL, nodes: [] }, undefined, 'Tab'), undefined);
    });
  });

  describe('view transform', () => {
    it('fit centres the diagram and never enlarges past 1:1', () => {
      const t = st.fit({ width: 900, height: 400 }, 1000, 500);
      assert.equal(t.scale, 1);
      assert.equal(t.x, 50);
      assert.equal(t.y, 50);
      const small = st.fit({ width: 1800, height: 400 }, 932, 500, 16);
      assert.equal(small.scale, 0.5);
    });
    it('readableFit fits like fit when that stays readable', () => {
      assert.deepEqual(st.readableFit({ width: 900, height: 400 }, 1000, 500), st.fit({ width: 900, height: 400 }, 1000, 500));
      const t = st.readableFit({ width: 1250, height: 300 }, 1032, 500, 16);
      assert.equal(t.scale, 0.8);
    });
    it('readableFit never shrinks a wide plant below the readable floor; it shows its left end, centred vertically', () => {
      const t = st.readableFit({ width: 3000, height: 400 }, 1000, 600, 16);
      assert.equal(t.scale, st.READABLE_SCALE);
      assert.equal(t.x, 16);
      assert.equal(t.y, (600 - 400 * st.READABLE_SCALE) / 2);
      // The explicit Fit still shows everything.
      assert.ok(st.fit({ width: 3000, height: 400 }, 1000, 600, 16).scale < st.READABLE_SCALE);
    });
    it('readableFit shows the top of a tall and wide plant', () => {
      const t = st.readableFit({ width: 3000, height: 2000 }, 1000, 600, 16);
      assert.deepEqual(t, { scale: st.READABLE_SCALE, x: 16, y: 16 });
    });
    it('zoomAt keeps the point under the cursor fixed and clamps the scale', () => {
      const t = st.zoomAt({ x: 10, y: 20, scale: 1 }, 2, 110, 220);
      // diagram point under (110, 220) before: (100, 200); after: 100 * 2 + x = 110
      assert.deepEqual(t, { scale: 2, x: -90, y: -180 });
      assert.equal(st.zoomAt(t, 1000, 0, 0).scale, st.MAX_SCALE);
      assert.equal(st.zoomAt(t, 0, 0, 0).scale, st.MIN_SCALE);
    });
    it('centerOn and isVisible agree', () => {
      const box = { x: 2000, y: 2000, width: 100, height: 50 };
      const t0 = { x: 0, y: 0, scale: 1 };
      assert.ok(!st.isVisible(t0, box, 800, 600));
      const t = st.centerOn(t0, box, 800, 600);
      assert.ok(st.isVisible(t, box, 800, 600));
      assert.deepEqual(t, { scale: 1, x: 400 - 2050, y: 300 - 2025 });
    });
  });

  it('badge totals add node and edge finding counts per severity', () => {
    assert.deepEqual(st.badgeTotals(MODEL), { warning: 4, error: 3 });
    assert.deepEqual(st.renderedSummary(MODEL, 7, 'gw'), { version: 7, nodes: 9, edges: 3, badges: { warning: 4, error: 3 }, selected: 'gw' });
  });

  it('lists the findings of the selection, worst first, or all of them', () => {
    const f = (elementId: string | undefined, severity: FindingSummary['severity'], line: number): FindingSummary => ({
      code: 'x', severity, message: 'm', damages: [], missing: [], line, ...(elementId ? { elementId } : {}),
    });
    const all = [f('gw', 'warning', 1), f('sensors', 'warning', 5), f('sensors', 'error', 9), f(undefined, 'info', 0)];
    assert.deepEqual(st.findingsFor(all, 'sensors').map((x) => x.line), [9, 5]);
    assert.deepEqual(st.findingsFor(all, undefined).map((x) => x.line), [9, 1, 5, 0]);
    assert.deepEqual(st.findingsFor(all, 'analysis'), []);
  });

  it('highlights the elements of the selected damage only', () => {
    const damages = [{ id: 1, title: 'd1', open: 2, elementIds: ['sensors', 'iot-ctrl'], routes: [] }];
    assert.deepEqual([...st.damageHighlight(damages, 1)], ['sensors', 'iot-ctrl']);
    assert.equal(st.damageHighlight(damages, 3).size, 0);
    assert.equal(st.damageHighlight(damages, undefined).size, 0);
  });

  describe('bringing an element into view', () => {
    it('uses the node box, or the bounding box of a conduit route', () => {
      const withPoints = { ...MODEL, edges: MODEL.edges.map((e) => (e.elementId === 'wan' ? { ...e, points: [{ x: 100, y: 50 }, { x: 100, y: 300 }, { x: 600, y: 300 }] } : e)) };
      assert.deepEqual(st.boxOfElement(withPoints, 'gw'), MODEL.nodes.find((n) => n.elementId === 'gw'));
      assert.deepEqual(st.boxOfElement(withPoints, 'wan'), { x: 100, y: 50, width: 500, height: 250 });
      assert.equal(st.boxOfElement(withPoints, 'nothing'), undefined);
    });
  });

  describe('context menu', () => {
    const actions = (id: string) => contextItems(MODEL, id).map((i) => i.action);
    it('offers DMZ, firewall, IDS and VPN on a conduit', () => {
      assert.deepEqual(actions('iot-ctrl'), ['reveal', 'insert-dmz', 'insert-firewall', 'insert-ids', 'set-vpn', 'delete']);
      assert.deepEqual(actions('wan'), ['reveal', 'insert-dmz', 'insert-firewall', 'insert-ids', 'delete'], 'already a VPN');
    });
    it('offers connect on a zone, delete on a device, nothing on unknown ids', () => {
      assert.deepEqual(actions('ctrl'), ['reveal', 'connect', 'delete']);
      assert.deepEqual(actions('gw'), ['reveal', 'delete']);
      assert.deepEqual(actions('ghost'), []);
    });
  });

  it('viewOfElements fits the chosen elements when readable and shows nothing for elements not drawn', () => {
    const v = st.viewOfElements(MODEL, new Set(['sensors', 'gw']), undefined, 800, 600);
    assert.ok(v && v.scale >= st.READABLE_SCALE);
    // The elements' box lies inside the pane.
    assert.ok(240 * v.scale + v.x >= 0 && (240 + 120) * v.scale + v.x <= 800);
    assert.equal(st.viewOfElements(MODEL, new Set(['nope']), undefined, 800, 600), undefined);
  });
});
