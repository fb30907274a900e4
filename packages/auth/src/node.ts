// @ringplus/auth/node — Node-only: the file token store.
export { createFileTokenStore, type FileTokenStore, type FileTokenStoreOptions } from './node/create-file-token-store'
export { TokenStoreError } from './errors/token-store-error'
// The shapes the store works with, also exported by the main entry.
export type { TokenSet, TokenStore } from './types'
