/**
 * Usage records of a RingPlus line: `listPhoneCalls`, `listPhoneTexts`, `listPhoneData`, each with a date window and paging.
 *
 * @remarks
 * Plain functions taking a client from `@ringplus/transport` first; bound onto the `RingPlus`
 * facade by `@ringplus/sdk`.
 *
 * @packageDocumentation
 */
export { listPhoneCalls } from './list-phone-calls'
export { listPhoneTexts } from './list-phone-texts'
export { listPhoneData } from './list-phone-data'
export type { ListUsageParams } from './list-usage-params'
