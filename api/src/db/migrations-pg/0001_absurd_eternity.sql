CREATE TABLE "examples" (
	"id" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"quality" text NOT NULL,
	"source" text NOT NULL,
	"persona_id" text NOT NULL,
	"persona_version" integer NOT NULL,
	"rubric_id" text NOT NULL,
	"rubric_version" integer NOT NULL,
	"summary" text,
	"turns" json NOT NULL,
	"scorecard" json NOT NULL,
	"team_id" text,
	"created_by" text NOT NULL,
	"created_at" bigint NOT NULL,
	"updated_at" bigint NOT NULL
);
--> statement-breakpoint
ALTER TABLE "examples" ADD CONSTRAINT "examples_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "examples" ADD CONSTRAINT "examples_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "examples_persona" ON "examples" USING btree ("persona_id","created_at");