CREATE TABLE `feedback` (
	`session_id` text NOT NULL,
	`turn_index` integer NOT NULL,
	`payload` text NOT NULL,
	`engine` text NOT NULL,
	`model` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `feedback_session_turn` ON `feedback` (`session_id`,`turn_index`);--> statement-breakpoint
CREATE TABLE `model_calls` (
	`id` text PRIMARY KEY NOT NULL,
	`session_id` text,
	`purpose` text NOT NULL,
	`model` text NOT NULL,
	`prompt_tokens` integer,
	`completion_tokens` integer,
	`latency_ms` integer NOT NULL,
	`ok` integer NOT NULL,
	`error` text,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `model_calls_session` ON `model_calls` (`session_id`);--> statement-breakpoint
CREATE TABLE `persona_versions` (
	`persona_id` text NOT NULL,
	`version` integer NOT NULL,
	`source` text NOT NULL,
	`content_hash` text NOT NULL,
	`origin` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `persona_versions_id_version` ON `persona_versions` (`persona_id`,`version`);--> statement-breakpoint
CREATE TABLE `rubric_versions` (
	`rubric_id` text NOT NULL,
	`version` integer NOT NULL,
	`source` text NOT NULL,
	`content_hash` text NOT NULL,
	`origin` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rubric_versions_id_version` ON `rubric_versions` (`rubric_id`,`version`);--> statement-breakpoint
CREATE TABLE `scorecards` (
	`session_id` text PRIMARY KEY NOT NULL,
	`overall` real,
	`passed` integer,
	`rubric_id` text NOT NULL,
	`rubric_version` integer NOT NULL,
	`engine` text NOT NULL,
	`model` text,
	`payload` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`persona_id` text NOT NULL,
	`persona_version` integer NOT NULL,
	`rubric_id` text NOT NULL,
	`rubric_version` integer NOT NULL,
	`mode` text NOT NULL,
	`difficulty` text NOT NULL,
	`status` text NOT NULL,
	`outcome` text,
	`engine` text NOT NULL,
	`forked_from` text,
	`forked_at_turn` integer,
	`turn_locked_at` integer,
	`created_at` integer NOT NULL,
	`ended_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `sessions_user` ON `sessions` (`user_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `turns` (
	`session_id` text NOT NULL,
	`index` integer NOT NULL,
	`role` text NOT NULL,
	`text` text NOT NULL,
	`at` integer NOT NULL,
	`engine` text,
	`model` text,
	`state` text,
	`change` text,
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `turns_session_index` ON `turns` (`session_id`,`index`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`created_at` integer NOT NULL
);
