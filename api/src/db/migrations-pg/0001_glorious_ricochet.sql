CREATE TABLE "xapi_statements" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"session_id" text NOT NULL,
	"verb" text NOT NULL,
	"statement" json NOT NULL,
	"timestamp" bigint NOT NULL,
	"created_at" bigint NOT NULL,
	"seq" integer NOT NULL,
	"status" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" bigint NOT NULL,
	"last_error" text,
	"sent_at" bigint
);
--> statement-breakpoint
ALTER TABLE "xapi_statements" ADD CONSTRAINT "xapi_statements_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "xapi_statements_outbox" ON "xapi_statements" USING btree ("status","created_at","seq");--> statement-breakpoint
CREATE INDEX "xapi_statements_user" ON "xapi_statements" USING btree ("user_id","timestamp");