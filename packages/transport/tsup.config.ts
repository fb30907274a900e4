import { definePackageConfig } from '../../tooling/tsup/base'

// `proxy-browser` is what the "browser" export condition of `./proxy` serves (a stub).
export default definePackageConfig({ index: 'src/index.ts', proxy: 'src/proxy.ts', 'proxy-browser': 'src/proxy-browser.ts' })
