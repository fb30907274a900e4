// @ringplus/sdk/accounts — the whole of @ringplus/accounts, for apps that install only the SDK.
export * from '@ringplus/accounts'
