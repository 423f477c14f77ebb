// Takes screenshots of pages for a look by eye: node scripts/screenshot.mjs URL... (env: WIDTH, THEME, OUT)
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "./support/chromium.mjs";

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const width = Number(process.env.WIDTH ?? 1280);
const page = await browser.newPage({
  viewport: { width, height: 900 },
  colorScheme: process.env.THEME === "dark" ? "dark" : "light",
});
const out = process.env.OUT ?? "/tmp/shots";
for (const url of process.argv.slice(2)) {
  await page.goto(url, { waitUntil: "load" });
  const name = new URL(url).pathname.replace(/\W+/g, "_") || "home";
  const file = `${out}/${name}-${width}-${process.env.THEME ?? "light"}.png`;
  await page.screenshot({ path: file, fullPage: process.env.FULL !== "0" });
  console.log(file);
}
await browser.close();
