/**
 * The production build's task pane in Chromium outside Office: it renders, says what it is, starts the
 * self-hosted Office.js (which reports no Office host: file mode), requests nothing outside its own origin,
 * its own code breaks no rule of its Content-Security-Policy, and axe-core finds no accessibility violation.
 */
import { axeViolations } from "./support/axe";
import { foreignRequests, launchBrowser, ownCspViolations, type Browser } from "./support/browser";
import { ensureProductionBuild } from "./support/build";
import { serveStatic, type StaticServer } from "./support/server";

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic(ensureProductionBuild());
  browser = await launchBrowser();
  await browser.page.goto(`${server.origin}/taskpane.html`, { waitUntil: "load" });
  await browser.page.getByRole("heading", { level: 1 }).waitFor();
  // Office.js starts its deferred work (a telemetry frame) 3 s after loading: let it happen before checking.
  await browser.page.waitForTimeout(4000);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test("renders the product name, in Norwegian, and says it works on files outside Excel", async () => {
  const { page } = browser;
  expect(await page.title()).toBe("A-krim rapportering");
  expect(await page.getAttribute("html", "lang")).toBe("nb");
  expect(await page.getByRole("heading", { level: 1 }).innerText()).toContain("A-krim rapportering");
  expect(await page.locator("body").innerText()).toMatch(/Filmodus/);
});

test("the self-hosted Office.js starts and reports that no Office host is present", async () => {
  const host = await browser.page.evaluate(() => Office.onReady().then((info) => info.host));
  expect(host).toBeNull();
  expect(browser.requests).toContain(`${server.origin}/office-js/office.js`);
});

test("every request stays on the page's own origin and succeeds", () => {
  expect(browser.requests.length).toBeGreaterThan(2);
  expect(foreignRequests(browser.requests, server.origin)).toEqual([]);
  expect(browser.failedResponses).toEqual([]);
  expect(browser.failedRequests).toEqual([]);
});

test("the page's own code breaks no rule of the Content-Security-Policy", async () => {
  // What Office.js tries beyond the policy (a hidden frame to Microsoft's telemetry service) is blocked
  // and not counted here; everything else must comply.
  expect(ownCspViolations(await browser.cspViolations())).toEqual([]);
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

test("the ribbon's function file loads its script and Office.js from its own origin, without errors", async () => {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  const before = browser.requests.length;
  await page.goto(`${server.origin}/commands.html`, { waitUntil: "load" });
  await page.evaluate(() => Office.onReady());
  const requests = browser.requests.slice(before);
  expect(requests).toContain(`${server.origin}/office-js/office.js`);
  expect(requests.some((u) => /\/commands\.[0-9a-f]+\.js$/.test(u))).toBe(true);
  expect(foreignRequests(requests, server.origin)).toEqual([]);
  expect(browser.failedResponses).toEqual([]);
  expect(errors).toEqual([]);
  await page.close();
});
