// @ringplus/sdk/usage — the whole of @ringplus/usage, for apps that install only the SDK.
export * from '@ringplus/usage'
