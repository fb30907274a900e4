// @ringplus/sdk/auth — the browser-safe OAuth client of @ringplus/auth.
export * from '@ringplus/auth'
