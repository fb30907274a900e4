// @ringplus/auth — browser-safe entry: Web Crypto and fetch only, no Node built-ins.
export { createOAuthClient } from './create-oauth-client'
export { createMemoryTokenStore } from './create-memory-token-store'
export type {
  AuthorizationRequest,
  AuthorizationUrlOptions,
  OAuthCallOptions,
  OAuthClient,
  OAuthClientOptions,
  PendingAuthorization,
  TokenSet,
  TokenStore,
} from './types'
export { OAuthError, type OAuthErrorDetails } from './errors/oauth-error'
export { AuthorizationDeniedError } from './errors/authorization-denied-error'
export { StateMismatchError } from './errors/state-mismatch-error'
export { SignInRequiredError } from './errors/sign-in-required-error'
