CREATE TABLE `eval_runs` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text,
	`label` text,
	`engine` text NOT NULL,
	`model` text,
	`passed` integer NOT NULL,
	`summary` text NOT NULL,
	`report` text NOT NULL,
	`started_at` integer NOT NULL,
	`finished_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `eval_runs_finished` ON `eval_runs` (`finished_at`);--> statement-breakpoint
ALTER TABLE `sessions` ADD `sandbox` integer DEFAULT false NOT NULL;