import * as v from 'valibot'
import { _accountEntries } from '../internal/account-entries'
import { _looseObject } from '../internal/loose-object'
import { AccountServiceSchema } from './account-service'
import { ActiveDeviceSchema } from './active-device'
import { BillingSubscriptionSchema } from './billing-subscription'
import { VoicemailBoxSchema } from './voicemail-box'

/**
 * Schema of one account in full, as `GET /accounts/{account_id}` returns it.
 *
 * @remarks
 * Every {@link AccountSchema} field plus `account_services` ({@link AccountService}[]),
 * `active_device` ({@link ActiveDevice}), `voicemail_box` ({@link VoicemailBox}) and
 * `billing_subscriptions` ({@link BillingSubscription}[]). Unknown fields are kept.
 *
 * @example
 * ```ts
 * const account = v.parse(AccountDetailSchema, json)
 * console.log(account.active_device.model_name, account.voicemail_box.new_message_count)
 * ```
 * @public
 */
export const AccountDetailSchema = /* @__PURE__ */ (() =>
  _looseObject({
    ..._accountEntries(),
    account_services: v.array(AccountServiceSchema),
    active_device: ActiveDeviceSchema,
    voicemail_box: VoicemailBoxSchema,
    billing_subscriptions: v.array(BillingSubscriptionSchema),
  }))()

/**
 * One account in full; see {@link AccountDetailSchema}.
 *
 * @example
 * ```ts
 * const voicemailBoxId = (account: AccountDetail) => account.voicemail_box.id
 * ```
 * @public
 */
export type AccountDetail = v.InferOutput<typeof AccountDetailSchema>
