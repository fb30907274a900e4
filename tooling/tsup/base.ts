import { defineConfig, type Options } from 'tsup'

/**
 * The build every published package shares: ESM + CJS, declarations for both,
 * tree-shakeable output for a platform-neutral (browser-safe) entry unless an
 * entry is listed as Node-only.
 */
export function definePackageConfig(entry: Record<string, string>, overrides: Options = {}) {
  return defineConfig({
    entry,
    format: ['esm', 'cjs'],
    // TypeScript 6 deprecates the baseUrl tsup's declaration build sets internally.
    dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
    clean: true,
    sourcemap: false,
    splitting: true,
    treeshake: true,
    target: 'es2022',
    platform: 'neutral',
    outDir: 'dist',
    ...overrides,
  })
}
