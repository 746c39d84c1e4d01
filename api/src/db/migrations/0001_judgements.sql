CREATE TABLE `judgements` (
	`key` text PRIMARY KEY NOT NULL,
	`payload` text NOT NULL,
	`model` text NOT NULL,
	`created_at` integer NOT NULL
);
