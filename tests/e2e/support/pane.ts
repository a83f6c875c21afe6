/**
 * The production pane in file mode, as a browser test opens it: dist/ served on a local origin, Chromium at the
 * given width (Excel's 350 px by default), Office.js from a stand-in that refuses the CDN, the page loaded.
 */
import type { Page } from "playwright-core";
import { launchBrowser, type Browser } from "./browser";
import { ensureProductionBuild } from "./build";
import { standInForOfficeCdn, type OfficeCdn } from "./office-cdn";
import { serveStatic, type StaticServer } from "./server";

export interface OpenPane {
  server: StaticServer;
  browser: Browser;
  cdn: OfficeCdn;
  page: Page;
}

export async function openPane(width?: number): Promise<OpenPane> {
  const server = await serveStatic(ensureProductionBuild());
  const browser = await launchBrowser({ width });
  const cdn = await standInForOfficeCdn(browser.context, server.origin);
  await browser.page.goto(`${server.origin}/taskpane.html`, { waitUntil: "load" });
  return { server, browser, cdn, page: browser.page };
}

export async function closePane(pane: OpenPane | undefined): Promise<void> {
  await pane?.browser.close();
  await pane?.server.close();
}
