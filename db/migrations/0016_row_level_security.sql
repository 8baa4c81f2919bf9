-- Row-level security: the second wall between organizations (decision 0026).
-- The app's scoped requests run as the role atlas_app inside a transaction that sets app.org_id
-- (and app.user_id); every table below then shows and accepts only that organization's rows,
-- whatever a query forgets. The connecting owner (migrations, scripts, sign-in, the host console,
-- the scheduler) is not bound: owners bypass row-level security unless it is forced.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'atlas_app') THEN
    CREATE ROLE atlas_app NOLOGIN;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  -- Another database on the same server made it at the same moment (roles are server-wide).
  NULL;
END
$$;
--> statement-breakpoint
DO $$
BEGIN
  IF NOT pg_has_role(current_user, 'atlas_app', 'MEMBER') THEN
    EXECUTE format('GRANT atlas_app TO %I', current_user);
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL;
END
$$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO atlas_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO atlas_app;
--> statement-breakpoint
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO atlas_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO atlas_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO atlas_app;
--> statement-breakpoint
-- The organization of the scope, or null outside one (then no row matches). Inlined by the planner.
CREATE OR REPLACE FUNCTION atlas_org_id() RETURNS uuid
  LANGUAGE sql STABLE
  AS $$ SELECT nullif(current_setting('app.org_id', true), '')::uuid $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION atlas_user_id() RETURNS uuid
  LANGUAGE sql STABLE
  AS $$ SELECT nullif(current_setting('app.user_id', true), '')::uuid $$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION atlas_org_id(), atlas_user_id() TO atlas_app;
--> statement-breakpoint
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY[
    'area_sets', 'areas', 'audit_entries', 'branches', 'contacts', 'digest_deliveries',
    'follow_ups', 'geocode_cache', 'import_column_memory', 'import_jobs', 'interaction_participants',
    'interactions', 'interview_guide_versions', 'interview_guides', 'interview_interviewers',
    'interviews', 'invitations', 'mail_settings', 'map_versions', 'member_reminders', 'partners',
    'referrals', 'resource_hides', 'sso_requests', 'sso_settings', 'stage_changes'
  ] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY atlas_org_wall ON %I TO atlas_app USING (org_id = atlas_org_id()) WITH CHECK (org_id = atlas_org_id())',
      t
    );
  END LOOP;
END
$$;
--> statement-breakpoint
-- The built-in resources (no organization) are everyone's to read; an organization writes only its own.
ALTER TABLE resources ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY atlas_org_wall ON resources TO atlas_app
  USING (org_id IS NULL OR org_id = atlas_org_id())
  WITH CHECK (org_id = atlas_org_id());
--> statement-breakpoint
-- A person sees her own memberships in other systems (to choose and switch), nobody else's.
ALTER TABLE memberships ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY atlas_org_wall ON memberships TO atlas_app
  USING (org_id = atlas_org_id() OR user_id = atlas_user_id())
  WITH CHECK (org_id = atlas_org_id());
