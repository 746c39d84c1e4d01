import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accountsEnv } from "./support/accounts";
import { startAppUnderTest } from "./support/app-under-test";
import { hasChromium, SKIP_MESSAGE, screenshot } from "./support/browser";
import { apiAs, BAD_LINES, GOOD_LINES, playCall } from "./support/seed-calls";
import type { ParleyServer } from "./support/server";
import { ADMIN, LAPTOP, PASSWORD, PHONE, seedTeam, signInAt } from "./support/team";

if (!hasChromium) console.log(SKIP_MESSAGE);

const LINK = "https://support.example.com/billing/discounts/twelve-month-introductory-offer-ends";
const WRITTEN = {
  title: "Harold hears why his bill went up from fifty-five to eighty-five dollars, in plain words",
  quality: "good",
  personaId: "bill-went-up",
  summary: `Plain words for a price rise; the policy is at ${LINK}.`,
  turns: [
    {
      role: "customer",
      text: "My bill has gone up from fifty-five to eighty-five dollars and I don't understand why.",
    },
    {
      role: "rep",
      text: "I'm sorry the bill gave you a fright, a jump from $55 to $85 is a lot. Nothing has gone wrong: your twelve-month discount has ended.",
      note: `Says sorry, then the reason; the rule is ${LINK}.`,
    },
  ],
};

/** What sticks out of the viewport sideways (empty when the page fits): tag, class and width. */
function overflowing(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    if (document.documentElement.scrollWidth > width) out.push(`page ${document.documentElement.scrollWidth}px`);
    for (const element of document.querySelectorAll("body *")) {
      const box = element.getBoundingClientRect();
      // A box's own right edge, or its content's when it spills out of a box that does not scroll.
      const spill = getComputedStyle(element).overflowX === "visible" ? element.scrollWidth - element.clientWidth : 0;
      if (box.width === 0 || box.right + Math.max(0, spill) <= width + 1) continue;
      // Inside a box that scrolls on purpose (a wide table) it is not the page's overflow.
      if (element.closest("[data-scrolls], .table-scroll")) continue;
      const what = `${element.tagName.toLowerCase()}.${String(element.className) || "-"}`;
      out.push(`${what} right ${Math.round(box.right + Math.max(0, spill))}px: ${element.textContent?.slice(0, 40)}`);
    }
    return out.slice(0, 10);
  });
}

