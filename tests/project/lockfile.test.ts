/**
 * `npm ci` refuses a lockfile that lacks an entry for any optional dependency, even one for another platform
 * (the validator ships one binary package per platform). A clean install on any machine needs them all.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

interface LockPackage {
  optionalDependencies?: Record<string, string>;
}

test("the lockfile has an entry for every optional dependency, for every platform", () => {
  const lock = JSON.parse(readFileSync(join(__dirname, "../../package-lock.json"), "utf8")) as {
    packages: Record<string, LockPackage>;
  };
  const missing: string[] = [];
  for (const [path, pkg] of Object.entries(lock.packages)) {
    for (const dep of Object.keys(pkg.optionalDependencies ?? {})) {
      const nested = `${path ? `${path}/` : ""}node_modules/${dep}`;
      if (!lock.packages[nested] && !lock.packages[`node_modules/${dep}`])
        missing.push(`${path || "(root)"} → ${dep}`);
    }
  }
  expect(missing).toEqual([]);
});
