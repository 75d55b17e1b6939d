// Bundles every entry point of SmartFab: extension host, language server, CLI and webview.
const esbuild = require('esbuild');

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

/** @type {import('esbuild').BuildOptions[]} */
const builds = [
  {
    entryPoints: { extension: 'src/extension/extension.ts' },
    platform: 'node',
    format: 'cjs',
    external: ['vscode'],
  },
  {
    entryPoints: { server: 'src/server/server.ts' },
    platform: 'node',
    format: 'cjs',
  },
  {
    entryPoints: { cli: 'src/cli/main.ts' },
    platform: 'node',
    format: 'cjs',
    banner: { js: '#!/usr/bin/env node' },
  },
  {
    entryPoints: { 'webview/diagram': 'webview/main.ts' },
    platform: 'browser',
    format: 'iife',
  },
];

const fs = require('fs');

// Webview assets loaded from the extension at runtime: the .vsix ships dist/, never node_modules.
function copyMedia() {
  fs.mkdirSync('dist/media', { recursive: true });
  for (const f of ['codicon.css', 'codicon.ttf']) {
    fs.copyFileSync(`node_modules/@vscode/codicons/dist/${f}`, `dist/media/${f}`);
  }
}

async function main() {
  copyMedia();
  const contexts = [];
  for (const b of builds) {
    const first = Object.values(b.entryPoints)[0];
    if (!fs.existsSync(first)) continue; // entry points arrive as features land
    contexts.push(
      await esbuild.context({
        bundle: true,
        outdir: 'dist',
        target: b.platform === 'browser' ? 'es2022' : 'node20',
        sourcemap: !production,
        minify: production,
        logLevel: 'warning',
        ...b,
      }),
    );
  }
  if (watch) {
    await Promise.all(contexts.map((c) => c.watch()));
  } else {
    await Promise.all(contexts.map((c) => c.rebuild()));
    await Promise.all(contexts.map((c) => c.dispose()));
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
