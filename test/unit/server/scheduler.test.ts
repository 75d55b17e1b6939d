import assert from 'node:assert/strict';
import { Scheduler, type Timers } from '../../../src/server/scheduler';

/** Manual timers: nothing runs until the test fires them. */
function manualTimers() {
  const queue = new Map<number, { fn: () => void; ms: number }>();
  let next = 0;
  const timers: Timers = {
    set: (fn, ms) => (queue.set(++next, { fn, ms }), next),
    clear: (h) => void queue.delete(h as number),
  };
  const fireAll = () => {
    for (const [id, t] of [...queue]) {
      queue.delete(id);
      t.fn();
    }
  };
  return { timers, queue, fireAll };
}

describe('server scheduler (debounce, stale runs)', () => {
  it('runs once, for the last version, after a burst of edits', () => {
    const versions = new Map([['a', 3]]);
    const runs: string[] = [];
    const m = manualTimers();
    const s = new Scheduler((u) => versions.get(u), (u, v) => runs.push(`${u}@${v}`), m.timers);
    s.schedule('a', 1, 150);
    s.schedule('a', 2, 150);
    s.schedule('a', 3, 150);
    assert.equal(m.queue.size, 1);
    assert.equal([...m.queue.values()][0].ms, 150);
    m.fireAll();
    assert.deepEqual(runs, ['a@3']);
  });

  it('drops a run whose document moved on or closed meanwhile', () => {
    const versions = new Map<string, number>([['a', 1], ['b', 1]]);
    const runs: string[] = [];
    const m = manualTimers();
    const s = new Scheduler((u) => versions.get(u), (u, v) => runs.push(`${u}@${v}`), m.timers);
    s.schedule('a', 1, 10);
    s.schedule('b', 1, 10);
    versions.set('a', 2); // a newer version arrived, its own schedule is pending elsewhere
    versions.delete('b'); // closed
    m.fireAll();
    assert.deepEqual(runs, []);
  });

  it('keeps documents independent and cancels on request', () => {
    const runs: string[] = [];
    const m = manualTimers();
    const s = new Scheduler(() => 1, (u) => runs.push(u), m.timers);
    s.schedule('a', 1, 10);
    s.schedule('b', 1, 10);
    s.cancel('a');
    m.fireAll();
    assert.deepEqual(runs, ['b']);
  });

  it('with real timers and no debounce, runs on the next turn of the event loop, once, for the last version', async () => {
    const versions = new Map([['a', 2]]);
    const runs: string[] = [];
    const s = new Scheduler((u) => versions.get(u), (u, v) => runs.push(`${u}@${v}`));
    s.schedule('a', 1, 0);
    s.schedule('a', 2, 0); // cancels the first
    s.schedule('b', 1, 0);
    s.cancel('b');
    assert.deepEqual(runs, [], 'not synchronously');
    await new Promise((r) => setImmediate(r));
    assert.deepEqual(runs, ['a@2']);
  });
});
