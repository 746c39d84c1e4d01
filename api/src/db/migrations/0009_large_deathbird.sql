CREATE TABLE `xapi_statements` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`session_id` text NOT NULL,
	`verb` text NOT NULL,
	`statement` text NOT NULL,
	`timestamp` integer NOT NULL,
	`created_at` integer NOT NULL,
	`seq` integer NOT NULL,
	`status` text NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer NOT NULL,
	`last_error` text,
	`sent_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `xapi_statements_outbox` ON `xapi_statements` (`status`,`created_at`,`seq`);--> statement-breakpoint
CREATE INDEX `xapi_statements_user` ON `xapi_statements` (`user_id`,`timestamp`);