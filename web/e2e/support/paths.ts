import path from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
export const WEB_DIST = path.join(REPO_ROOT, "dist/web");
export const SCREENSHOTS = path.join(REPO_ROOT, "reports/screenshots");
export const CHROMIUM = "/usr/bin/chromium";
