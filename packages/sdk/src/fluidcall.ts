// @ringplus/sdk/fluidcall — the whole of @ringplus/fluidcall, for apps that install only the SDK.
export * from '@ringplus/fluidcall'
