import { strict as assert } from 'node:assert';
import { MAX_ID_LENGTH, parseWebviewMessage } from '../../../src/core/diagram/protocol';

describe('diagram protocol: parseWebviewMessage', () => {
  it('accepts every well-formed message and returns a typed copy', () => {
    const good: unknown[] = [
      { type: 'ready' },
      { type: 'rendered', version: 3, nodes: 10, edges: 4, badges: { error: 2, warning: 1 }, selected: 'fw1' },
      { type: 'reveal', elementId: 'iot-nw' },
      { type: 'edit', op: 'move-device', args: { deviceId: 'sensors', zoneId: 'ctrl-info' } },
      { type: 'edit', op: 'insert-dmz', args: { conduitId: 'iot-ctrl' } },
      { type: 'edit', op: 'insert-filter', args: { conduitId: 'iot-ctrl', kind: 'ids' } },
      { type: 'edit', op: 'set-vpn', args: { conduitId: 'wan-link' } },
      { type: 'edit', op: 'add-zone', args: { kind: 'dmz' } },
      { type: 'edit', op: 'add-device', args: { kind: 'firewall', zoneId: 'dmz' } },
      { type: 'edit', op: 'add-conduit', args: { from: 'a', to: 'b' } },
      { type: 'edit', op: 'delete', args: { elementId: 'fw1' } },
      { type: 'export', format: 'svg' },
      { type: 'export', format: 'png' },
      { type: 'export', format: 'png', requestId: 1, data: 'data:image/png;base64,iVBORw0KGgo=' },
      { type: 'toggle-flows', show: true },
      { type: 'expand', zoneId: 'iot-nw', expanded: false },
      { type: 'select-damage', damage: 3 },
      { type: 'select-damage' },
      { type: 'log', message: 'hello' },
      { type: 'ready', restore: { showFlows: true, expanded: ['iot-nw'] }, viewport: { width: 700, height: 800 } },
      { type: 'ready', pageMs: 412, scriptMs: 300 },
      { type: 'rendered', version: 3, nodes: 10, edges: 4, badges: {}, damage: 1, markers: 7 },
      { type: 'export', format: 'svg', damage: 2 },
      { type: 'export', format: 'png', damage: 2 },
      { type: 'viewport', width: 640, height: 480 },
      { type: 'show-source' },
      { type: 'toggle-lock' },
      { type: 'find-focus', focused: true },
      { type: 'find-focus', focused: false },
    ];
    for (const m of good) assert.deepEqual(parseWebviewMessage(m), m, JSON.stringify(m));
  });

  it('rejects bad shapes of the preview messages, and drops a malformed restore or viewport', () => {
    for (const m of [
      { type: 'viewport', width: -1, height: 5 },
      { type: 'viewport', width: 'wide', height: 5 },
      { type: 'viewport', width: 1e9, height: 5 },
      { type: 'rendered', version: 1, nodes: 1, edges: 1, badges: {}, markers: -3 },
    ]) assert.equal(parseWebviewMessage(m), undefined, JSON.stringify(m));
    assert.deepEqual(parseWebviewMessage({ type: 'ready', restore: { showFlows: 'yes', expanded: [] }, viewport: { width: 1 } }), { type: 'ready' });
    assert.deepEqual(parseWebviewMessage({ type: 'ready', pageMs: -3 }), { type: 'ready' });
    assert.deepEqual(parseWebviewMessage({ type: 'ready', restore: { showFlows: true, expanded: ['ok', 'bad\u0000'] } }), { type: 'ready' });
    assert.deepEqual(parseWebviewMessage({ type: 'export', format: 'svg', damage: 'all' }), { type: 'export', format: 'svg' });
  });

  it('drops properties it does not know', () => {
    assert.deepEqual(parseWebviewMessage({ type: 'reveal', elementId: 'x', evil: '<script>' }), {
      type: 'reveal',
      elementId: 'x',
    });
    assert.deepEqual(parseWebviewMessage({ type: 'edit', op: 'delete', args: { elementId: 'x', also: 'y' } }), {
      type: 'edit',
      op: 'delete',
      args: { elementId: 'x' },
    });
  });

  it('rejects non-objects and unknown types', () => {
    for (const m of [undefined, null, 42, 'ready', [], [{ type: 'ready' }], {}, { type: 7 }, { type: 'eval' }]) {
      assert.equal(parseWebviewMessage(m), undefined, JSON.stringify(m));
    }
  });

  it('rejects unknown edit ops and wrong argument shapes', () => {
    const bad: unknown[] = [
      { type: 'edit', op: 'rm-rf', args: {} },
      { type: 'edit', op: 'delete' },
      { type: 'edit', op: 'delete', args: 'fw1' },
      { type: 'edit', op: 'delete', args: { elementId: 5 } },
      { type: 'edit', op: 'move-device', args: { deviceId: 'a' } },
      { type: 'edit', op: 'insert-filter', args: { conduitId: 'c', kind: 'toaster' } },
      { type: 'edit', op: 'add-zone', args: { kind: 'moon-base' } },
      { type: 'edit', op: 'add-zone', args: { kind: 'toString' } },
      { type: 'edit', op: 'add-zone', args: { kind: '__proto__' } },
      { type: 'edit', op: 'add-device', args: { kind: 'robot' } },
      { type: 'edit', op: 'add-conduit', args: { from: 'a', to: 'a' } },
    ];
    for (const m of bad) assert.equal(parseWebviewMessage(m), undefined, JSON.stringify(m));
  });

  it('rejects ids that are empty, too long or hold control characters', () => {
    for (const id of ['', 'x'.repeat(MAX_ID_LENGTH + 1), 'a\nb', 'a\u0000', 42, null, {}]) {
      assert.equal(parseWebviewMessage({ type: 'reveal', elementId: id }), undefined, JSON.stringify(id));
    }
    assert.ok(parseWebviewMessage({ type: 'reveal', elementId: 'x'.repeat(MAX_ID_LENGTH) }));
    assert.ok(parseWebviewMessage({ type: 'reveal', elementId: '制御NW' }));
  });

  it('rejects bad exports, counts and flags', () => {
    const bad: unknown[] = [
      { type: 'export', format: 'pdf' },
      { type: 'export', format: 'png', requestId: 1, data: 'data:text/html;base64,PGI+' },
      { type: 'export', format: 'png', requestId: 1, data: 'data:image/png;base64,<script>' },
      { type: 'export', format: 'png', requestId: -1, data: 'data:image/png;base64,AAAA' },
      { type: 'export', format: 'png', data: 'data:image/png;base64,AAAA' },
      { type: 'toggle-flows', show: 'yes' },
      { type: 'expand', zoneId: 'z' },
      { type: 'select-damage', damage: 0 },
      { type: 'select-damage', damage: 1.5 },
      { type: 'select-damage', damage: '3' },
      { type: 'find-focus' },
      { type: 'find-focus', focused: 'yes' },
      { type: 'rendered', version: 1, nodes: 1, edges: 1, badges: { fatal: 1 } },
      { type: 'rendered', version: 1, nodes: -1, edges: 1, badges: {} },
      { type: 'rendered', version: 1, nodes: 1, edges: 1 },
      { type: 'log', message: {} },
    ];
    for (const m of bad) assert.equal(parseWebviewMessage(m), undefined, JSON.stringify(m));
  });

  it('truncates log messages', () => {
    const r = parseWebviewMessage({ type: 'log', message: 'x'.repeat(10_000) });
    assert.ok(r && r.type === 'log' && r.message.length === 2_000);
  });

  it('accepts flow keys where an element of the picture is named (delete, reveal, rendered selection), by the id rule', () => {
    for (const key of ['s->g', 's->g#2', 'f1#3', 'センサ->ゲートウェイ#12']) {
      assert.ok(parseWebviewMessage({ type: 'edit', op: 'delete', args: { elementId: key } }), key);
      assert.ok(parseWebviewMessage({ type: 'reveal', elementId: key }), key);
    }
    for (const bad of ['->g', 's->', 's->g#0', 's->g#', 's-> g', 's->g\u2028', 's\u202e->g', 'a->b->c', '#2']) {
      const key = JSON.parse(`"${bad}"`) as string;
      assert.equal(parseWebviewMessage({ type: 'edit', op: 'delete', args: { elementId: key } }), undefined, bad);
      assert.equal(parseWebviewMessage({ type: 'reveal', elementId: key }), undefined, bad);
    }
  });
});
