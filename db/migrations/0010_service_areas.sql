CREATE TABLE "area_sets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text DEFAULT 'custom' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "areas" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"set_id" uuid NOT NULL,
	"name" text NOT NULL,
	"branch_id" uuid,
	"polygons" jsonb NOT NULL,
	"point_count" integer NOT NULL,
	"min_latitude" double precision NOT NULL,
	"min_longitude" double precision NOT NULL,
	"max_latitude" double precision NOT NULL,
	"max_longitude" double precision NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "area_sets" ADD CONSTRAINT "area_sets_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "areas" ADD CONSTRAINT "areas_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "areas" ADD CONSTRAINT "areas_set_id_area_sets_id_fk" FOREIGN KEY ("set_id") REFERENCES "public"."area_sets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "areas" ADD CONSTRAINT "areas_branch_id_branches_id_fk" FOREIGN KEY ("branch_id") REFERENCES "public"."branches"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "areas" ADD CONSTRAINT "areas_updated_by_user_id_users_id_fk" FOREIGN KEY ("updated_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "area_sets_org_id_index" ON "area_sets" USING btree ("org_id");--> statement-breakpoint
CREATE UNIQUE INDEX "area_sets_org_name_unique" ON "area_sets" USING btree ("org_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "area_sets_org_service_unique" ON "area_sets" USING btree ("org_id") WHERE "area_sets"."kind" = 'service_areas';--> statement-breakpoint
CREATE INDEX "areas_org_id_index" ON "areas" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "areas_set_id_index" ON "areas" USING btree ("set_id");--> statement-breakpoint
CREATE UNIQUE INDEX "areas_set_name_unique" ON "areas" USING btree ("set_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "areas_set_branch_unique" ON "areas" USING btree ("set_id","branch_id");