CREATE TABLE `examples` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`quality` text NOT NULL,
	`source` text NOT NULL,
	`persona_id` text NOT NULL,
	`persona_version` integer NOT NULL,
	`rubric_id` text NOT NULL,
	`rubric_version` integer NOT NULL,
	`summary` text,
	`turns` text NOT NULL,
	`scorecard` text NOT NULL,
	`team_id` text,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `examples_persona` ON `examples` (`persona_id`,`created_at`);