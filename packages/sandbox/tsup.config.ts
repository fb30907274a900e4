import { definePackageConfig } from '../../tooling/tsup/base'

// A Node-only package: the library entry (ESM + CJS + declarations) and the `ringplus-sandbox`
// bin (dist/cli.js, ESM, keeps its #!/usr/bin/env node line and is made executable).
export default [
  definePackageConfig({ index: 'src/index.ts' }, { platform: 'node', target: 'node20' }),
  definePackageConfig(
    { cli: 'src/cli.ts' },
    { platform: 'node', target: 'node20', format: ['esm'], dts: false, clean: false, splitting: false },
  ),
]
