import { definePackageConfig } from '../../tooling/tsup/base'

export default definePackageConfig({
  index: 'src/index.ts',
  accounts: 'src/accounts.ts',
  usage: 'src/usage.ts',
  voicemail: 'src/voicemail.ts',
  requests: 'src/requests.ts',
  fluidcall: 'src/fluidcall.ts',
  auth: 'src/auth.ts',
  login: 'src/login.ts',
  node: 'src/node.ts',
})
