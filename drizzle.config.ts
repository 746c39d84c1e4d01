import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "sqlite",
  schema: ["./api/src/db/schema.ts", "./api/src/db/programme-schema.ts"],
  out: "./api/src/db/migrations",
});
