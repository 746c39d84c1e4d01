import { defineConfig } from "drizzle-kit";

// PostgreSQL's migrations, from schema-pg.ts (SQLite's are drizzle.config.ts). `npm run db:generate` runs both.
export default defineConfig({
  dialect: "postgresql",
  schema: ["./api/src/db/schema-pg.ts", "./api/src/db/programme-schema-pg.ts"],
  out: "./api/src/db/migrations-pg",
});
