// Bench-only preload for a language server (node --expose-gc --require bench/heap-probe.cjs): on SIGUSR2
// it collects garbage in full and writes the live heap (bytes) to $SMARTFAB_HEAP_PROBE. Peak RSS moves
// with GC timing; the heap left after a full collection is what an edit keeps, so it shows a leak.
const { writeFileSync } = require('node:fs');
const out = process.env.SMARTFAB_HEAP_PROBE;
if (out && typeof global.gc === 'function') {
  let n = 0;
  process.on('SIGUSR2', () => {
    global.gc();
    writeFileSync(out, `${++n} ${process.memoryUsage().heapUsed}`);
  });
}
