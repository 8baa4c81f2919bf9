CREATE TABLE "map_versions" (
	"org_id" uuid PRIMARY KEY NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "map_versions" ADD CONSTRAINT "map_versions_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Written by hand: every statement that adds, changes or removes partners or branches moves their
-- organization's count, whatever wrote it (the app, an import, a restore, COPY). The row lock taken
-- by the upsert lasts until the writing transaction commits, so a reader never sees a count newer
-- than the data it stands for.
CREATE FUNCTION "bump_map_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "map_versions" ("org_id", "version")
    SELECT DISTINCT "org_id", 1 FROM "changed_rows" AS "c"
    -- Not for an organization being deleted (its partners and branches go with it, in cascade).
    WHERE EXISTS (SELECT 1 FROM "organizations" AS "o" WHERE "o"."id" = "c"."org_id")
    ON CONFLICT ("org_id") DO UPDATE SET "version" = "map_versions"."version" + 1;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "partners_map_version_insert" AFTER INSERT ON "partners"
  REFERENCING NEW TABLE AS "changed_rows" FOR EACH STATEMENT EXECUTE FUNCTION "bump_map_version"();--> statement-breakpoint
CREATE TRIGGER "partners_map_version_update" AFTER UPDATE ON "partners"
  REFERENCING NEW TABLE AS "changed_rows" FOR EACH STATEMENT EXECUTE FUNCTION "bump_map_version"();--> statement-breakpoint
CREATE TRIGGER "partners_map_version_delete" AFTER DELETE ON "partners"
  REFERENCING OLD TABLE AS "changed_rows" FOR EACH STATEMENT EXECUTE FUNCTION "bump_map_version"();--> statement-breakpoint
CREATE TRIGGER "branches_map_version_insert" AFTER INSERT ON "branches"
  REFERENCING NEW TABLE AS "changed_rows" FOR EACH STATEMENT EXECUTE FUNCTION "bump_map_version"();--> statement-breakpoint
CREATE TRIGGER "branches_map_version_update" AFTER UPDATE ON "branches"
  REFERENCING NEW TABLE AS "changed_rows" FOR EACH STATEMENT EXECUTE FUNCTION "bump_map_version"();--> statement-breakpoint
CREATE TRIGGER "branches_map_version_delete" AFTER DELETE ON "branches"
  REFERENCING OLD TABLE AS "changed_rows" FOR EACH STATEMENT EXECUTE FUNCTION "bump_map_version"();