describe.skipIf(!hasChromium)("issue 18 polish: an admin's shared calls, phone-width pages (Chromium)", () => {
  let server: ParleyServer;
  let page: Page;
  let stop: () => Promise<void>;
  let eastId = "";
  let westId = "";
  let leeCall = "";
  let exampleId = "";

  beforeAll(async () => {
    ({ server, page, stop } = await startAppUnderTest(accountsEnv(ADMIN)));
    eastId = await seedTeam(server.url, [
      ["Tess Trainer", "tess@example.com", "trainer"],
      ["Lee Learner", "lee@example.com", "learner"],
    ] as const);
    const admin = await apiAs(server.url, ADMIN.email, ADMIN.password);
    westId = ((await admin("POST", "/api/teams", { name: "Support West" })).body as { team: { id: string } }).team.id;
    const ray = { name: "Ray Rival", email: "ray@example.com", role: "learner", teamId: westId, password: PASSWORD };
    expect((await admin("POST", "/api/users", ray)).status).toBe(201);

    const lee = await apiAs(server.url, "lee@example.com", PASSWORD);
    leeCall = await playCall(lee, GOOD_LINES);
    expect((await lee("PUT", `/api/discussion/sharing/${leeCall}`, { shared: true })).status).toBe(200);
    const question = `Was the credit too early? See ${LINK} for the rule I followed.`;
    expect((await lee("POST", `/api/discussion/threads/call/${leeCall}/posts`, { text: question })).status).toBe(201);
    const rayApi = await apiAs(server.url, "ray@example.com", PASSWORD);
    const rayCall = await playCall(rayApi, BAD_LINES);
    expect((await rayApi("PUT", `/api/discussion/sharing/${rayCall}`, { shared: true })).status).toBe(200);

    const tess = await apiAs(server.url, "tess@example.com", PASSWORD);
    const written = await tess("POST", "/api/examples", WRITTEN);
    expect(written.status).toBe(201);
    exampleId = (written.body as { example: { id: string } }).example.id;
  }, 180_000);
  afterAll(() => stop?.());

  for (const size of [LAPTOP, PHONE])
    it(`an admin picks the team whose shared calls to read at ${size.width} px (?team= keeps it)`, async () => {
      await page.setViewportSize(LAPTOP);
      await page.context().clearCookies();
      await signInAt(page, server.url, ADMIN.email, ADMIN.password);
      await page.setViewportSize(size);
      await page.goto(`${server.url}/discussion`);
      const picker = page.getByTestId("shared-calls-team").getByLabel("Team");
      await picker.waitFor();
      expect(await picker.locator("option").allTextContents()).toEqual(["Support East", "Support West"]);
      // No team of their own: the first by name, Lee's call, and never "no_team".
      const list = page.getByTestId("shared-calls");
      await list.getByText("Lee Learner").waitFor();
      expect(await list.getByText("Ray Rival").count()).toBe(0);

      await picker.selectOption({ label: "Support West" });
      await list.getByText("Ray Rival").waitFor();
      expect(await list.getByText("Lee Learner").count()).toBe(0);
      expect(new URL(page.url()).searchParams.get("team")).toBe(westId);
      await page.reload();
      await list.getByText("Ray Rival").waitFor();
      expect(await overflowing(page)).toEqual([]);
      await screenshot(page, `polish-admin-shared-calls-${size.width}`);

      // The admin opens it and reads its thread like the team's trainer.
      await list.getByRole("link").first().click();
      await page.getByTestId("thread-panel").waitFor();
      expect(await overflowing(page)).toEqual([]);
      await screenshot(page, `polish-admin-shared-call-${size.width}`, false);
    }, 60_000);

  it("a learner who names another team in the address still sees only their own team's shared calls", async () => {
    await page.setViewportSize(LAPTOP);
    await page.context().clearCookies();
    await signInAt(page, server.url, "lee@example.com");
    await page.goto(`${server.url}/discussion?team=${westId}`);
    const list = page.getByTestId("shared-calls");
    await list.getByText("You").waitFor();
    expect(await list.getByRole("link").count()).toBe(1);
    expect(await list.getByText("Ray Rival").count()).toBe(0);
    expect(await page.getByTestId("shared-calls-team").count()).toBe(0);
    // And the other way round: the team picked is the learner's own, whatever is asked.
    await page.goto(`${server.url}/discussion?team=${eastId}`);
    await list.getByText("You").waitFor();
  }, 60_000);

  for (const who of ["lee@example.com", "tess@example.com"])
    it(`at 390 px, as ${who.split("@")[0]}: Examples, an example, ${who.startsWith("tess") ? "Write, " : ""}a shared call's thread fit the width`, async () => {
      const name = who.split("@")[0] ?? who;
      await page.setViewportSize(LAPTOP);
      await page.context().clearCookies();
      await signInAt(page, server.url, who);
      await page.setViewportSize(PHONE);

      await page.goto(`${server.url}/examples`);
      await page.getByRole("link", { name: WRITTEN.title }).waitFor();
      expect(await overflowing(page)).toEqual([]);
      // The list is long (every shipped example): its top, where filters and a trainer's card are.
      await screenshot(page, `polish-examples-${name}-390`, false);

      await page.goto(`${server.url}/examples/${exampleId}`);
      await page.getByTestId("example-scorecard").waitFor();
      expect(await overflowing(page)).toEqual([]);
      await screenshot(page, `polish-example-${name}-390`);

      if (name === "tess") {
        await page.goto(`${server.url}/examples/new`);
        await page.getByRole("form", { name: "Write an example" }).waitFor();
        expect(await overflowing(page)).toEqual([]);
        await screenshot(page, `polish-write-${name}-390`);
      }

      await page.goto(`${server.url}/discussion/calls/${leeCall}`);
      await page.getByTestId("thread-panel").getByText("Was the credit too early?").waitFor();
      expect(await overflowing(page)).toEqual([]);
      await screenshot(page, `polish-shared-call-${name}-390`);
    }, 60_000);
});
