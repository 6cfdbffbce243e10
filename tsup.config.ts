import { defineConfig } from 'tsup';

const modules = ['model', 'roles', 'skills', 'stakeholders', 'matching', 'health', 'report', 'io', 'sample'];

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      ...Object.fromEntries(modules.map((m) => [`${m}/index`, `src/${m}/index.ts`])),
    },
    format: ['esm', 'cjs'],
    dts: true,
    splitting: true,
    treeshake: true,
    sourcemap: false,
    clean: true,
    target: 'node20',
    outDir: 'dist',
    // The CommonJS build has no import.meta: brandesPool finds its worker file from __filename there.
    esbuildOptions(options, { format }) {
      if (format === 'cjs') options.define = { ...options.define, 'import.meta.url': '__filename' };
    },
  },
  {
    // The worker thread of exact betweenness, self-contained (no shared chunk), next to
    // dist/stakeholders/index.js: brandesPool looks for it beside the module that starts it.
    entry: { 'stakeholders/brandesWorker': 'src/stakeholders/internal/brandesWorker.ts' },
    format: ['esm', 'cjs'],
    dts: false,
    splitting: false,
    clean: false,
    target: 'node20',
    outDir: 'dist',
  },
  {
    entry: { 'cli/main': 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    target: 'node20',
    outDir: 'dist',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
