-- Canopy's database roles, run once by a superuser (the launcher and testkit run it against the
-- embedded PostgreSQL; a DBA runs it against a real server, with real passwords).
--   canopy_owner  owns every table; Liquibase migrates as this role at start-up.
--   canopy_app    the application's runtime role: owns nothing, cannot bypass row-level security.
--   canopy_module the role modules' (plugins') SQL runs as, switched to by canopy_app for each
--                 statement: its own schema's rows, read-only shared tables, no platform tables.
-- Each statement is idempotent so the script can be re-run on every start.
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'canopy_owner') THEN
    CREATE ROLE canopy_owner LOGIN PASSWORD 'canopy_owner' NOSUPERUSER NOCREATEROLE NOCREATEDB NOBYPASSRLS;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'canopy_app') THEN
    CREATE ROLE canopy_app LOGIN PASSWORD 'canopy_app' NOSUPERUSER NOCREATEROLE NOCREATEDB NOBYPASSRLS;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'canopy_module') THEN
    CREATE ROLE canopy_module NOLOGIN NOSUPERUSER NOCREATEROLE NOCREATEDB NOBYPASSRLS;
  END IF;
  IF NOT pg_has_role('canopy_app', 'canopy_module', 'MEMBER') THEN
    GRANT canopy_module TO canopy_app;
  END IF;
END $$;

-- Timeouts for every connection of the application (module statements run on the same sessions):
-- a held lock, a runaway statement or a transaction left open fails fast instead of holding one of
-- the pool's connections for every tenant.
ALTER ROLE canopy_app SET statement_timeout = '30s';
ALTER ROLE canopy_app SET lock_timeout = '5s';
ALTER ROLE canopy_app SET idle_in_transaction_session_timeout = '60s';
