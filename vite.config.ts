import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The web app lives in web/ and builds into dist/web, which the API serves on its own port
// (api/src/serve-web.ts). In development, `npm run dev:web` proxies /api to a running API.
export default defineConfig({
  root: "web",
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL("dist/web", import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 700,
  },
  server: {
    proxy: { "/api": `http://127.0.0.1:${process.env.PARLEY_API_PORT ?? "8787"}` },
  },
});
