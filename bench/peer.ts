// Language server against the peer (`npm run bench`): our server and yaml-language-server 2.0, both
// over stdio, on the same generated plant (schema associated by a `# yaml-language-server: $schema=`
// line), interleaved in one run: didOpen -> diagnostics and a one-line edit -> diagnostics at 1,000
// and 10,000 devices; then the memory of our server with 10,000 devices edited 1,000 times.
// Run alone with `node --import tsx bench/peer.ts`.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { LspClient, type ServerSpec } from './lsp-client';
import { generatePlant, median } from './run';

const ROOT = path.resolve(__dirname, '..');
/** The targets (ms, medians): one-line edit per size, open at 10,000 devices. */
const EDIT_TARGET_MS = new Map([[1_000, 20], [10_000, 100]]);
const OPEN_TARGET_MS = new Map([[10_000, 1_000]]);
const MEMORY_EDITS = Number(process.env.SMARTFAB_BENCH_MEMORY_EDITS ?? 1_000);

/** Our server bundled as dist/server.js is, into a temporary directory (the bench never touches dist/). */
async function bundleServer(): Promise<string> {
  const outfile = path.join(mkdtempSync(path.join(tmpdir(), 'smartfab-bench-')), 'server.js');
  await build({ entryPoints: [path.join(ROOT, 'src/server/server.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile, logLevel: 'silent' });
  return outfile;
}

function specs(serverJs: string): ServerSpec[] {
  return [
    {
      name: 'smartfab',
      command: process.execPath,
      // The heap probe answers liveHeap() (the memory case); it does nothing until signalled.
      args: ['--expose-gc', '--require', path.join(__dirname, 'heap-probe.cjs'), serverJs, '--stdio'],
      env: { SMARTFAB_HEAP_PROBE: path.join(path.dirname(serverJs), 'heap') },
      languageId: 'smartfab',
      settings: { smartfab: { debounceMs: 0, codeLens: false } },
    },
    {
      name: 'yaml-language-server',
      command: process.execPath,
      args: [path.join(ROOT, 'node_modules/yaml-language-server/bin/yaml-language-server'), '--stdio'],
      languageId: 'yaml',
      settings: { yaml: { validate: true, hover: false, completion: false, format: { enable: false }, schemaStore: { enable: false } }, http: {}, '[yaml]': {}, editor: {} },
      // yamlSettings.validationDelayMs: 200 ms after every change before it validates, not a setting.
      fixedDelayMs: 200,
    },
  ];
}

const fmt = (ms: number) => ms.toFixed(ms < 10 ? 2 : 1);
const verdict = (ms: number, target: number | undefined) => (target === undefined ? '' : `${ms <= target ? 'ok' : 'MISSED'} (<= ${target} ms)`);

export async function peerCases(): Promise<void> {
  const serverJs = await bundleServer();
  const schema = pathToFileURL(path.join(ROOT, 'schemas/smartfab.schema.json')).href;
  const clients = specs(serverJs).map((s) => new LspClient(s));
  await Promise.all(clients.map((c) => c.initialize()));
  const [ours, peer] = clients;
  const rows: string[][] = [['devices', 'case', 'smartfab ms', 'peer ms', 'smartfab / peer', 'target (smartfab)']];
  let memoryText = '';
  for (const n of [1_000, 10_000]) {
    const text = `# yaml-language-server: $schema=${schema}\n${generatePlant(n)}`;
    // The edit moves one device into a new, undeclared zone each time, so every edit changes our
    // diagnostics (the server does not re-publish unchanged ones, so there would be nothing to time).
    const line = text.split('\n').indexOf(`    name: Device ${n >> 1}`) - 1;
    // Each round opens a new document; the first opens of a fresh server are slower (code not yet compiled).
    const rounds = n >= 10_000 ? 3 : 5;
    const edits = n >= 10_000 ? 5 : 15;
    const open = new Map<LspClient, number[]>(clients.map((c) => [c, []]));
    const edit = new Map<LspClient, number[]>(clients.map((c) => [c, []]));
    for (let r = 0; r < rounds; r++) {
      const uri = pathToFileURL(path.join(ROOT, `bench-${n}-${r}.smartfab.yaml`)).href;
      // Interleaved: each step runs on both servers before the next, so load drift hits both alike.
      for (const c of clients) open.get(c)!.push((await c.open(uri, text)).ms);
      for (let i = 1; i <= edits; i++) {
        for (const c of clients) edit.get(c)!.push((await c.editLine(uri, line, `    zone: nowhere-${r}-${i}`)).ms);
      }
      for (const c of clients) await c.close(uri);
    }
    for (const [what, times, target] of [['didOpen -> diagnostics', open, OPEN_TARGET_MS.get(n)], ['one-line edit -> diagnostics', edit, EDIT_TARGET_MS.get(n)]] as const) {
      const a = median(times.get(ours)!);
      const b = median(times.get(peer)!);
      rows.push([String(n), what, fmt(a), fmt(b), (a / b).toFixed(2), verdict(a, target)]);
    }
    if (n === 10_000) memoryText = text;
  }
  await peer.dispose();
  const memory = await editMemory(ours, memoryText);
  await ours.dispose();
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const r of rows) console.log(r.map((cell, i) => (i === 1 || i === 5 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  '));
  console.log(`(peer times exclude its fixed ${specs('')[1].fixedDelayMs} ms validation delay; ours run with debounceMs 0)`);
  console.log(memory);
}

/** Our server's memory with a 10,000-device plant open and edited MEMORY_EDITS times. */
async function editMemory(c: LspClient, text: string): Promise<string> {
  const uri = pathToFileURL(path.join(ROOT, 'bench-memory.smartfab.yaml')).href;
  const line = text.split('\n').indexOf('    name: Device 5000') - 1; // its zone line, as above
  await c.open(uri, text);
  const at: string[] = [];
  const FIRST = Math.min(100, MEMORY_EDITS); // the base: after edit 100 (or the last, in a shorter run)
  let live100 = NaN;
  let live = NaN;
  for (let i = 1; i <= MEMORY_EDITS; i++) {
    await c.editLine(uri, line, `    zone: nowhere-${i}`);
    if (i === FIRST || i === MEMORY_EDITS || i % 250 === 0) {
      live = (await c.liveHeap()) ?? NaN;
      if (i === FIRST) live100 = live;
      const m = c.memory();
      at.push(`${i}: live heap ${live.toFixed(0)} MiB, rss ${m.rssMiB.toFixed(0)} MiB, peak ${m.peakMiB.toFixed(0)} MiB`);
    }
  }
  await c.close(uri);
  const growth = live - live100;
  // "Stable": what a full collection leaves after edit 1,000 is within 10 % of what it left after edit
  // 100 (peak RSS moves with GC timing, so it is printed, not judged).
  const stable = growth <= live100 * 0.1 ? 'ok, stable' : 'MISSED, grows';
  return `server memory, 10000 devices, ${MEMORY_EDITS} one-line edits: ${at.join('; ')}; live heap growth after edit ${FIRST}: ${growth.toFixed(1)} MiB (${stable})`;
}

if (require.main === module) void peerCases();
