CREATE TYPE "public"."import_status" AS ENUM('mapping', 'review', 'queued', 'running', 'done', 'failed', 'undone');--> statement-breakpoint
CREATE TABLE "import_column_memory" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"header" text NOT NULL,
	"field" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "import_jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"created_by_user_id" uuid,
	"created_by_membership_id" uuid,
	"file_name" text NOT NULL,
	"file_kind" text NOT NULL,
	"file_bytes" integer NOT NULL,
	"status" "import_status" DEFAULT 'mapping' NOT NULL,
	"table" jsonb NOT NULL,
	"mapping" jsonb,
	"decisions" jsonb,
	"total_rows" integer DEFAULT 0 NOT NULL,
	"cursor" integer DEFAULT 0 NOT NULL,
	"created_count" integer DEFAULT 0 NOT NULL,
	"merged_count" integer DEFAULT 0 NOT NULL,
	"skipped_count" integer DEFAULT 0 NOT NULL,
	"invalid_count" integer DEFAULT 0 NOT NULL,
	"geocoded_count" integer DEFAULT 0 NOT NULL,
	"unplaced" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"merges" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"error" text DEFAULT '' NOT NULL,
	"lease_until" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"undone_at" timestamp with time zone,
	"undone_by_user_id" uuid
);
--> statement-breakpoint
ALTER TABLE "partners" ADD COLUMN "import_job_id" uuid;--> statement-breakpoint
ALTER TABLE "import_column_memory" ADD CONSTRAINT "import_column_memory_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_jobs" ADD CONSTRAINT "import_jobs_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_jobs" ADD CONSTRAINT "import_jobs_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_jobs" ADD CONSTRAINT "import_jobs_created_by_membership_id_memberships_id_fk" FOREIGN KEY ("created_by_membership_id") REFERENCES "public"."memberships"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_jobs" ADD CONSTRAINT "import_jobs_undone_by_user_id_users_id_fk" FOREIGN KEY ("undone_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "import_column_memory_unique" ON "import_column_memory" USING btree ("org_id","header");--> statement-breakpoint
CREATE INDEX "import_jobs_org_id_created_at_index" ON "import_jobs" USING btree ("org_id","created_at");--> statement-breakpoint
CREATE INDEX "import_jobs_status_lease_until_index" ON "import_jobs" USING btree ("status","lease_until");--> statement-breakpoint
ALTER TABLE "partners" ADD CONSTRAINT "partners_import_job_id_import_jobs_id_fk" FOREIGN KEY ("import_job_id") REFERENCES "public"."import_jobs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "partners_import_job_id_index" ON "partners" USING btree ("import_job_id");