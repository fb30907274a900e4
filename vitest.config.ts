import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

// Tests run against the TypeScript sources: `@ringplus/x` and `@ringplus/x/sub` resolve to
// `packages/x/src/index.ts` and `packages/x/src/sub.ts` (the build names its entries after
// the subpaths), so `pnpm test:unit` needs no build first.
const alias: { find: RegExp; replacement: string }[] = []
for (const dir of readdirSync(resolve(import.meta.dirname, 'packages'))) {
  const pkgFile = resolve(import.meta.dirname, 'packages', dir, 'package.json')
  if (!existsSync(pkgFile)) continue
  const pkg = JSON.parse(readFileSync(pkgFile, 'utf8')) as { name: string; exports?: Record<string, unknown> }
  for (const subpath of Object.keys(pkg.exports ?? { '.': null })) {
    if (subpath === './package.json') continue
    const entry = subpath === '.' ? 'index' : subpath.slice(2)
    const escaped = (pkg.name + (subpath === '.' ? '' : subpath.slice(1))).replace(/[/.@-]/g, '\\$&')
    alias.push({ find: new RegExp(`^${escaped}$`), replacement: resolve(import.meta.dirname, 'packages', dir, 'src', `${entry}.ts`) })
  }
}

export default defineConfig({
  resolve: { alias },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'apps/*/test/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    typecheck: {
      enabled: true,
      include: ['packages/*/test/**/*.test-d.ts'],
      tsconfig: './tsconfig.typecheck.json',
    },
    testTimeout: 20_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 2,
  },
})
