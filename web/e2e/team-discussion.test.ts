import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accountsEnv } from "./support/accounts";
import { startAppUnderTest } from "./support/app-under-test";
import { hasChromium, SKIP_MESSAGE, screenshot } from "./support/browser";
import { type Api, apiAs, GOOD_LINES, playCall } from "./support/seed-calls";
import type { ParleyServer } from "./support/server";
import { ADMIN, LAPTOP, PASSWORD, PHONE, seedTeam, signInAt } from "./support/team";

if (!hasChromium) console.log(SKIP_MESSAGE);

const THREAD = "/api/discussion/threads/scenario/cancel-after-outages";

/** The vertical gaps between the panel column's consecutive items, in whole pixels. */
async function columnGaps(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const column = document.querySelector("main .panel-column");
    const boxes = [...(column?.children ?? [])].map((child) => child.getBoundingClientRect());
    return boxes.slice(1).map((box, i) => Math.round(box.top - (boxes[i]?.bottom ?? 0)));
  });
}

describe.skipIf(!hasChromium)("the Team page, History's Shared marker and an admin's discussion (Chromium)", () => {
  let server: ParleyServer;
  let page: Page;
  let stop: () => Promise<void>;
  let tess: Api;

  beforeAll(async () => {
    ({ server, page, stop } = await startAppUnderTest(accountsEnv(ADMIN)));
    await seedTeam(server.url, [
      ["Tess Trainer", "tess@example.com", "trainer"],
      ["Lee Learner", "lee@example.com", "learner"],
      ["Kim Learner", "kim@example.com", "learner"],
    ] as const);
    const admin = await apiAs(server.url, ADMIN.email, ADMIN.password);
    const west = await admin("POST", "/api/teams", { name: "Support West" });
    const westId = (west.body as { team: { id: string } }).team.id;
    const ray = { name: "Ray Rival", email: "ray@example.com", role: "learner", teamId: westId, password: PASSWORD };
    expect((await admin("POST", "/api/users", ray)).status).toBe(201);

    // Lee plays and shares a call and asks on Dana's thread; Kim has played nothing yet.
    const lee = await apiAs(server.url, "lee@example.com", PASSWORD);
    const call = await playCall(lee, GOOD_LINES);
    expect((await lee("PUT", `/api/discussion/sharing/${call}`, { shared: true })).status).toBe(200);
    expect((await lee("POST", `${THREAD}/posts`, { text: "East: lead with the outages?" })).status).toBe(201);
    const rayApi = await apiAs(server.url, "ray@example.com", PASSWORD);
    expect((await rayApi("POST", `${THREAD}/posts`, { text: "West: credit first?" })).status).toBe(201);
    tess = await apiAs(server.url, "tess@example.com", PASSWORD);
  }, 120_000);
  afterAll(() => stop?.());

  it("Team: the xAPI picker lists every learner (Kim has no scored call), and one gap spaces every panel", async () => {
    await page.setViewportSize(LAPTOP);
    await signInAt(page, server.url, "tess@example.com");
    await page.goto(`${server.url}/team`);
    const panel = page.getByTestId("xapi-download");
    await panel.waitFor();
    await page.getByTestId("review-export").waitFor();
    const options = await panel.getByLabel("Learner").locator("option").allTextContents();
    expect(options).toEqual(["Pick a learner…", "Kim Learner", "Lee Learner"]);
    for (const size of [LAPTOP, PHONE]) {
      await page.setViewportSize(size);
      const gaps = await columnGaps(page);
      expect(gaps.length).toBeGreaterThanOrEqual(5);
      expect(new Set(gaps).size).toBe(1);
      await screenshot(page, `team-spacing-${size.width}`);
    }
  });

  it("History marks the call Lee shared with the team", async () => {
    await page.setViewportSize(LAPTOP);
    await page.context().clearCookies();
    await signInAt(page, server.url, "lee@example.com");
    await page.goto(`${server.url}/history`);
    await page.getByTestId("shared-marker").waitFor();
    expect(await page.getByTestId("shared-marker").count()).toBe(1);
    await page.setViewportSize(PHONE);
    await page.getByTestId("shared-marker").waitFor();
    await screenshot(page, "history-shared-390");
    await page.setViewportSize(LAPTOP);
  });

  it("an open thread shows a new post without a reload", async () => {
    // The page's timers run on Playwright's clock, so the refresh interval is skipped, not waited out.
    await page.clock.install();
    await page.goto(`${server.url}/discussion/scenarios/cancel-after-outages`);
    await page.getByText("East: lead with the outages?").waitFor();
    expect((await tess("POST", `${THREAD}/posts`, { text: "Tess: yes, then ask." })).status).toBe(201);
    expect(await page.getByText("Tess: yes, then ask.").count()).toBe(0);
    await page.clock.fastForward(20_000); // past the thread's 15 s refresh (THREAD_REFRESH_MS)
    await page.getByText("Tess: yes, then ask.").waitFor();
  });

  it("an admin (in no team) picks a team's scenario thread, reads and moderates it", async () => {
    await page.context().clearCookies();
    await signInAt(page, server.url, ADMIN.email, ADMIN.password);
    await page.goto(`${server.url}/discussion/scenarios/cancel-after-outages`);
    const thread = page.getByTestId("thread-panel");
    const team = thread.getByLabel("Team");
    await team.waitFor();
    await team.selectOption({ label: "Support East" });
    await thread.getByText("East: lead with the outages?").waitFor();
    expect(await thread.getByText("West: credit first?").count()).toBe(0);
    await thread.getByRole("button", { name: "Pin as answer" }).first().click();
    await thread.getByTestId("pinned-answer").getByText("East: lead with the outages?").waitFor();
    await screenshot(page, "discussion-admin-team-1280");
    await page.setViewportSize(PHONE);
    await screenshot(page, "discussion-admin-team-390");
    await page.setViewportSize(LAPTOP);

    await team.selectOption({ label: "Support West" });
    await thread.getByText("West: credit first?").waitFor();
    expect(await thread.getByText("East: lead with the outages?").count()).toBe(0);
    expect(page.url()).toContain("team=");
  });
});
