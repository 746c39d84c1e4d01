import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accountsEnv } from "./support/accounts";
import { startAppUnderTest } from "./support/app-under-test";
import { hasChromium, SKIP_MESSAGE, screenshot } from "./support/browser";
import type { ParleyServer } from "./support/server";
import { ADMIN, LAPTOP, PHONE, seedTeam, signInAt } from "./support/team";

if (!hasChromium) console.log(SKIP_MESSAGE);

const CUSTOMER = "My bill has gone up from fifty-five to eighty-five dollars and I don't understand why.";
const REP =
  "I'm sorry the bill gave you a fright, a jump from $55 to $85 is a lot. Nothing has gone wrong: your twelve-month discount has ended.";

describe.skipIf(!hasChromium)("writing and editing an example (Chromium)", () => {
  let server: ParleyServer;
  let page: Page;
  let stop: () => Promise<void>;
  let exampleUrl = "";

  beforeAll(async () => {
    ({ server, page, stop } = await startAppUnderTest(accountsEnv(ADMIN)));
    await seedTeam(server.url, [
      ["Tess Trainer", "tess@example.com", "trainer"],
      ["Lee Learner", "lee@example.com", "learner"],
    ] as const);
  }, 120_000);
  afterAll(() => stop?.());

  for (const size of [LAPTOP, PHONE])
    it(`a trainer writes one at ${size.width} px: the API's field errors show beside the fields and nothing typed is lost`, async () => {
      // Signed in at laptop width (the main navigation folds into a menu on a phone).
      await page.setViewportSize(LAPTOP);
      await page.context().clearCookies();
      await signInAt(page, server.url, "tess@example.com");
      await page.setViewportSize(size);
      await page.goto(`${server.url}/examples`);
      await page.getByRole("link", { name: "Write an example" }).click();
      const form = page.getByRole("form", { name: "Write an example" });
      await form.waitFor();
      const turns = form.getByTestId("draft-turn");
      expect(await turns.count()).toBe(2);

      // Alternating lines: the third is the customer's; it can be taken out again.
      await form.getByRole("button", { name: "Add a customer line" }).click();
      expect(await turns.count()).toBe(3);
      await form.getByRole("button", { name: "Remove turn 3" }).click();
      expect(await turns.count()).toBe(2);

      // Refused: no title and a blank rep line. The customer's line and its note stay as typed.
      await form.getByLabel("Scenario").selectOption("bill-went-up");
      await form.getByLabel("Customer's line (turn 1)").fill(CUSTOMER);
      await form.getByLabel("Note on turn 1 (optional)").fill("He opens with the numbers.");
      await form.getByRole("button", { name: "Save example" }).click();
      await form.getByTestId("example-title-error").waitFor();
      await form.getByTestId("turn-1-text-error").waitFor();
      expect(await form.getByLabel("Customer's line (turn 1)").inputValue()).toBe(CUSTOMER);
      expect(await form.getByLabel("Note on turn 1 (optional)").inputValue()).toBe("He opens with the numbers.");
      await screenshot(page, `example-editor-errors-${size.width}`);

      await form.getByLabel("Title").fill(`Harold hears why (${size.width})`);
      await form.getByLabel("Rep's line (turn 2)").fill(REP);
      await form.getByLabel("Note on turn 2 (optional)").fill("Says sorry, then the reason in plain words.");
      await form.getByLabel("What it shows (optional)").fill("Plain words for a price rise.");
      await form.getByRole("button", { name: "Save example" }).click();

      await page.getByRole("heading", { name: `Harold hears why (${size.width})` }).waitFor();
      await page.getByTestId("example-scorecard").waitFor();
      await page.getByText("Says sorry, then the reason in plain words.").waitFor();
      exampleUrl = page.url();
      await screenshot(page, `example-editor-saved-${size.width}`);
    });

  for (const size of [LAPTOP, PHONE])
    it(`the trainer edits it at ${size.width} px: notes per turn, title, summary, quality; a refusal keeps the edits`, async () => {
      await page.setViewportSize(size);
      await page.goto(exampleUrl);
      await page.getByRole("button", { name: "Edit" }).click();
      const form = page.getByRole("form", { name: "Edit this example" });
      await form.waitFor();
      await form.getByLabel("Note on turn 1").fill(`Numbers first (${size.width}).`);
      await form.getByLabel("Title").fill("   ");
      await form.getByRole("button", { name: "Save changes" }).click();
      await form.getByTestId("edit-title-error").waitFor();
      expect(await form.getByLabel("Note on turn 1").inputValue()).toBe(`Numbers first (${size.width}).`);
      await screenshot(page, `example-editor-edit-${size.width}`);

      await form.getByLabel("Title").fill(`Harold, edited at ${size.width}`);
      await form.getByLabel("poorly (poor)").check();
      await form.getByLabel("Note on turn 2").fill("");
      await form.getByRole("button", { name: "Save changes" }).click();
      await page.getByRole("heading", { name: `Harold, edited at ${size.width}` }).waitFor();
      await page.getByText(`Numbers first (${size.width}).`).waitFor();
      await page.getByText("Done poorly").waitFor();
      expect(await page.getByTestId("example-turn-1").getByLabel("Trainer's note").count()).toBe(0);
    });

  it("a learner sees neither Write an example nor Edit", async () => {
    await page.setViewportSize(LAPTOP);
    await page.context().clearCookies();
    await signInAt(page, server.url, "lee@example.com");
    await page.goto(`${server.url}/examples`);
    await page.getByTestId("examples-list").waitFor();
    expect(await page.getByRole("link", { name: "Write an example" }).count()).toBe(0);
    await page.goto(exampleUrl);
    await page.getByTestId("example-scorecard").waitFor();
    expect(await page.getByRole("button", { name: "Edit" }).count()).toBe(0);
    await page.goto(`${server.url}/examples/new`);
    await page.getByRole("heading", { name: "Only trainers write examples" }).waitFor();
  });
});
