import { definePackageConfig } from '../../tooling/tsup/base'

export default definePackageConfig({ index: 'src/index.ts' })
