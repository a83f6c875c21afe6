/**
 * The product's lockfile stays clean (issue 15): no install script runs unless package.json's allowScripts names
 * it, every package comes from the npm registry, the benchmark-only peers (SheetJS, ExcelJS) are not in it, and
 * nothing in it falls in the range of an advisory we know of. `npm audit` cannot run on these machines (the
 * registry mirror answers 405), so the advisories are listed here from their published GitHub advisories; add to
 * the list when one is published for a package in the tree.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

interface LockPackage {
  version?: string;
  resolved?: string;
  link?: boolean;
  hasInstallScript?: boolean;
}

const root = join(__dirname, "../..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
  allowScripts?: Record<string, boolean>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
};
const lock = JSON.parse(readFileSync(join(root, "package-lock.json"), "utf8")) as {
  packages: Record<string, LockPackage>;
};
const entries = Object.entries(lock.packages).filter(([path]) => path !== "");
const nameOf = (path: string) => path.slice(path.lastIndexOf("node_modules/") + "node_modules/".length);

type Version = [number, number, number];
const parse = (v: string): Version => {
  const m = /^(\d+)\.(\d+)\.(\d+)/.exec(v);
  if (!m) throw new Error(`not a version: ${v}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
};
const below = (a: Version, b: Version) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/** Package, the first fixed version (everything below it is affected), and the advisory. */
const ADVISORIES: [string, string, string][] = [
  ["xlsx", "0.20.2", "CVE-2023-30533 prototype pollution, CVE-2024-22363 ReDoS (fixed only outside npm)"],
  ["serialize-javascript", "7.0.5", "GHSA-5c6j-r48x-rmvq code injection, GHSA-qj8w-gfj5-8c6v CPU exhaustion"],
  ["uuid", "11.1.1", "GHSA-w5hq-g745-h8pq missing buffer bounds check (fixed in 11.1.1, 12.0.1, 13.0.1, 14)"],
  ["tmp", "0.2.4", "CVE-2025-54798 arbitrary file write through a symbolic link"],
];
const FIXED_LINES: Record<string, string[]> = { uuid: ["11.1.1", "12.0.1", "13.0.1", "14.0.0"] };

function affected(name: string, version: string, firstFixed: string): boolean {
  const v = parse(version);
  const lines = FIXED_LINES[name];
  if (!lines) return below(v, parse(firstFixed)) < 0;
  // Fixed on several major lines: affected when below the fix of its own major line (or below the first).
  const own = lines.map(parse).find((f) => f[0] === v[0]);
  return own ? below(v, own) < 0 : below(v, parse(lines[0])) < 0;
}

test("no package runs an install script unless allowScripts allows it", () => {
  const allowed = new Set(
    Object.entries(pkg.allowScripts ?? {})
      .filter(([, ok]) => ok)
      .map(([n]) => n),
  );
  const scripts = entries.filter(([, p]) => p.hasInstallScript).map(([path]) => nameOf(path));
  expect(scripts.filter((n) => !allowed.has(n))).toEqual([]);
});

test("every package comes from the npm registry (no git, file, link or other host)", () => {
  const specs = { ...pkg.dependencies, ...pkg.devDependencies };
  expect(Object.entries(specs).filter(([, s]) => !/^[\^~]?\d/.test(s))).toEqual([]);
  const foreign = entries.filter(
    ([, p]) => p.link || (p.resolved !== undefined && !p.resolved.startsWith("https://registry.npmjs.org/")),
  );
  expect(foreign.map(([path, p]) => `${path} ${p.resolved ?? "link"}`)).toEqual([]);
});

test("the benchmark-only peers are not in the product's tree", () => {
  expect(entries.map(([path]) => nameOf(path)).filter((n) => n === "xlsx" || n === "exceljs")).toEqual([]);
});

test("nothing in the lockfile falls in a known advisory's range", () => {
  const hits: string[] = [];
  for (const [path, p] of entries) {
    const name = nameOf(path);
    for (const [adv, fixed, what] of ADVISORIES)
      if (name === adv && p.version && affected(name, p.version, fixed))
        hits.push(`${path}@${p.version}: ${what}`);
  }
  expect(hits).toEqual([]);
});

test("the advisory check itself recognises affected versions", () => {
  expect(affected("uuid", "8.3.2", "11.1.1")).toBe(true);
  expect(affected("uuid", "13.0.0", "11.1.1")).toBe(true);
  expect(affected("uuid", "14.0.3", "11.1.1")).toBe(false);
  expect(affected("serialize-javascript", "6.0.2", "7.0.5")).toBe(true);
  expect(affected("xlsx", "0.18.5", "0.20.2")).toBe(true);
});
