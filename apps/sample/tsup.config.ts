import { defineConfig } from 'tsup'

// The CLI: one Node ESM file, dist/cli.js. The @ringplus packages stay external (they are
// dependencies, resolved from their own builds), so the sample runs the SDK exactly as a user would.
// The browser page is built separately by Vite (vite.config.ts) into dist/web.
export default defineConfig({
  entry: { cli: 'src/cli.ts' },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  outDir: 'dist',
  clean: true,
  sourcemap: false,
  dts: false,
  banner: { js: '#!/usr/bin/env node' },
})
