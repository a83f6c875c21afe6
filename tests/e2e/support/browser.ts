/**
 * Headless Chromium for browser tests (the system's /usr/bin/chromium, driven by playwright-core), with a record
 * of every request the page makes and of every Content-Security-Policy violation.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Download, type Page } from "playwright-core";
import { OFFICE_JS_FOLDER } from "./office-cdn";

export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface CspViolation {
  /** e.g. "frame-src", "style-src-attr" */
  directive: string;
  /** The blocked URL, or "inline" */
  blocked: string;
  /** The script that caused it, when the browser knows */
  source: string;
  sample: string;
}

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** Every URL any page of the context asked for, in order (including requests the policy then blocked). */
  requests: string[];
  /** Requests that got no response, with the browser's reason ("URL: csp"). */
  failedRequests: string[];
  /** Responses with an HTTP error status ("404 URL"). */
  failedResponses: string[];
  /** Content-Security-Policy violations reported by the page so far. */
  cspViolations(): Promise<CspViolation[]>;
  /** Console errors and uncaught exceptions of the page. */
  errors: string[];
  close(): Promise<void>;
}

/**
 * Launches Chromium with a fresh profile, a language of `locale` (default nb-NO) and a first page.
 * `selfSignedHttps` accepts the development server's self-signed certificate; `width` (default 350, the pane's
 * width in Excel) sets the viewport.
 */
export async function launchBrowser(
  options: { locale?: string; selfSignedHttps?: boolean; width?: number } = {},
): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), "akrim-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    locale: options.locale ?? "nb-NO",
    // Excel's task pane is 350 px wide by default; wider views are asked for by `width`.
    viewport: { width: options.width ?? 350, height: 720 },
    ignoreHTTPSErrors: options.selfSignedHttps ?? false,
  });
  const requests: string[] = [];
  const errors: string[] = [];
  const failedResponses: string[] = [];
  const failedRequests: string[] = [];
  context.on("requestfailed", (r) =>
    failedRequests.push(`${r.url()}: ${r.failure()?.errorText ?? "failed"}`),
  );
  context.on("request", (r) => requests.push(r.url()));
  context.on("response", (r) => {
    if (r.status() >= 400) failedResponses.push(`${r.status()} ${r.url()}`);
  });
  await context.addInitScript(() => {
    const w = window as unknown as { __cspViolations: CspViolation[] };
    w.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      w.__cspViolations.push({
        directive: e.effectiveDirective,
        blocked: e.blockedURI || "inline",
        source: e.sourceFile || "",
        sample: e.sample || "",
      });
    });
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  return {
    context,
    page,
    requests,
    errors,
    failedResponses,
    failedRequests,
    cspViolations: () =>
      page.evaluate(() => (window as unknown as { __cspViolations: CspViolation[] }).__cspViolations),
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The requests that left `origin` (data: and blob: URLs stay on the machine and are not counted). */
export function foreignRequests(requests: readonly string[], origin: string): string[] {
  return requests.filter((u) => {
    if (u.startsWith("data:") || u.startsWith("blob:") || u === "about:blank") return false;
    try {
      return new URL(u).origin !== origin;
    } catch {
      return true;
    }
  });
}

/**
 * The violations caused by the page's own code. Office.js (from Microsoft's CDN, on the pages that load it) may try
 * things the policy forbids; those attempts are blocked and left out here, so that a test can require everything
 * else to comply.
 */
export function ownCspViolations(violations: readonly CspViolation[]): CspViolation[] {
  return violations.filter((v) => !v.source.startsWith(OFFICE_JS_FOLDER));
}

/** The file the page downloads when `click` runs: its suggested name and its bytes. */
export async function download(
  page: Page,
  click: () => Promise<void>,
): Promise<{ name: string; bytes: Uint8Array }> {
  const [d] = await Promise.all([page.waitForEvent("download") as Promise<Download>, click()]);
  return { name: d.suggestedFilename(), bytes: new Uint8Array(readFileSync((await d.path())!)) };
}
