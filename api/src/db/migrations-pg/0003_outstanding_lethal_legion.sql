CREATE TABLE "recordings" (
	"key" text PRIMARY KEY NOT NULL,
	"session_id" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"size" integer NOT NULL,
	"created_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE INDEX "recordings_created" ON "recordings" USING btree ("created_at");