// @ringplus/sdk/node — Node only: the file token store of @ringplus/auth/node.
export * from '@ringplus/auth/node'
