import { launchBrowser } from "./browser";
const base = "http://127.0.0.1:8790";
const b = await launchBrowser();
const page = await b.context.newPage();
await page.setViewportSize({ width: 375, height: 812 });
for (const path of process.argv.slice(2)) {
  await page.goto(base + path);
  await page.waitForTimeout(1500);
  console.log(
    path,
    await page.evaluate(() => {
      const w = document.documentElement.clientWidth;
      const wide = [...document.querySelectorAll("body *")]
        .filter((e) => e.getBoundingClientRect().right > w + 1)
        .slice(0, 8)
        .map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`);
      return { scroll: document.documentElement.scrollWidth, w, wide };
    }),
  );
}
await b.close();
