// The static material the seeder draws from: names, devices, services and voicemail texts.

export const FIRST_NAMES = [
  'Maria', 'James', 'Priya', 'Daniel', 'Keisha', 'Tom', 'Lucia', 'Ahmed', 'Grace', 'Marcus',
  'Hannah', 'Diego', 'Olivia', 'Sam', 'Mei', 'Brandon', 'Fatima', 'Kevin', 'Rosa', 'Ethan',
] as const

export const COMPANIES = [
  "Dr. Patel's office", 'Riverside Dental', 'the pharmacy at Walgreens on Main', 'Capital Auto Repair',
  'First Community Bank', 'Lincoln Elementary', 'the Meadowbrook leasing office', 'Sunrise Veterinary Clinic',
  'Comfort Heating and Air', 'the county library', 'FedEx delivery services', 'Northside Physical Therapy',
] as const

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const

export const TIMES = ['8:30', '9:15', '10 o\'clock', '11:45', 'noon', '1:30', '2:30', '3:15', '4 o\'clock', '5:45', '6:30', '7'] as const

export const PLACES = [
  'the coffee place on 5th', 'the usual spot', 'the Thai restaurant downtown', 'the park entrance',
  'the gym', 'the train station', "Mom's house", 'the office', 'the farmers market', 'the hardware store',
] as const

/** Voicemail transcriptions; `{name}`, `{company}`, `{day}`, `{time}`, `{place}`, `{number}` are filled in. */
export const TRANSCRIPTIONS = [
  "Hi, this is {company} calling to confirm your appointment on {day} at {time}. If you need to reschedule, please call us back at {number}. Thank you.",
  "Hey, it's {name}. Just wanted to see if you're still on for {day}. Give me a call when you get a chance.",
  "Hi, it's {name}. I'm running about fifteen minutes late, sorry. I'll meet you at {place}.",
  "Hello, this message is for the account holder. Your prescription is ready for pickup at {company}. We're open until nine tonight.",
  "Hey, it's me. Can you grab milk and eggs on your way home? Oh, and the dog food. Thanks, love you.",
  "Hi, this is {name} from {company}. I'm returning your call about the estimate. The part came in, so we can do it {day} morning. Call me at {number}.",
  "Good afternoon, this is {company}. We have a package for you that requires a signature. We'll try again {day} between {time} and five.",
  "Hey! It's {name}. Happy birthday! Hope you have an amazing day. Call me back, I want to hear all about it.",
  "Hi, it's {name}. Did you leave your jacket at {place}? I think I have it. Let me know and I'll drop it off.",
  "This is a reminder from {company}. Your payment is due on {day}. If you've already paid, please disregard this message.",
  "Hey, it's {name}. The meeting got moved to {time} on {day}. Same room. See you there.",
  "Hi, this is the front desk at {company}. We had a cancellation and can fit you in {day} at {time} if you want it. Let us know.",
  "Hey, it's {name}, just checking in. Haven't heard from you in a while. Hope everything's okay. Call me.",
  "Hi, it's {name}. I'm outside {place} but I don't see you. Are you inside? Call me back.",
  "Hello, this is {company} with a quick survey about your recent visit. It only takes two minutes. You can reach us at {number}.",
  "Hey, it's {name}. Can you send me the photos from Saturday? The ones from {place}. Thanks!",
  "Hi, this is {name} from {company}. School pickup is early on {day} because of the teacher workday. Dismissal is at {time}.",
  "Hey, it's {name}. The game starts at {time}, I've got an extra ticket if you want it. Let me know by tonight.",
  "Hi, this is {company}. Your vehicle is ready. We're open until six, and the total came to a little under what we quoted.",
  "Hey, it's {name}. I left the key under the mat. Feed the cat twice a day and you're all set. Thanks so much.",
  "Hi, it's {name}. Quick question about the lease, call me when you can at {number}.",
  "Hello, this is {company} calling about the water shutoff on {day} from {time} until about three. Sorry for the inconvenience.",
  "Hey, it's {name}. I'm at {place} and they're out of the thing you wanted. Want me to get something else?",
  "Hi, this is {name}. I found your wallet at {place}. I'll hold on to it, just call me at {number}.",
  "Hey, it's {name}. Traffic is terrible on the interstate, I'm going to be late for dinner. Start without me.",
  "Hi, this is {company}. We received your application and would like to schedule an interview. Please call {number}.",
  "Hey, it's {name}. The plumber says he can come {day} at {time}. Does that work for you?",
  "Hi, this is {company} confirming your reservation for four on {day} at {time}. Call us if your plans change.",
  "Hey, it's {name}. Did you see the news about the bridge closing? Take the long way tomorrow.",
  "Hi, it's {name}. I'm returning your call. Sorry I missed you. I'm around all afternoon.",
  "Good morning, this is {company}. Your test results are in and everything looks normal. No need to call back.",
  "Hey, it's {name}. We're all meeting at {place} around {time}. Come if you can!",
  "Hi, this is {name} from {company}. Your order shipped today and should arrive by {day}.",
  "Hey, it's {name}. Grandma wants to know if you're coming for lunch on {day}. Call her, or call me.",
  "Hi, this is {company}. This is a courtesy call to let you know your card on file expires soon. Please update it at your convenience.",
  "Hey, it's {name}. Thanks again for helping me move. Pizza's on me next time.",
] as const

