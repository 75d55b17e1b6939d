// Bundles every entry point of SmartFab: extension host, language server, CLI and webview.
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

/**
 * The CLI in pieces, so `smartfab check` does not load ELK, the report or the server: dist/cli.js is the
 * dispatcher (src/cli/main.ts) and each command of src/cli/commands is its own bundle dist/cli-<command>.js,
 * which main.ts's `import('./commands/<command>.js')` loads at run time. A command bundle holds all it
 * uses (shared core code is repeated across them; one process loads one command). Node >= 22 also keeps
 * compiled code between runs (module.enableCompileCache).
 * @param {string} [outdir]
 * @returns {import('esbuild').BuildOptions[]}
 */
function cliBuilds(outdir = 'dist') {
  const commands = fs.readdirSync(path.join(__dirname, 'src/cli/commands')).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3));
  // main.ts's `import('./commands/x.js')` becomes a stub that requires ./cli-x.js at run time: a plain
  // require, because an import() of a CommonJS file would start Node's ESM loader (slower).
  /** @type {import('esbuild').Plugin} */
  const commandsApart = {
    name: 'cli-commands-apart',
    setup(build) {
      build.onResolve({ filter: /^\.\/commands\/[a-z-]+\.js$/ }, (args) =>
        args.importer.endsWith(path.join('src', 'cli', 'main.ts')) ? { path: path.basename(args.path, '.js'), namespace: 'cli-command' } : undefined,
      );
      build.onLoad({ filter: /.*/, namespace: 'cli-command' }, (args) => ({ contents: `module.exports = require('./cli-${args.path}.js');`, loader: 'js' }));
      build.onResolve({ filter: /^\.\/cli-[a-z-]+\.js$/, namespace: 'cli-command' }, (args) => ({ path: args.path, external: true }));
    },
  };
  return [
    {
      entryPoints: { cli: 'src/cli/main.ts' },
      platform: 'node',
      format: 'cjs',
      outdir,
      banner: { js: "#!/usr/bin/env node\ntry { require('node:module').enableCompileCache?.(); } catch {}" },
      plugins: [commandsApart],
    },
    // A command that imports main.ts (e.g. for VERSION) must not pull the other commands in with it.
    ...commands.map((c) => ({ entryPoints: { [`cli-${c}`]: `src/cli/commands/${c}.ts` }, platform: 'node', format: 'cjs', outdir, plugins: [commandsApart] })),
  ];
}

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
  ...cliBuilds(),
  {
    entryPoints: { 'webview/diagram': 'webview/main.ts' },
    platform: 'browser',
    format: 'iife',
  },
];


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

module.exports = { cliBuilds };

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
