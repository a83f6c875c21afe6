#!/usr/bin/env node
// The whole suite behind `npm test`: system programs, lint, format, type-check, production build,
// then jest (unit, integration, manifest schema, LibreOffice and browser tests).
// Every step is counted; the last line is "N passed, N failed". Nothing is skipped silently.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const SYSTEM_PROGRAMS = [
  { bin: "/usr/bin/chromium", pkg: "chromium", why: "browser end-to-end tests" },
  { bin: "/usr/bin/soffice", pkg: "libreoffice-calc", why: "recalculating generated workbooks" },
  { bin: "/usr/bin/lowriter", pkg: "libreoffice-writer", why: "opening the drafted annual report (.docx)" },
  { bin: "/usr/bin/xmllint", pkg: "libxml2-utils", why: "manifest schema check" },
  { bin: "/usr/bin/pdftoppm", pkg: "poppler-utils", why: "rendering PDFs to pictures" },
];

let passed = 0;
let failed = 0;
const failures = [];

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: "inherit", ...opts });
  return r.status === 0;
}

function step(name, ok) {
  if (ok) passed++;
  else {
    failed++;
    failures.push(name);
  }
  console.log(`${ok ? "✔" : "✘"} ${name}`);
}

function ensureSystemPrograms() {
  const missing = SYSTEM_PROGRAMS.filter((p) => !existsSync(p.bin));
  if (missing.length === 0) return true;
  const pkgs = missing.map((p) => p.pkg).join(" ");
  const command = `apt-get update && apt-get install -y --no-install-recommends ${pkgs} fonts-dejavu-core`;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (isRoot && existsSync("/usr/bin/apt-get")) {
    console.log(`Installing system programs: ${pkgs}`);
    const ok =
      run("apt-get", ["update", "-qq"]) &&
      run(
        "apt-get",
        [
          "install",
          "-y",
          "-qq",
          "--no-install-recommends",
          ...missing.map((p) => p.pkg),
          "fonts-dejavu-core",
        ],
        {
          env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
        },
      );
    if (ok && SYSTEM_PROGRAMS.every((p) => existsSync(p.bin))) return true;
  }
  console.error("\nThe test suite needs programs that are not installed:");
  for (const p of missing) console.error(`  ${p.bin} (${p.pkg}): ${p.why}`);
  console.error(`\nRun this, then run npm test again:\n  sudo ${command}\n`);
  return false;
}

const npx = process.platform === "win32" ? "npx.cmd" : "npx";

step("system programs present", ensureSystemPrograms());
step("eslint", run(npx, ["eslint", "--max-warnings=0", "."]));
step("prettier --check", run(npx, ["prettier", "--check", "--log-level=warn", "."]));
step("typescript (tsc --noEmit)", run(npx, ["tsc", "--noEmit", "-p", "tsconfig.json"]));
step(
  "production build (webpack)",
  run(npx, ["webpack", "--mode", "production"], { env: { ...process.env, AKRIM_QUIET: "1" } }),
);

const out = join(mkdtempSync(join(tmpdir(), "akrim-jest-")), "results.json");
run(npx, ["jest", "--ci", "--json", `--outputFile=${out}`, ...process.argv.slice(2)]);
if (existsSync(out)) {
  const r = JSON.parse(readFileSync(out, "utf8"));
  passed += r.numPassedTests;
  failed += r.numFailedTests + r.numRuntimeErrorTestSuites;
  for (const s of r.testResults) {
    if (s.status !== "passed") failures.push(`jest: ${s.name}${s.message ? "" : ""}`);
  }
  if (r.numTotalTests === 0) {
    failed++;
    failures.push("jest ran no test");
  }
} else {
  failed++;
  failures.push("jest did not report results");
}

if (failures.length) {
  console.log("\nFailed:");
  for (const f of failures) console.log(`  ${f}`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
