/**
 * The production build's task pane in Chromium outside Office: it renders, says what it is, starts in file mode
 * without fetching Office.js (no sign of an Office host), requests nothing outside its own origin, breaks no rule
 * of its Content-Security-Policy, and axe-core finds no accessibility violation. Every request is recorded; one
 * that would leave the machine is refused by the test and fails it.
 */
import { axeViolations } from "./support/axe";
import { nb } from "../../src/i18n/nb";
import { OFFICE_JS_URL, OFFICE_START_TIMEOUT_MS } from "../../src/workbook/office/startup";
import { foreignRequests, launchBrowser, type Browser } from "./support/browser";
import { ensureProductionBuild } from "./support/build";
import { OFFICE_JS_FOLDER, standInForOfficeCdn, type OfficeCdn } from "./support/office-cdn";
import { serveStatic, type StaticServer } from "./support/server";

let server: StaticServer;
let browser: Browser;
let cdn: OfficeCdn;
let renderedAfter = 0;

// Building dist/ (only when it is missing or stale) can take minutes on a busy machine.
beforeAll(async () => {
  server = await serveStatic(ensureProductionBuild());
  browser = await launchBrowser();
  cdn = await standInForOfficeCdn(browser.context, server.origin);
  const started = Date.now();
  await browser.page.goto(`${server.origin}/taskpane.html`, { waitUntil: "load" });
  await browser.page.getByRole("heading", { level: 1 }).waitFor();
  renderedAfter = Date.now() - started;
  // Were Office.js loaded, it would start its deferred work (a telemetry frame) 3 s later: wait past that.
  await browser.page.waitForTimeout(4000);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test("renders the product name, in Norwegian, and says it works on files outside Excel", async () => {
  const { page } = browser;
  // The pane sets the title to its own name once it renders (App.tsx); the words are the catalogue's.
  expect(await page.title()).toBe(nb["app.title"]);
  expect(await page.getAttribute("html", "lang")).toBe("nb");
  expect(await page.getByRole("heading", { level: 1 }).innerText()).toContain(nb["app.title"]);
  expect(await page.locator("body").innerText()).toContain(nb["app.mode.file"]);
});

test("Office.js is not fetched: no sign of an Office host, so file mode starts at once", async () => {
  expect(await browser.page.evaluate(() => typeof Office)).toBe("undefined");
  expect(browser.requests.filter((u) => /office/i.test(u))).toEqual([]);
  expect(cdn.served).toEqual([]);
  // Far below the time-out a page with Office's sign would wait (tests/e2e/office-gate.test.ts).
  expect(renderedAfter).toBeLessThan(OFFICE_START_TIMEOUT_MS);
});

test("every request stays on the page's own origin and succeeds", () => {
  expect(browser.requests.length).toBeGreaterThan(2);
  expect(foreignRequests(browser.requests, server.origin)).toEqual([]);
  expect(cdn.refused).toEqual([]);
  expect(browser.failedResponses).toEqual([]);
  expect(browser.failedRequests).toEqual([]);
});

test("the page breaks no rule of the Content-Security-Policy", async () => {
  expect(await browser.cspViolations()).toEqual([]);
});

test("the Content-Security-Policy refuses a script from another origin", async () => {
  const directive = await browser.page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        setTimeout(() => resolve("not blocked"), 5000);
        document.addEventListener("securitypolicyviolation", (e) => resolve(e.effectiveDirective), {
          once: true,
        });
        const s = document.createElement("script");
        s.src = "https://cdn.example.invalid/x.js";
        document.head.appendChild(s);
      }),
  );
  expect(directive).toBe("script-src-elem");
  expect(browser.failedRequests).toContainEqual(
    expect.stringMatching(/^https:\/\/cdn\.example\.invalid\/x\.js: csp$/),
  );
});

test("axe-core reports no WCAG 2.1 A/AA violation", async () => {
  expect(await axeViolations(browser.page)).toEqual([]);
});

test("no uncaught exception and no console error other than policy reports", () => {
  expect(browser.errors.filter((e) => !/Content Security Policy/.test(e))).toEqual([]);
});

test.each(["commands.html", "outcome.html"])(
  "%s (opened only by Office) loads Office.js from exactly Microsoft's CDN URL, then its own script",
  async (name) => {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    const before = browser.requests.length;
    const served = cdn.served.length;
    await page.goto(`${server.origin}/${name}`, { waitUntil: "load" });
    await page.evaluate(() => Office.onReady());
    const requests = browser.requests.slice(before);
    const foreign = foreignRequests(requests, server.origin);
    expect(foreign[0]).toBe(OFFICE_JS_URL);
    expect(foreign.every((u) => u.startsWith(OFFICE_JS_FOLDER))).toBe(true);
    expect(cdn.served.slice(served)[0]).toBe(OFFICE_JS_URL);
    const script = new RegExp(`/${name.replace(".html", "")}\\.[0-9a-f]+\\.js$`);
    expect(requests.some((u) => script.test(u))).toBe(true);
    expect(cdn.refused).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  },
);
