import { customCheck, isAbsent, type SqlRow } from '@db/core';
import { sql, type AnyColumn } from 'drizzle-orm';
import type { SOCIAL_MEDIA_CONTENT_TYPES } from './constants.ts';

/** A photo, video or document attached to a post or a message, in object storage. */
export interface SocialMediaItem {
  /** Object-storage key, e.g. social/<user id>/<uuid>.jpg. */
  storageKey: string;
  contentType: (typeof SOCIAL_MEDIA_CONTENT_TYPES)[number];
  widthPx?: number;
  heightPx?: number;
  /** Videos. */
  durationMs?: number;
  sizeBytes?: number;
  altText?: string;
}

/** A media item that parses, for the violations of `erasedContentCheck`. */
const ATTACHED: SocialMediaItem = { storageKey: 'social/erased/photo.jpg', contentType: 'image/jpeg' };

const isEmptyList = (value: unknown) => isAbsent(value) || (Array.isArray(value) && value.length === 0);

/**
 * User content is erasable: once `erasedAt` is set (the author deleted it and the retention window passed, or
 * a moderator purged it), its text is null and its media list empty, while the row stays so that replies, likes
 * and counts keep their place. One CHECK, `<table>_erased_content_check`, reported on the text or on the media.
 * `deletedAt` (when the table has one) is set in the violations so that they break this rule alone.
 */
export function erasedContentCheck(options: { erasedAt: AnyColumn; body: AnyColumn; media?: AnyColumn; deletedAt?: AnyColumn; table: string }) {
  const { erasedAt, body, media, deletedAt, table } = options;
  const erased = new Date('2024-07-01T00:00:00Z');
  const base: SqlRow = { [erasedAt.name]: erased, ...(deletedAt ? { [deletedAt.name]: erased } : {}) };
  const erasedRow = (row: SqlRow) => isAbsent(row[erasedAt.name]);
  const bodyPart = {
    columns: [erasedAt, body],
    column: body,
    message: 'is erased (null) once the content is erased',
    holds: (row: SqlRow) => erasedRow(row) || isAbsent(row[body.name]),
  };
  const expression = media
    ? sql`${erasedAt} is null or (${body} is null and ${media} = '[]'::jsonb)`
    : sql`${erasedAt} is null or ${body} is null`;
  const parts = media
    ? [
        bodyPart,
        {
          columns: [erasedAt, media],
          column: media,
          message: 'is emptied once the content is erased',
          holds: (row: SqlRow) => erasedRow(row) || isEmptyList(row[media.name]),
        },
      ]
    : [bodyPart];
  const violations: SqlRow[] = [{ ...base, [body.name]: 'Still readable after erasure' }];
  if (media) violations.push({ ...base, [body.name]: null, [media.name]: [ATTACHED] });
  return customCheck(`${table}_erased_content_check`, expression, { parts, violations });
}
