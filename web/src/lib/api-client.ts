import { hc } from "hono/client";
import type { AppType } from "../../../api/src/app";

/** The typed API client: a route change that breaks the web app fails `npm run typecheck`. */
export const api = hc<AppType>("/").api;
