ALTER TABLE "sessions" ADD COLUMN "turn_lock_owner" text;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "turn_lock_expires_at" bigint;