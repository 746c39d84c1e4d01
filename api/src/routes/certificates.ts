import { Hono } from "hono";
import { z } from "zod";
import type { AuthEnv } from "../auth/principal";
import type { Certificates } from "../programme/certificates";
import { certificatePage } from "./certificate-page";
import { validate } from "./validate";

const idParam = z.object({ id: z.string().uuid("must be a certificate id") });

/** Certificates as data, and each as a printable page to keep (`?download=1`: saved as a file). */
export function certificateRoutes(certificates: Certificates) {
  return new Hono<AuthEnv>()
    .get("/", async (c) => c.json(await certificates.list(c.var.principal), 200))
    .get("/:id", validate("param", idParam), async (c) =>
      c.json({ certificate: await certificates.get(c.var.principal, c.req.valid("param").id) }, 200),
    )
    .get("/:id/page", validate("param", idParam), async (c) => {
      const certificate = await certificates.get(c.var.principal, c.req.valid("param").id);
      if (c.req.query("download") !== undefined)
        c.header("content-disposition", `attachment; filename="parley-certificate-${certificate.id}.html"`);
      return c.html(certificatePage(certificate), 200);
    });
}
