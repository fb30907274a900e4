// @ringplus/sdk/voicemail — the whole of @ringplus/voicemail, for apps that install only the SDK.
export * from '@ringplus/voicemail'
