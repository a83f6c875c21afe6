#!/usr/bin/env node
// Renders the add-in icons from their SVG sources in assets/ to PNG at the exact pixel sizes the manifest uses.
// One SVG per size class, because small sizes need a simplified drawing:
//   icon-*.svg   the add-in and its "open the pane" button: 16, 32 and 128 (drawn for 64, 80 and 128 px)
//   check-*.svg  the ribbon's "check" button: 16, 32 and 128 (drawn for 80 px)
// Headless Chromium draws each SVG at its target size with a transparent background.
//   node scripts/make-icons.mjs
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const ASSETS = join(dirname(fileURLToPath(import.meta.url)), "..", "assets");
const RENDERS = [
  { svg: "icon-16.svg", size: 16, png: "icon-16.png" },
  { svg: "icon-32.svg", size: 32, png: "icon-32.png" },
  { svg: "icon-128.svg", size: 64, png: "icon-64.png" },
  { svg: "icon-128.svg", size: 80, png: "icon-80.png" },
  { svg: "icon-128.svg", size: 128, png: "icon-128.png" },
  { svg: "check-16.svg", size: 16, png: "check-16.png" },
  { svg: "check-32.svg", size: 32, png: "check-32.png" },
  { svg: "check-128.svg", size: 80, png: "check-80.png" },
];

const profile = mkdtempSync(join(tmpdir(), "akrim-icons-"));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--force-color-profile=srgb",
    "--font-render-hinting=none",
  ],
  deviceScaleFactor: 1,
});
try {
  const page = context.pages()[0] ?? (await context.newPage());
  for (const { svg, size, png: out } of RENDERS) {
    const source = readFileSync(join(ASSETS, svg), "utf8")
      .replace(/\swidth="\d+"/, ` width="${size}"`)
      .replace(/\sheight="\d+"/, ` height="${size}"`);
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<!doctype html><html><head><style>html,body{margin:0;padding:0;background:transparent}svg{display:block}</style></head><body>${source}</body></html>`,
    );
    const png = await page.screenshot({
      omitBackground: true,
      clip: { x: 0, y: 0, width: size, height: size },
    });
    writeFileSync(join(ASSETS, out), png);
    console.log(`assets/${out}  (${svg}, ${size} px, ${png.length} bytes)`);
  }
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
