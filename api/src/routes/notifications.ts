import { Hono } from "hono";
import { z } from "zod";
import type { AuthEnv } from "../auth/principal";
import type { Programme } from "../programme/programme";
import { validate } from "./validate";

const readBody = z.strictObject({
  /** The notifications to mark read; absent: all of them. */
  ids: z.array(z.string().uuid("must be a notification id")).max(200).optional(),
});

/** Your notifications (newest first, with the unread count) and marking them read. */
export function notificationRoutes(notifications: Programme["notifications"]) {
  return new Hono<AuthEnv>()
    .get("/", async (c) => c.json(await notifications.list(c.var.principal), 200))
    .post("/read", validate("json", readBody), async (c) => {
      const marked = await notifications.markRead(c.var.principal, c.req.valid("json").ids ?? "all");
      return c.json({ marked }, 200);
    });
}
