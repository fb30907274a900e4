// @ringplus/sdk — every RingPlus operation, the transport, the browser-safe OAuth client
// and the RingPlus facade. Whole packages are re-exported as they are (their own index
// files list their exports); Node-only parts live in `@ringplus/sdk/login` and
// `@ringplus/sdk/node`.
/**
 * The RingPlus SDK: every operation of the RingPlus REST API as a plain function, the
 * {@link RingPlus} facade with the Python wrapper's method names, OAuth2 and the transport.
 *
 * @packageDocumentation
 */
export { RingPlus, API, type Bound, type BoundListMethod } from './ring-plus'
export type { RingPlusOptions } from './ring-plus-options'

export * from '@ringplus/models'
export * from '@ringplus/transport'
export * from '@ringplus/auth'
export * from '@ringplus/accounts'
export * from '@ringplus/usage'
export * from '@ringplus/voicemail'
export * from '@ringplus/requests'
export * from '@ringplus/fluidcall'
