/**
 * RingPlus FluidCall (SIP) credentials: `listFluidCallCredentials`.
 *
 * @remarks
 * Plain functions taking a client from `@ringplus/transport` first; bound onto the `RingPlus`
 * facade by `@ringplus/sdk`.
 *
 * @packageDocumentation
 */
export { listFluidCallCredentials, type ListFluidCallCredentialsParams } from './list-fluid-call-credentials'
