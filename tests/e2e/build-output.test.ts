/**
 * The production build's output: Office.js is the Excel subset of the package, copied byte for byte; the pages
 * load it by a relative URL before their bundles and carry the Content-Security-Policy; no built file names an
 * external origin to load from.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { ensureProductionBuild } from "./support/build";

const OFFICE_PKG = dirname(require.resolve("@microsoft/office-js/dist/office.js"));
let dist = "";

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  );
}

// Building dist/ (only when it is missing or stale) can take minutes on a busy machine.
beforeAll(() => {
  dist = ensureProductionBuild();
}, 300_000);

test("office-js/ holds the loader, the Excel host files and three locales, unchanged from the package", () => {
  const shipped = files(join(dist, "office-js"))
    .map((f) => relative(join(dist, "office-js"), f))
    .sort();
  const excelHostFiles = readdirSync(OFFICE_PKG).filter(
    (f) => /^excel.*\.js$/.test(f) && !f.endsWith(".debug.js"),
  );
  expect(excelHostFiles.length).toBeGreaterThan(10);
  expect(shipped).toEqual(
    [
      "office.js",
      "o15apptofilemappingtable.js",
      ...excelHostFiles,
      "en-us/office_strings.js",
      "nb-no/office_strings.js",
      "nn-no/office_strings.js",
    ].sort(),
  );
  for (const f of shipped) {
    expect([f, readFileSync(join(dist, "office-js", f)).equals(readFileSync(join(OFFICE_PKG, f)))]).toEqual([
      f,
      true,
    ]);
  }
});

test.each(["taskpane.html", "commands.html"])(
  "%s loads Office.js relatively, first, under the policy",
  (page) => {
    const html = readFileSync(join(dist, page), "utf8");
    const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="?([^"\s>]+)"?/g)].map((m) => m[1]);
    expect(scripts[0]).toBe("office-js/office.js");
    expect(scripts.length).toBeGreaterThan(1);
    expect(scripts.every((s) => !/^[a-z]+:|^\/\//i.test(s))).toBe(true);
    expect(html).toMatch(
      /http-equiv="?Content-Security-Policy"? content="default-src 'self'; script-src 'self';/,
    );
    expect(html).not.toMatch(/unsafe-inline|unsafe-eval/);
  },
);

test("the application's own bundles load nothing from another origin by URL", () => {
  const bundles = readdirSync(dist).filter((f) => f.endsWith(".js"));
  expect(bundles.length).toBeGreaterThan(2);
  for (const f of bundles) {
    const text = readFileSync(join(dist, f), "utf8");
    // import(), importScripts, fetch or a script/link URL to a CDN would show up as an absolute https URL here.
    const cdn = text.match(/https?:\/\/(?:cdn|unpkg|ajax|appsforoffice|fonts\.|static\.)[^\s"'`)]*/g) ?? [];
    expect([f, cdn]).toEqual([f, []]);
  }
});
