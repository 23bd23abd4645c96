-- Supabase compatibility: what blipee's tables assume and Supabase provides, created only where it is missing,
-- so the same migrations run on Supabase, on plain PostgreSQL and on PGlite.
-- uuid_generate_v4() (the documented defaults): from uuid-ossp where the extension can be installed (Supabase,
-- PostgreSQL with contrib); otherwise the same random (version 4) UUID from gen_random_uuid().
DO $$
BEGIN
  IF to_regprocedure('uuid_generate_v4()') IS NULL THEN
    BEGIN
      CREATE EXTENSION IF NOT EXISTS "uuid-ossp";
    EXCEPTION WHEN OTHERS THEN
      CREATE FUNCTION uuid_generate_v4() RETURNS uuid LANGUAGE sql VOLATILE PARALLEL SAFE AS 'SELECT gen_random_uuid()';
    END;
  END IF;
END $$;
--> statement-breakpoint
-- Supabase Auth's users (the columns drizzle-orm/supabase declares), where there is no Supabase Auth.
CREATE SCHEMA IF NOT EXISTS auth;
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS auth.users (
  id uuid PRIMARY KEY NOT NULL,
  email varchar(255),
  phone text UNIQUE,
  email_confirmed_at timestamptz,
  phone_confirmed_at timestamptz,
  last_sign_in_at timestamptz,
  created_at timestamptz,
  updated_at timestamptz
);
