CREATE TABLE "discussion_notices" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"post_id" text NOT NULL,
	"link" text NOT NULL,
	"message" text NOT NULL,
	"created_at" bigint NOT NULL,
	"read_at" bigint
);
--> statement-breakpoint
CREATE TABLE "discussion_pins" (
	"thread" text PRIMARY KEY NOT NULL,
	"post_id" text NOT NULL,
	"pinned_by" text NOT NULL,
	"pinned_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "discussion_posts" (
	"id" text PRIMARY KEY NOT NULL,
	"thread" text NOT NULL,
	"kind" text NOT NULL,
	"ref" text NOT NULL,
	"team_id" text,
	"parent_id" text,
	"author_id" text NOT NULL,
	"text" text NOT NULL,
	"created_at" bigint NOT NULL,
	"edited_at" bigint,
	"deleted_at" bigint,
	"deleted_by" text
);
--> statement-breakpoint
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
CREATE TABLE "shared_calls" (
	"session_id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"shared_at" bigint NOT NULL
);
--> statement-breakpoint
ALTER TABLE "discussion_notices" ADD CONSTRAINT "discussion_notices_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discussion_notices" ADD CONSTRAINT "discussion_notices_post_id_discussion_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."discussion_posts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discussion_pins" ADD CONSTRAINT "discussion_pins_post_id_discussion_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."discussion_posts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discussion_pins" ADD CONSTRAINT "discussion_pins_pinned_by_users_id_fk" FOREIGN KEY ("pinned_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discussion_posts" ADD CONSTRAINT "discussion_posts_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "examples" ADD CONSTRAINT "examples_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "examples" ADD CONSTRAINT "examples_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shared_calls" ADD CONSTRAINT "shared_calls_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shared_calls" ADD CONSTRAINT "shared_calls_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "discussion_notices_once" ON "discussion_notices" USING btree ("user_id","post_id");--> statement-breakpoint
CREATE INDEX "discussion_notices_user" ON "discussion_notices" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "discussion_posts_thread" ON "discussion_posts" USING btree ("thread","created_at");--> statement-breakpoint
CREATE INDEX "examples_persona" ON "examples" USING btree ("persona_id","created_at");--> statement-breakpoint
CREATE INDEX "shared_calls_user" ON "shared_calls" USING btree ("user_id");