-- Supabase compatibility. On Supabase every object below exists already and nothing here changes it; on plain
-- PostgreSQL and PGlite it creates what the policies use, the way Supabase has it: the API roles, the roles of
-- the access model, the `auth` schema's claim functions and the default privileges of the public schema.
DO $$
DECLARE
  on_supabase boolean := to_regnamespace('auth') IS NOT NULL AND to_regprocedure('auth.jwt()') IS NOT NULL;
  name text;
BEGIN
  -- Supabase's API roles: NOLOGIN (PostgREST's `authenticator` switches to them); service_role bypasses RLS.
  FOREACH name IN ARRAY ARRAY['anon', 'authenticated', 'service_role'] LOOP
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = name) THEN
      EXECUTE format('CREATE ROLE %I NOLOGIN NOINHERIT%s', name, CASE WHEN name = 'service_role' THEN ' BYPASSRLS' ELSE '' END);
    END IF;
  END LOOP;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'authenticator') THEN
    CREATE ROLE authenticator NOLOGIN NOINHERIT;
  END IF;
  -- The access model's roles, switched to by a token whose `role` claim names them.
  FOREACH name IN ARRAY ARRAY['ai_readonly', 'operator_readonly', 'qa_team', 'monitoring_team', 'annotator', 'support_webhook'] LOOP
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = name) THEN
      EXECUTE format('CREATE ROLE %I NOLOGIN NOINHERIT', name);
    END IF;
    IF NOT pg_has_role('authenticator', name, 'MEMBER') THEN
      EXECUTE format('GRANT %I TO authenticator', name);
    END IF;
  END LOOP;
  FOREACH name IN ARRAY ARRAY['anon', 'authenticated', 'service_role'] LOOP
    IF NOT pg_has_role('authenticator', name, 'MEMBER') THEN
      EXECUTE format('GRANT %I TO authenticator', name);
    END IF;
  END LOOP;

  IF NOT on_supabase THEN
    CREATE SCHEMA IF NOT EXISTS auth;
    -- Supabase's definitions: the claims PostgREST sets for the request (request.jwt.claims), with the
    -- single-claim settings of older PostgREST versions first.
    CREATE OR REPLACE FUNCTION auth.jwt() RETURNS jsonb LANGUAGE sql STABLE AS $f$
      SELECT coalesce(nullif(current_setting('request.jwt.claim', true), ''), nullif(current_setting('request.jwt.claims', true), ''))::jsonb
    $f$;
    CREATE OR REPLACE FUNCTION auth.role() RETURNS text LANGUAGE sql STABLE AS $f$
      SELECT coalesce(nullif(current_setting('request.jwt.claim.role', true), ''), (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'role'))::text
    $f$;
    CREATE OR REPLACE FUNCTION auth.uid() RETURNS uuid LANGUAGE sql STABLE AS $f$
      SELECT coalesce(nullif(current_setting('request.jwt.claim.sub', true), ''), (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'sub'))::uuid
    $f$;
    GRANT USAGE ON SCHEMA auth TO anon, authenticated, service_role, ai_readonly, operator_readonly, qa_team, monitoring_team, annotator, support_webhook;
    GRANT USAGE ON SCHEMA public TO anon, authenticated, service_role, ai_readonly, operator_readonly, qa_team, monitoring_team, annotator, support_webhook;
    -- Supabase's default privileges: the API roles may use whatever the migrations create; RLS and the
    -- migrations' own REVOKEs narrow it.
    ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON TABLES TO anon, authenticated, service_role;
    ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON SEQUENCES TO anon, authenticated, service_role;
    ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON FUNCTIONS TO anon, authenticated, service_role;
  END IF;
END $$;
