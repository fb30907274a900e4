// @ringplus/sdk/login — Node only: the scripted sign-in of @ringplus/auth/login.
export * from '@ringplus/auth/login'
