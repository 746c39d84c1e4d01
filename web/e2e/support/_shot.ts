import { launchBrowser } from "./browser";
const base = "http://127.0.0.1:18900";
const b = await launchBrowser();
const page = await b.context.newPage();
await page.setViewportSize({ width: 1280, height: 900 });
await page.goto(`${base}/practice/insurance-claim-denied`);
await page.getByRole("button", { name: "Start the call" }).click();
await page.getByLabel("Your reply").waitFor();
for (const line of [
  "Hello, thanks for calling. Can I get your policy number?",
  "Fifteen years without a claim and then that letter; I can see why you feel let down. Can I ask what the roof damage has meant for you at home?",
  "What I can do today is open a review with an independent assessor, and I'll call you by Friday with the result, reference CR-5521.",
])
{
  const rows = page.locator(".chat__row--customer[data-turn]");
  const before = await rows.count();
  await page.getByLabel("Your reply").fill(line);
  await page.getByLabel("Your reply").press("Enter");
  while ((await rows.count()) <= before) await page.waitForTimeout(200);
  await page.locator("[data-testid=streaming]").waitFor({ state: "detached" });
}
await page.waitForTimeout(800);
await page.screenshot({ path: "/tmp/shots/practice-laptop.png", fullPage: true });
await page.setViewportSize({ width: 390, height: 844 });
await page.waitForTimeout(500);
await page.screenshot({ path: "/tmp/shots/practice-phone.png", fullPage: true });
await b.close();
