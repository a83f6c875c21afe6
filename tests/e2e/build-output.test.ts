/**
 * The production build's output: no copy of Office.js is shipped; the pages that only Office opens load Office.js
 * from exactly Microsoft's CDN URL in <head>, before their bundles; the task pane references no Office.js at all
 * (its bundle fetches it only inside Office); every page carries the Content-Security-Policy, which allows
 * scripts from Office.js's CDN folder and nothing else from another origin; no bundle names an external origin.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { OFFICE_JS_URL } from "../../src/workbook/office/startup";
import { ensureProductionBuild } from "./support/build";

let dist = "";

// Building dist/ (only when it is missing or stale) can take minutes on a busy machine.
beforeAll(() => {
  dist = ensureProductionBuild();
}, 300_000);

const scriptsOf = (html: string) =>
  [...html.matchAll(/<script\b[^>]*\bsrc="?([^"\s>]+)"?/g)].map((m) => m[1]);
const POLICY =
  /http-equiv="?Content-Security-Policy"? content="default-src 'self'; script-src 'self' https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/; /;

test("no copy of Office.js is shipped", () => {
  expect(existsSync(join(dist, "office-js"))).toBe(false);
  const all = readdirSync(dist, { recursive: true }) as string[];
  expect(
    all.filter((f) => /(^|\/)(office|o15apptofilemappingtable|excel-[a-z0-9.-]+)\.js$/i.test(f)),
  ).toEqual([]);
});

test.each(["commands.html", "outcome.html"])(
  "%s loads Office.js from Microsoft's CDN, first, under the policy",
  (page) => {
    const html = readFileSync(join(dist, page), "utf8");
    const scripts = scriptsOf(html);
    expect(scripts[0]).toBe(OFFICE_JS_URL);
    expect(scripts.length).toBeGreaterThan(1);
    expect(scripts.slice(1).every((s) => !/^[a-z]+:|^\/\//i.test(s))).toBe(true);
    expect(html).toMatch(POLICY);
    expect(html).not.toMatch(/unsafe-inline|unsafe-eval/);
  },
);

test("taskpane.html loads only its own bundles, under the policy: Office.js is left to the gate", () => {
  const html = readFileSync(join(dist, "taskpane.html"), "utf8");
  const scripts = scriptsOf(html);
  expect(scripts.length).toBeGreaterThan(1);
  expect(scripts.every((s) => !/^[a-z]+:|^\/\//i.test(s) && !/office/i.test(s))).toBe(true);
  expect(html).toMatch(POLICY);
  expect(html).not.toMatch(/unsafe-inline|unsafe-eval/);
});

test("the application's own bundles load nothing from another origin by URL", () => {
  const bundles = readdirSync(dist).filter((f) => f.endsWith(".js"));
  expect(bundles.length).toBeGreaterThan(2);
  for (const f of bundles) {
    const text = readFileSync(join(dist, f), "utf8");
    // import(), importScripts, fetch or a script/link URL to a CDN would show up as an absolute https URL here.
    // The one allowed is Office.js's URL, in the task pane's gate (src/workbook/office/startup.ts).
    const cdn = (
      text.match(/https?:\/\/(?:cdn|unpkg|ajax|appsforoffice|fonts\.|static\.)[^\s"'`)]*/g) ?? []
    ).filter((u) => !(u === OFFICE_JS_URL && /^taskpane\.[0-9a-f]+\.js$/.test(f)));
    expect([f, cdn]).toEqual([f, []]);
  }
});
