CREATE TYPE "public"."asset_category" AS ENUM('individual', 'association', 'institution', 'physical_space', 'local_economy', 'culture_stories');--> statement-breakpoint
CREATE TYPE "public"."formality" AS ENUM('informal', 'letter_of_agreement', 'mou_contract');--> statement-breakpoint
CREATE TYPE "public"."found_via" AS ENUM('referral', 'interview', 'outreach', 'other');--> statement-breakpoint
CREATE TYPE "public"."location_precision" AS ENUM('exact', 'approximate', 'hidden');--> statement-breakpoint
CREATE TYPE "public"."relationship_depth" AS ENUM('networking', 'coordinating', 'cooperating', 'collaborating');--> statement-breakpoint
CREATE TYPE "public"."relationship_stage" AS ENUM('identified', 'reached_out', 'connected', 'collaborating', 'sustained', 'paused', 'ended');--> statement-breakpoint
CREATE TABLE "contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"name" text NOT NULL,
	"role" text DEFAULT '' NOT NULL,
	"email" text DEFAULT '' NOT NULL,
	"phone" text DEFAULT '' NOT NULL,
	"preferred_language" text DEFAULT '' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"share_with_viewers" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "geocode_cache" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"provider" text NOT NULL,
	"query" text NOT NULL,
	"results" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partners" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"name" text NOT NULL,
	"category" "asset_category" NOT NULL,
	"sectors" text[] DEFAULT '{}'::text[] NOT NULL,
	"ages_served" text[] DEFAULT '{}'::text[] NOT NULL,
	"priority_communities" text[] DEFAULT '{}'::text[] NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"strengths" text DEFAULT '' NOT NULL,
	"interests" text DEFAULT '' NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"latitude" double precision,
	"longitude" double precision,
	"location_precision" "location_precision" DEFAULT 'exact' NOT NULL,
	"website" text DEFAULT '' NOT NULL,
	"phone" text DEFAULT '' NOT NULL,
	"email" text DEFAULT '' NOT NULL,
	"primary_branch_id" uuid,
	"owner_membership_id" uuid,
	"stage" "relationship_stage" DEFAULT 'identified' NOT NULL,
	"ended_reason" text DEFAULT '' NOT NULL,
	"depth" "relationship_depth",
	"formality" "formality",
	"next_follow_up_on" date,
	"found_via" "found_via",
	"found_via_note" text DEFAULT '' NOT NULL,
	"last_interaction_at" timestamp with time zone,
	"archived_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by_user_id" uuid,
	"updated_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "tile_url" text;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "tile_attribution" text;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "geocoder" text DEFAULT 'nominatim' NOT NULL;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "geocode_cache" ADD CONSTRAINT "geocode_cache_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partners" ADD CONSTRAINT "partners_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partners" ADD CONSTRAINT "partners_primary_branch_id_branches_id_fk" FOREIGN KEY ("primary_branch_id") REFERENCES "public"."branches"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partners" ADD CONSTRAINT "partners_owner_membership_id_memberships_id_fk" FOREIGN KEY ("owner_membership_id") REFERENCES "public"."memberships"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partners" ADD CONSTRAINT "partners_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partners" ADD CONSTRAINT "partners_updated_by_user_id_users_id_fk" FOREIGN KEY ("updated_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contacts_org_id_partner_id_index" ON "contacts" USING btree ("org_id","partner_id");--> statement-breakpoint
CREATE UNIQUE INDEX "geocode_cache_unique" ON "geocode_cache" USING btree ("org_id","provider","query");--> statement-breakpoint
CREATE INDEX "partners_org_id_name_index" ON "partners" USING btree ("org_id","name");--> statement-breakpoint
CREATE INDEX "partners_org_id_stage_index" ON "partners" USING btree ("org_id","stage");--> statement-breakpoint
CREATE INDEX "partners_org_id_category_index" ON "partners" USING btree ("org_id","category");--> statement-breakpoint
CREATE INDEX "partners_org_id_primary_branch_id_index" ON "partners" USING btree ("org_id","primary_branch_id");--> statement-breakpoint
CREATE INDEX "partners_org_id_owner_membership_id_index" ON "partners" USING btree ("org_id","owner_membership_id");--> statement-breakpoint
CREATE INDEX "partners_org_id_last_interaction_at_index" ON "partners" USING btree ("org_id","last_interaction_at");--> statement-breakpoint
CREATE INDEX "partners_sectors_gin" ON "partners" USING gin ("sectors");--> statement-breakpoint
CREATE INDEX "partners_ages_gin" ON "partners" USING gin ("ages_served");