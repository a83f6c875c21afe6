/**
 * The production build's task pane when the page carries Office's sign (`?_host_Info=…`, as Office appends when
 * it opens the pane): it asks for exactly Microsoft's CDN URL of Office.js, and for nothing else off its origin
 * but Office.js's own files from that CDN folder. The CDN is stood in for by the package copy (page.route), so
 * the test stays offline. Without an Office window around it, Office never answers; the pane then starts in file
 * mode after its time-out, as it would where the CDN is unreachable.
 */
import { nb } from "../../src/i18n/nb";
import { OFFICE_JS_URL, OFFICE_START_TIMEOUT_MS } from "../../src/workbook/office/startup";
import { foreignRequests, launchBrowser, ownCspViolations, type Browser } from "./support/browser";
import { ensureProductionBuild } from "./support/build";
import { OFFICE_JS_FOLDER, standInForOfficeCdn, type OfficeCdn } from "./support/office-cdn";
import { serveStatic, type StaticServer } from "./support/server";

let server: StaticServer;
let browser: Browser;
let cdn: OfficeCdn;
let started = 0;
let rendered = 0;

// Building dist/ (only when it is missing or stale) can take minutes on a busy machine.
beforeAll(async () => {
  server = await serveStatic(ensureProductionBuild());
  browser = await launchBrowser();
  cdn = await standInForOfficeCdn(browser.context, server.origin);
  started = Date.now();
  await browser.page.goto(`${server.origin}/taskpane.html?_host_Info=Excel$Web$16.00$nb-NO$$$$0`, {
    waitUntil: "load",
  });
  await browser.page
    .getByRole("heading", { level: 1 })
    .waitFor({ timeout: OFFICE_START_TIMEOUT_MS + 30_000 });
  rendered = Date.now();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test("asks for exactly Microsoft's CDN URL of Office.js first, and off its origin only for that folder", () => {
  const foreign = foreignRequests(browser.requests, server.origin);
  expect(foreign[0]).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
  expect(foreign[0]).toBe(OFFICE_JS_URL);
  expect(foreign.filter((u) => u === OFFICE_JS_URL)).toHaveLength(1);
  expect(foreign.every((u) => u.startsWith(OFFICE_JS_FOLDER))).toBe(true);
  expect(cdn.refused).toEqual([]);
  // Office.js then fetched the files for the host it was told about: Excel on the web, Norwegian strings.
  expect(cdn.served).toEqual([
    OFFICE_JS_URL,
    `${OFFICE_JS_FOLDER}excel-web-16.00.js`,
    `${OFFICE_JS_FOLDER}nb-no/office_strings.js`,
  ]);
});

test("with no Office answering, the pane starts in file mode after its time-out", async () => {
  expect(rendered - started).toBeGreaterThanOrEqual(OFFICE_START_TIMEOUT_MS - 1000);
  expect(await browser.page.locator("body").innerText()).toContain(nb["app.mode.file"]);
});

test("the page's own code breaks no rule of the Content-Security-Policy, and Office.js's script is allowed", async () => {
  const violations = await browser.cspViolations();
  expect(violations.filter((v) => v.blocked.startsWith(OFFICE_JS_FOLDER))).toEqual([]);
  expect(ownCspViolations(violations)).toEqual([]);
  // Office.js for the web, told it is in Excel on the web but with no Office window to talk to (no `_xdm_Info`),
  // throws this about its missing conversation; it is Office.js's, and nothing else may be thrown.
  const officeJsOwn = /^Sys\.ArgumentNullException: Value cannot be null\.\s+Parameter name: conversationId$/;
  expect(browser.errors.filter((e) => !/Content Security Policy/.test(e) && !officeJsOwn.test(e))).toEqual(
    [],
  );
});
