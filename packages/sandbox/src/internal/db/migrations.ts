// Schema migrations, applied in order and recorded in `schema_migrations`. Never edit a
// released migration: add a new one.
//
// Time columns: `*_ms` hold epoch milliseconds (sandbox clock), the others epoch seconds.

/** One schema change. */
export interface Migration {
  version: number
  name: string
  sql: string
}

const usageTable = (table: string, time: string, columns: string): string => `
CREATE TABLE ${table} (
  id INTEGER PRIMARY KEY,
  account_id INTEGER NOT NULL REFERENCES accounts(id),
  -- Rank in the listing order (${time} DESC, id DESC) within the account, 0 = newest.
  -- Usage records are written only by the seeder, which assigns it; listings seek on it
  -- instead of skipping OFFSET rows, so page 20,000 costs what page 1 does.
  pos INTEGER NOT NULL,
  ${time} INTEGER NOT NULL,
  ${columns}
) STRICT;
CREATE UNIQUE INDEX ${table}_account_pos ON ${table}(account_id, pos);
CREATE INDEX ${table}_account_time ON ${table}(account_id, ${time}, pos);
`

/** Every migration, oldest first. */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'initial schema',
    sql: `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;

CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  email TEXT NOT NULL UNIQUE COLLATE NOCASE,
  password_hash TEXT NOT NULL,
  -- Bumped on every password change: sign-in sessions carry it and die with the old password.
  password_version INTEGER NOT NULL DEFAULT 1,
  registered_on INTEGER NOT NULL
) STRICT;

CREATE TABLE shipping_addresses (
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id),
  name TEXT NOT NULL,
  line1 TEXT NOT NULL,
  line2 TEXT,
  city TEXT NOT NULL,
  state TEXT NOT NULL,
  zip TEXT NOT NULL
) STRICT;
CREATE INDEX shipping_addresses_user ON shipping_addresses(user_id);

CREATE TABLE applications (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  client_id TEXT NOT NULL UNIQUE,
  secret_hash TEXT,
  confidential INTEGER NOT NULL,
  redirect_uris TEXT NOT NULL,
  created_at INTEGER NOT NULL
) STRICT;

CREATE TABLE grants (
  user_id INTEGER NOT NULL REFERENCES users(id),
  application_id INTEGER NOT NULL REFERENCES applications(id),
  scope TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (user_id, application_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE authorization_codes (
  id INTEGER PRIMARY KEY,
  code_hash TEXT NOT NULL UNIQUE,
  application_id INTEGER NOT NULL REFERENCES applications(id),
  user_id INTEGER NOT NULL REFERENCES users(id),
  redirect_uri TEXT NOT NULL,
  scope TEXT NOT NULL,
  code_challenge TEXT,
  code_challenge_method TEXT,
  expires_at_ms INTEGER NOT NULL,
  used_at_ms INTEGER
) STRICT;

CREATE TABLE tokens (
  id INTEGER PRIMARY KEY,
  access_hash TEXT NOT NULL UNIQUE,
  refresh_hash TEXT UNIQUE,
  application_id INTEGER NOT NULL REFERENCES applications(id),
  user_id INTEGER NOT NULL REFERENCES users(id),
  scope TEXT NOT NULL,
  created_at_ms INTEGER NOT NULL,
  expires_at_ms INTEGER NOT NULL,
  revoked_at_ms INTEGER,
  refresh_revoked_at_ms INTEGER,
  -- The authorization code the chain of refreshes started from (null for minted tokens).
  authorization_code_id INTEGER
) STRICT;
CREATE INDEX tokens_code ON tokens(authorization_code_id);
CREATE INDEX tokens_user_application ON tokens(user_id, application_id);

CREATE TABLE billing_plans (id INTEGER PRIMARY KEY, name TEXT NOT NULL, price REAL NOT NULL) STRICT;

CREATE TABLE credit_cards (
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id),
  brand TEXT NOT NULL,
  last4 TEXT NOT NULL,
  exp_month INTEGER NOT NULL,
  exp_year INTEGER NOT NULL
) STRICT;
CREATE INDEX credit_cards_user ON credit_cards(user_id);

CREATE TABLE accounts (
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id),
  name TEXT NOT NULL,
  email_address TEXT NOT NULL,
  phone_number TEXT NOT NULL UNIQUE,
  balance REAL NOT NULL,
  registered_on INTEGER NOT NULL
) STRICT;
CREATE INDEX accounts_user ON accounts(user_id, registered_on, id);

CREATE TABLE devices (
  id INTEGER PRIMARY KEY,
  account_id INTEGER NOT NULL REFERENCES accounts(id),
  model_name TEXT NOT NULL,
  esn TEXT NOT NULL,
  iccid TEXT,
  registered_on INTEGER NOT NULL,
  active INTEGER NOT NULL
) STRICT;
CREATE UNIQUE INDEX devices_active_account ON devices(account_id) WHERE active = 1;
CREATE UNIQUE INDEX devices_active_esn ON devices(esn) WHERE active = 1;
CREATE INDEX devices_active_iccid ON devices(iccid) WHERE active = 1;

CREATE TABLE account_services (
  id INTEGER PRIMARY KEY,
  account_id INTEGER NOT NULL REFERENCES accounts(id),
  name TEXT NOT NULL,
  service_type TEXT NOT NULL,
  active INTEGER NOT NULL
) STRICT;
CREATE INDEX account_services_account ON account_services(account_id);

CREATE TABLE voicemail_boxes (id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL UNIQUE REFERENCES accounts(id)) STRICT;

CREATE TABLE voicemail_messages (
  id INTEGER PRIMARY KEY,
  voicemail_box_id INTEGER NOT NULL REFERENCES voicemail_boxes(id),
  caller_phone_number TEXT NOT NULL,
  transcription TEXT NOT NULL,
  received_on INTEGER NOT NULL,
  duration INTEGER NOT NULL,
  is_new INTEGER NOT NULL
) STRICT;
CREATE INDEX voicemail_messages_box ON voicemail_messages(voicemail_box_id, received_on, id);

CREATE TABLE billing_subscriptions (
  id INTEGER PRIMARY KEY,
  account_id INTEGER NOT NULL REFERENCES accounts(id),
  billing_plan_id INTEGER NOT NULL REFERENCES billing_plans(id),
  name TEXT NOT NULL,
  price REAL NOT NULL,
  start_date TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;
CREATE INDEX billing_subscriptions_account ON billing_subscriptions(account_id);

${usageTable(
  'phone_calls',
  'start_time',
  `direction TEXT NOT NULL,
  originating_phone_number TEXT NOT NULL,
  destination_phone_number TEXT NOT NULL,
  duration INTEGER NOT NULL,
  cost REAL NOT NULL,
  international INTEGER NOT NULL,
  roaming INTEGER NOT NULL`,
)}
${usageTable(
  'phone_texts',
  'occurred_at',
  `direction TEXT NOT NULL,
  originating_phone_number TEXT NOT NULL,
  destination_phone_number TEXT NOT NULL,
  message_type TEXT NOT NULL,
  cost REAL NOT NULL`,
)}
${usageTable(
  'phone_data',
  'occurred_at',
  `kilobytes INTEGER NOT NULL,
  cost REAL NOT NULL,
  roaming INTEGER NOT NULL`,
)}

CREATE TABLE enforced_carrier_services (
  id INTEGER PRIMARY KEY,
  account_id INTEGER NOT NULL REFERENCES accounts(id),
  name TEXT NOT NULL,
  code TEXT NOT NULL,
  description TEXT NOT NULL,
  enforced_on INTEGER NOT NULL
) STRICT;
CREATE INDEX enforced_carrier_services_account ON enforced_carrier_services(account_id, enforced_on, id);

CREATE TABLE fluidcall_credentials (
  id INTEGER PRIMARY KEY,
  account_id INTEGER NOT NULL REFERENCES accounts(id),
  username TEXT NOT NULL,
  password TEXT NOT NULL,
  sip_host TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;
CREATE INDEX fluidcall_credentials_account ON fluidcall_credentials(account_id, created_at, id);

CREATE TABLE carrier_requests (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('account_registration', 'device_change', 'phone_number_change')),
  user_id INTEGER NOT NULL REFERENCES users(id),
  account_id INTEGER REFERENCES accounts(id),
  requested_on_ms INTEGER NOT NULL,
  due_at_ms INTEGER NOT NULL,
  completed INTEGER NOT NULL DEFAULT 0,
  successful INTEGER NOT NULL DEFAULT 0,
  error_message TEXT,
  name TEXT,
  billing_plan_id INTEGER,
  credit_card_id INTEGER,
  device_esn TEXT,
  device_iccid TEXT,
  phone_number TEXT
) STRICT;
CREATE INDEX carrier_requests_pending ON carrier_requests(due_at_ms, id) WHERE completed = 0;
CREATE INDEX carrier_requests_account ON carrier_requests(account_id, kind, completed);
CREATE INDEX carrier_requests_user ON carrier_requests(user_id, kind, completed);

CREATE TABLE lost_or_stolen_esns (esn TEXT PRIMARY KEY) STRICT, WITHOUT ROWID;

CREATE TABLE phone_number_pool (phone_number TEXT PRIMARY KEY, assigned_at_ms INTEGER) STRICT, WITHOUT ROWID;
`,
  },
]