export const DEVICE_MODELS = [
  'iPhone 6s', 'iPhone SE', 'Samsung Galaxy S7', 'Moto G4 Plus', 'LG G5', 'Nexus 5X', 'Kyocera DuraXV', 'Samsung Galaxy J3',
] as const

export const ACCOUNT_SERVICES: readonly { name: string; service_type: string; active: boolean }[] = [
  { name: 'Voice', service_type: 'voice', active: true },
  { name: 'SMS', service_type: 'messaging', active: true },
  { name: 'MMS', service_type: 'messaging', active: true },
  { name: 'Mobile Data', service_type: 'data', active: true },
  { name: 'Voicemail', service_type: 'voicemail', active: true },
  { name: 'International Calling', service_type: 'voice', active: false },
  { name: 'Mobile Hotspot', service_type: 'data', active: false },
]

export const CARRIER_SERVICES: readonly { name: string; code: string; description: string }[] = [
  { name: 'Premium SMS Block', code: 'PSMSB', description: 'Blocks premium-rate short codes that would bill the account.' },
  { name: 'International Roaming Block', code: 'IRB', description: 'Keeps the line from registering on networks outside the United States.' },
  { name: 'Data Speed Limit', code: 'DSL3G', description: 'Limits data to 3G speeds once the high-speed allowance is used.' },
  { name: 'Directory Assistance Block', code: 'DAB', description: 'Blocks 411 calls, which carry a per-call charge.' },
  { name: '900 Number Block', code: 'B900', description: 'Blocks calls to 1-900 pay-per-call numbers.' },
  { name: 'Spending Limit', code: 'SPL', description: 'Suspends billable services when the balance falls below the limit.' },
]

export const BILLING_PLANS: readonly { id: number; name: string; price: number }[] = [
  { id: 201, name: 'Freedom Basic', price: 0 },
  { id: 202, name: 'Talk & Text 500', price: 9.99 },
  { id: 203, name: 'Unlimited Talk & Text', price: 19.99 },
  { id: 204, name: 'Unlimited Everything', price: 39.99 },
]

export const PASSWORD_WORDS = [
  'harbor', 'violet', 'granite', 'meadow', 'copper', 'lantern', 'orchid', 'timber', 'glacier', 'saffron',
  'falcon', 'juniper', 'cobalt', 'prairie', 'ember', 'willow', 'canyon', 'marble', 'thistle', 'summit',
] as const

export const AREA_CODES = ['202', '212', '303', '312', '415', '503', '512', '617', '702', '704', '801', '919'] as const

export const COUNTRY_PREFIXES = ['01144', '01133', '01149', '01152', '01181', '01191'] as const

export const SIP_HOST = 'sip.fluidcall.ringplus.net'

export const REDIRECT_URIS = ['http://127.0.0.1/callback', 'http://localhost/callback'] as const

/** The seeded users; the first has two lines, the second one, the third none. */
export const SEED_USERS = [
  {
    id: 1,
    email: 'alice@example.com',
    addresses: [
      { name: 'Alice Carter', line1: '1420 Larkspur Lane', line2: 'Apt 3B', city: 'Denver', state: 'CO', zip: '80203' },
      { name: 'Alice Carter', line1: '77 Commerce Street', city: 'Denver', state: 'CO', zip: '80202' },
    ],
    lines: [
      { id: 11, name: 'Alice Personal', area: '303', plan: 203 },
      { id: 12, name: 'Alice Work', area: '720', plan: 204 },
    ],
    cards: [
      { id: 301, brand: 'Visa', last4: '4242' },
      { id: 302, brand: 'MasterCard', last4: '4444' },
    ],
  },
  {
    id: 2,
    email: 'bob@example.com',
    addresses: [{ name: 'Bob Nguyen', line1: '905 Alder Street', city: 'Portland', state: 'OR', zip: '97205' }],
    lines: [{ id: 13, name: 'Bob Mobile', area: '503', plan: 202 }],
    cards: [{ id: 303, brand: 'American Express', last4: '0005' }],
  },
  {
    id: 3,
    email: 'carol@example.com',
    addresses: [{ name: 'Carol Diaz', line1: '3318 Bluebonnet Drive', city: 'Austin', state: 'TX', zip: '78704' }],
    lines: [],
    cards: [{ id: 304, brand: 'Discover', last4: '1117' }],
  },
] as const
