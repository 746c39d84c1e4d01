ALTER TABLE `api_tokens` ADD `expires_at` integer;--> statement-breakpoint
-- Tokens made before expiry existed work for 90 days from this upgrade.
UPDATE `api_tokens` SET `expires_at` = CAST(strftime('%s', 'now') AS INTEGER) * 1000 + 7776000000 WHERE `expires_at` IS NULL;
