// @ringplus/auth/login — Node-only: scripted sign-in with e-mail and password.
export { login, type LoginOptions } from './login/login'
export { InvalidCredentialsError } from './errors/invalid-credentials-error'
export { ConsentRequiredError } from './errors/consent-required-error'
export { LoginPageError } from './errors/login-page-error'
// The client `login` drives and what it resolves, also exported by the main entry.
export type {
  AuthorizationRequest,
  AuthorizationUrlOptions,
  OAuthCallOptions,
  OAuthClient,
  PendingAuthorization,
  TokenSet,
} from './types'
