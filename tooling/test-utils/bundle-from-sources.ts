// Test helper: bundles a snippet as an app's bundler would bundle the published ESM — esbuild,
// browser platform, minified — with `@ringplus/<name>` and `@ringplus/<name>/<sub>` resolved to
// the TypeScript sources (as the vitest config resolves them) and `sideEffects: false`, as every
// package declares. Used by the tree-shaking tests.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build, type Plugin } from 'esbuild'

const packagesDir = resolve(import.meta.dirname, '../../packages')

const workspaceSources: Plugin = {
  name: 'ringplus-workspace-sources',
  setup(build) {
    build.onResolve({ filter: /^@ringplus\/[a-z-]+(\/[a-z-]+)?$/ }, (args) => {
      const [name, sub = 'index'] = args.path.slice('@ringplus/'.length).split('/')
      // A browser bundler picks the "browser" export condition: `src/<sub>-browser.ts` where one exists.
      const browser = resolve(packagesDir, name!, 'src', `${sub}-browser.ts`)
      const path = existsSync(browser) ? browser : resolve(packagesDir, name!, 'src', `${sub}.ts`)
      return { path, sideEffects: false }
    })
  },
}

/** The minified browser bundle of `contents` (an ES module) and its gzip size in bytes. */
export async function bundleFromSources(contents: string): Promise<{ code: string; gzipBytes: number }> {
  const result = await build({
    stdin: { contents, resolveDir: packagesDir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    plugins: [workspaceSources],
    logLevel: 'silent',
  })
  const code = result.outputFiles[0]!.text
  return { code, gzipBytes: gzipSync(code, { level: 9 }).length }
}
