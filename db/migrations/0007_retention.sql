CREATE TABLE "scheduled_tasks" (
	"name" text PRIMARY KEY NOT NULL,
	"lease_holder" text,
	"lease_until" timestamp with time zone,
	"last_started_at" timestamp with time zone,
	"last_succeeded_at" timestamp with time zone,
	"last_finished_at" timestamp with time zone,
	"last_error" text DEFAULT '' NOT NULL,
	"last_result" jsonb
);
--> statement-breakpoint
ALTER TABLE "import_jobs" ADD COLUMN "rows_removed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "interviews" ADD COLUMN "answers_removed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "interview_answers_keep_months" smallint DEFAULT 36;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "import_files_keep_days" smallint DEFAULT 30 NOT NULL;