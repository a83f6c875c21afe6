/**
 * Microsoft's Office.js CDN, stood in for by the copy in the @microsoft/office-js package, so that browser tests
 * of pages that load Office.js stay offline. Every other request to another origin is refused (and recorded), so a
 * page that tried to reach anything else would show it instead of reaching the network.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize, sep } from "node:path";
import type { BrowserContext } from "playwright-core";
import { OFFICE_JS_URL } from "../../../src/workbook/office/startup";

/** The CDN folder Office.js loads itself and its siblings from. */
export const OFFICE_JS_FOLDER = OFFICE_JS_URL.replace(/[^/]+$/, "");
const PACKAGE_DIST = dirname(require.resolve("@microsoft/office-js/dist/office.js"));

export interface OfficeCdn {
  /** URLs under the CDN folder the pages asked for, in order (served from the package, or 404). */
  served: string[];
  /** Requests to any other origin than the test server, refused. */
  refused: string[];
}

/** Routes the CDN folder to the package copy and refuses every other request that would leave `origin`. */
export async function standInForOfficeCdn(context: BrowserContext, origin: string): Promise<OfficeCdn> {
  const cdn: OfficeCdn = { served: [], refused: [] };
  await context.route(
    (url) => url.origin !== origin && !["data:", "blob:"].includes(url.protocol),
    async (route) => {
      const url = route.request().url();
      if (!url.startsWith(OFFICE_JS_FOLDER)) {
        cdn.refused.push(url);
        await route.abort("blockedbyclient");
        return;
      }
      cdn.served.push(url);
      const rel = normalize(
        decodeURIComponent(new URL(url).pathname.slice(new URL(OFFICE_JS_FOLDER).pathname.length)),
      );
      const file = join(PACKAGE_DIST, rel);
      if (!file.startsWith(PACKAGE_DIST + sep) || !existsSync(file) || !statSync(file).isFile()) {
        await route.fulfill({ status: 404, contentType: "text/plain", body: "not found" });
        return;
      }
      await route.fulfill({
        status: 200,
        contentType: "text/javascript; charset=utf-8",
        body: readFileSync(file),
      });
    },
  );
  return cdn;
}
