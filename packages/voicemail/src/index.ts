/**
 * RingPlus voicemail: `listVoicemailMessages` and `deleteVoicemailMessage`.
 *
 * @remarks
 * Plain functions taking a client from `@ringplus/transport` first; bound onto the `RingPlus`
 * facade by `@ringplus/sdk`.
 *
 * @packageDocumentation
 */
export { listVoicemailMessages, type ListVoicemailMessagesParams } from './list-voicemail-messages'
export { deleteVoicemailMessage, type DeleteVoicemailMessageParams } from './delete-voicemail-message'
