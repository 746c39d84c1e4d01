CREATE TABLE `discussion_notices` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`post_id` text NOT NULL,
	`link` text NOT NULL,
	`message` text NOT NULL,
	`created_at` integer NOT NULL,
	`read_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`post_id`) REFERENCES `discussion_posts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `discussion_notices_once` ON `discussion_notices` (`user_id`,`post_id`);--> statement-breakpoint
CREATE INDEX `discussion_notices_user` ON `discussion_notices` (`user_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `discussion_pins` (
	`thread` text PRIMARY KEY NOT NULL,
	`post_id` text NOT NULL,
	`pinned_by` text NOT NULL,
	`pinned_at` integer NOT NULL,
	FOREIGN KEY (`post_id`) REFERENCES `discussion_posts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`pinned_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `discussion_posts` (
	`id` text PRIMARY KEY NOT NULL,
	`thread` text NOT NULL,
	`kind` text NOT NULL,
	`ref` text NOT NULL,
	`team_id` text,
	`parent_id` text,
	`author_id` text NOT NULL,
	`text` text NOT NULL,
	`created_at` integer NOT NULL,
	`edited_at` integer,
	`deleted_at` integer,
	`deleted_by` text,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `discussion_posts_thread` ON `discussion_posts` (`thread`,`created_at`);--> statement-breakpoint
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
CREATE INDEX `examples_persona` ON `examples` (`persona_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `shared_calls` (
	`session_id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`shared_at` integer NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `shared_calls_user` ON `shared_calls` (`user_id`);