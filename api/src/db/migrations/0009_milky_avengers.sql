ALTER TABLE `sessions` ADD `turn_lock_owner` text;--> statement-breakpoint
ALTER TABLE `sessions` ADD `turn_lock_expires_at` integer;