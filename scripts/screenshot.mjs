// Takes screenshots of pages for a look by eye: node scripts/screenshot.mjs URL... (env: WIDTH, THEME, OUT)
import { chromium } from "@playwright/test";
import { execFileSync } from "node:child_process";

const executablePath = execFileSync("which", ["chromium"], { encoding: "utf8" }).trim();
const browser = await chromium.launch({
  executablePath,
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking"],
});
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
