// Bundles the extension client, the language server, the CLI and the benchmark with esbuild.
// Type-checking is a separate step (`npm run typecheck`): esbuild only strips types.
import { build } from 'esbuild';

const production = process.argv.includes('--production');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // The workbench provides `vscode`; everything else is bundled so the VSIX needs no node_modules.
  external: ['vscode'],
};

await Promise.all([
  build({ ...common, entryPoints: { client: 'client/src/extension.ts' }, outdir: 'dist' }),
  build({ ...common, entryPoints: { server: 'server/src/node/main.ts' }, outdir: 'dist' }),
  build({
    ...common,
    entryPoints: { cli: 'server/src/cli.ts' },
    outdir: 'dist',
    banner: { js: '#!/usr/bin/env node' },
  }),
  build({ ...common, entryPoints: { bench: 'test/bench/bench.ts' }, outdir: 'dist' }),
  // The preview page's own script: runs in the webview, not in Node.
  build({ ...common, platform: 'browser', format: 'iife', target: 'es2022', entryPoints: { preview: 'client/src/preview/webview/main.ts' }, outdir: 'dist' }),
]);
