import { currency, customCheck, domainTable, id, isAbsent, jsonObject, textEnum, timestamps, timestamptz } from '@db/core';
import { sql } from 'drizzle-orm';
import { time, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  USER_DATE_FORMATS,
  USER_DIGEST_FREQUENCIES,
  USER_HORSE_HEIGHT_UNITS,
  USER_NOTIFICATION_CHANNELS,
  USER_NOTIFICATION_TOPICS,
  USER_PROFILE_VISIBILITIES,
  USER_TEMPERATURE_UNITS,
  USER_TIME_FORMATS,
  USER_UI_THEMES,
  USER_UNIT_SYSTEMS,
  USER_WEEK_START_DAYS,
} from '../constants.ts';
import { userProfiles } from './user-profiles.ts';

export type UserNotificationChannel = (typeof USER_NOTIFICATION_CHANNELS)[number];
export type UserNotificationTopic = (typeof USER_NOTIFICATION_TOPICS)[number];
/** Master switch per channel: `{ email: true, sms: false, push: true, in_app: true }`. */
export type UserNotificationChannelSettings = Partial<Record<UserNotificationChannel, boolean>>;
/** Channels per topic, overriding the defaults: `{ vaccination_reminders: ['email', 'push'] }`. */
export type UserNotificationTopicSettings = Partial<Record<UserNotificationTopic, UserNotificationChannel[]>>;

/** 'HH:MM' as 'HH:MM:00', so times compare as PostgreSQL's `time` does. */
const withSeconds = (time: unknown) => (String(time).length === 5 ? `${time}:00` : String(time));

/** One row per user: display units, formats and notification settings. Locale and time zone live on the profile. */
export const userPreferences = domainTable(
  'user_preferences',
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'cascade' }),
    /** Distances, weights, feed quantities. */
    unitSystem: textEnum(USER_UNIT_SYSTEMS).notNull().default('metric'),
    horseHeightUnit: textEnum(USER_HORSE_HEIGHT_UNITS).notNull().default('hands'),
    temperatureUnit: textEnum(USER_TEMPERATURE_UNITS).notNull().default('celsius'),
    dateFormat: textEnum(USER_DATE_FORMATS).notNull().default('DD/MM/YYYY'),
    timeFormat: textEnum(USER_TIME_FORMATS).notNull().default('24h'),
    weekStartsOn: textEnum(USER_WEEK_START_DAYS).notNull().default('monday'),
    /** Currency prices are shown in where a provider offers several. */
    preferredCurrency: currency(),
    theme: textEnum(USER_UI_THEMES).notNull().default('system'),
    notificationChannels: jsonObject<UserNotificationChannelSettings>(),
    notificationTopics: jsonObject<UserNotificationTopicSettings>(),
    /** No push or SMS between these local times (in the profile's time zone); may wrap midnight. */
    quietHoursStart: time(),
    quietHoursEnd: time(),
    digestFrequency: textEnum(USER_DIGEST_FREQUENCIES).notNull().default('weekly'),
    /** When the user opted in to marketing email (GDPR consent record); null means no consent. */
    marketingConsentAt: timestamptz(),
    profileVisibility: textEnum(USER_PROFILE_VISIBILITIES).notNull().default('connections'),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('user_preferences_user_id_key').on(t.userId),
    /** Both or neither, and a window of zero length is no window (both null must pass: most users set none). */
    customCheck(
      'user_preferences_quiet_hours_check',
      sql`(${t.quietHoursStart} is null) = (${t.quietHoursEnd} is null) and (${t.quietHoursStart} is null or ${t.quietHoursStart} <> ${t.quietHoursEnd})`,
      {
        parts: [
          {
            columns: [t.quietHoursStart, t.quietHoursEnd],
            column: t.quietHoursEnd,
            message: 'quiet hours need both a start and an end',
            holds: (row) => isAbsent(row.quiet_hours_start) === isAbsent(row.quiet_hours_end),
          },
          /** Not core's `differ`: '22:00' and '22:00:00' are the same time. */
          {
            columns: [t.quietHoursStart, t.quietHoursEnd],
            column: t.quietHoursEnd,
            message: 'must differ from the start',
            holds: (row) =>
              isAbsent(row.quiet_hours_start) ||
              isAbsent(row.quiet_hours_end) ||
              withSeconds(row.quiet_hours_start) !== withSeconds(row.quiet_hours_end),
          },
        ],
        violations: [
          { quiet_hours_start: '22:00', quiet_hours_end: null },
          { quiet_hours_start: null, quiet_hours_end: '06:30' },
          { quiet_hours_start: '22:00:00', quiet_hours_end: '22:00' },
        ],
      },
    ),
  ],
);
