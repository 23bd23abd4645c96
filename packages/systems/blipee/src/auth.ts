/**
 * Supabase's `auth.users`, which blipee's tables reference (`created_by`). Supabase owns it: it is not in a schema
 * file, so drizzle-kit never creates it; the auth_compat migration does, only where it is missing.
 */
export { authUsers } from 'drizzle-orm/supabase';
