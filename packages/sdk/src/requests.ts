// @ringplus/sdk/requests — the whole of @ringplus/requests, for apps that install only the SDK.
export * from '@ringplus/requests'
