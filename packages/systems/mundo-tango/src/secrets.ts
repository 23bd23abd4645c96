import type { TextFormat } from '@db/core';

/**
 * How a secret is stored: never in plain text. Either sealed by the application (AES-256-GCM under a key from the
 * key service, `v1:<iv>:<ciphertext+tag>` in base64, with the key's id beside it so keys can rotate), or kept in a
 * secret manager and referenced (`vault://`, `aws-sm://`, `gcp-sm://` or `doppler://`).
 */
export const SEALED_SECRET: TextFormat = {
  pattern: /^v1:[A-Za-z0-9+/]{16}:[A-Za-z0-9+/]{24,}={0,2}$/,
  message: 'must be a sealed secret (v1:<iv>:<ciphertext>, base64), never the secret itself',
};
export const SECRET_REFERENCE: TextFormat = {
  pattern: /^(vault|aws-sm|gcp-sm|doppler):\/\/[A-Za-z0-9._\/-]+$/,
  message: 'must reference a secret manager entry such as vault://mundo-tango/vercel/token',
};
