-- How many other library systems a member's account also belongs to, for the one check that needs
-- to know (an admin may not reset the password of an account another system also uses: decision
-- 0026). Inside a scope, row-level security shows the caller only this organization's memberships,
-- so the count runs as the function's owner. It answers only for a member of the organization named,
-- and only when that is the scope's organization (or outside any scope): a number, never where.
CREATE OR REPLACE FUNCTION atlas_memberships_elsewhere(member_user uuid, this_org uuid) RETURNS integer
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
    SELECT count(*)::integer FROM memberships
    WHERE user_id = member_user
      AND org_id <> this_org
      AND this_org = coalesce(atlas_org_id(), this_org)
      AND EXISTS (SELECT 1 FROM memberships here WHERE here.user_id = member_user AND here.org_id = this_org)
  $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION atlas_memberships_elsewhere(uuid, uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION atlas_memberships_elsewhere(uuid, uuid) TO atlas_app;
