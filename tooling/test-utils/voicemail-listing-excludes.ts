// Strings that only the code of other operations carries: a bundle of the voicemail
// listing alone (from @ringplus/voicemail or through @ringplus/sdk) must contain none.
export const voicemailListingExcludes = [
  'device_change_requests', // requests
  'account_registration_requests',
  'phone_number_change_requests',
  'phone_calls', // usage
  'phone_texts',
  'phone_data',
  'fluidcall_credentials', // fluidcall
  'enforced_carrier_services', // accounts
  'billing_subscriptions', // the account detail schema
  'voicemail_message_id', // deleteVoicemailMessage
] as const
