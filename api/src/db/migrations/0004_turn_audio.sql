ALTER TABLE `turns` ADD `audio_path` text;--> statement-breakpoint
ALTER TABLE `turns` ADD `voice` text;