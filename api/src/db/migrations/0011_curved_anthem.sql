CREATE TABLE `recordings` (
	`key` text PRIMARY KEY NOT NULL,
	`session_id` text NOT NULL,
	`bytes` blob NOT NULL,
	`size` integer NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `recordings_created` ON `recordings` (`created_at`);