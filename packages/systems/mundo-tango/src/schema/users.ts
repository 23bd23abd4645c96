import { boolean, index, integer, pgTable, serial, text, timestamp, varchar } from 'drizzle-orm/pg-core';

/** Users & Auth: the central profile, as the owners' `shared/schema.ts` has it. Reproduced column for column and
 * index for index (test/fidelity.test.ts); foreign keys and unique constraints under the names the owners' database has.
 */
export const users = pgTable('users', {
  id: serial('id').primaryKey(),

  // Authentication
  email: varchar('email').notNull().unique('users_email_unique'),
  username: varchar('username').notNull().unique('users_username_unique'),
  password: text('password').notNull(), // bcrypt hashed
  apiToken: text('api_token'),
  twoFactorEnabled: boolean('two_factor_enabled').default(false),

  // Profile
  name: varchar('name').notNull(),
  firstName: varchar('first_name'),
  lastName: varchar('last_name'),
  nickname: varchar('nickname'),
  bio: text('bio'),
  profileImage: text('profile_image'),
  backgroundImage: text('background_image'),

  // Contact
  mobileNo: varchar('mobile_no'),
  facebookUrl: text('facebook_url'),

  // Location
  country: varchar('country'),
  city: varchar('city'),
  state: varchar('state'),
  countryCode: varchar('country_code'),
  stateCode: varchar('state_code'),

  // Tango Profile
  languages: text('languages').array(),
  tangoRoles: text('tango_roles').array(), // ['leader', 'follower', 'both']
  leaderLevel: integer('leader_level').default(0), // 0-10
  followerLevel: integer('follower_level').default(0), // 0-10
  yearsOfDancing: integer('years_of_dancing').default(0),
  startedDancingYear: integer('started_dancing_year'),
  occupation: varchar('occupation'),

  // Account Status
  isVerified: boolean('is_verified').default(false),
  isActive: boolean('is_active').default(true),
  suspended: boolean('suspended').default(false),
  isOnboardingComplete: boolean('is_onboarding_complete').default(false),
  formStatus: integer('form_status').default(0),
  codeOfConductAccepted: boolean('code_of_conduct_accepted').default(false),
  termsAccepted: boolean('terms_accepted').default(false),

  // Subscription & Billing
  stripeCustomerId: varchar('stripe_customer_id'),
  stripeSubscriptionId: varchar('stripe_subscription_id'),
  subscriptionStatus: varchar('subscription_status'),
  subscriptionTier: varchar('subscription_tier').default('free'),

  // Customer Journey
  customerJourneyState: varchar('customer_journey_state').default('J1'),
  lastJourneyUpdate: timestamp('last_journey_update'),

  // Device & Security
  deviceType: varchar('device_type'),
  deviceToken: text('device_token'),
  replitId: varchar('replit_id'),
  lastLoginAt: timestamp('last_login_at'),
  lastLoginIp: varchar('last_login_ip'),

  // Role-Based Access Control (8-tier system)
  role: varchar('role').default('user').notNull(),
  // Levels: 1=Free, 2=Basic, 3=Premium, 4=Community, 5=Admin, 6=Platform Vol, 7=Super Admin, 8=God

  // Timestamps
  createdAt: timestamp('created_at').defaultNow(),
  updatedAt: timestamp('updated_at').defaultNow(),
}, (table) => [
  index('users_email_idx').on(table.email),
  index('users_username_idx').on(table.username),
]);
