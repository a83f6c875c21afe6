/**
 * The task pane as a page: how much JavaScript it loads before it can render (gzip, against the 300 KB budget)
 * and how long headless Chromium takes from navigation to the pane's first render, against an empty page loaded
 * from the same server in the same run. Uses the production build (made first if dist/ is stale).
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS } from "../tests/e2e/support/browser";
import { ensureProductionBuild } from "../tests/e2e/support/build";
import { serveStatic } from "../tests/e2e/support/server";
import type { Bench } from "./harness";

const OFFICE_PKG = dirname(require.resolve("@microsoft/office-js/dist/office.js"));

const BUDGET_KB = 300;
const RUNS = 7;

/** The scripts an HTML page loads by itself (in its markup), in order. */
function initialScripts(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\bsrc="?([^"\s>]+)"?/g)].map((m) => m[1]);
}

function gzipKb(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length / 1024;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export const paneBench: Bench = {
  name: "pane",
  async run(report) {
    const dist = ensureProductionBuild();
    const scripts = initialScripts(readFileSync(join(dist, "taskpane.html"), "utf8"));
    const section = "initial JavaScript of taskpane.html (gzip -9)";
    const budget = { label: `the ${BUDGET_KB} KB budget`, value: BUDGET_KB };
    const ownKb = scripts.reduce((sum, s) => sum + gzipKb(join(dist, s)), 0);
    report({
      section,
      metric: `pane bundles (${scripts.length} files; no Office.js outside Office)`,
      value: ownKb,
      unit: "KB",
      baseline: budget,
    });
    // Inside Office only, from Microsoft's CDN (sizes of the package copy): the loader, then the host's own file.
    for (const f of ["office.js", "excel-web-16.00.js", "excel-win32-16.01.js"]) {
      report({
        section,
        metric: `  inside Office, from the CDN: ${f}`,
        value: gzipKb(join(OFFICE_PKG, f)),
        unit: "KB",
        baseline: budget,
      });
    }

    const server = await serveStatic(dist, {
      "/bench-empty.html":
        '<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>-</title></head><body></body></html>',
    });
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    try {
      // Time from navigation start to the moment the pane's heading exists (React has rendered), cold cache.
      const firstRender: number[] = [];
      const emptyLoad: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(`${server.origin}/taskpane.html`);
        await page.waitForSelector("h1");
        firstRender.push(await page.evaluate(() => performance.now()));
        await context.close();

        const emptyContext = await browser.newContext();
        const empty = await emptyContext.newPage();
        await empty.goto(`${server.origin}/bench-empty.html`);
        emptyLoad.push(
          await empty.evaluate(
            () => (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).loadEventEnd,
          ),
        );
        await emptyContext.close();
      }
      const baseline = { label: "an empty page load", value: median(emptyLoad) };
      report({
        section: `headless Chromium, cold cache, median of ${RUNS}`,
        metric: "empty page: navigation → load",
        value: baseline.value,
        unit: "ms",
      });
      report({
        section: `headless Chromium, cold cache, median of ${RUNS}`,
        metric: "task pane: navigation → first render (h1 present)",
        value: median(firstRender),
        unit: "ms",
        baseline,
      });
    } finally {
      await browser.close();
      await server.close();
    }
  },
};
