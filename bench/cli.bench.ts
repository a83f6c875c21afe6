/**
 * The command line as a user runs it: each measurement is a fresh process, timed from the outside.
 *
 * - Start-up of the `akrim` bin (`--help`, `--version`, `validate` of one template) against a bare `node -e ''`
 *   (target ≤ 2×), and the contract: `npm run akrim -- --version` and `npm run akrim -- validate <one template>`
 *   against npm's own start-up (`npm run env -- true`, target ≤ 2×); `npx akrim` for comparison.
 * - `validate` of a 100,000-row workbook against pandas + openpyxl merely reading it (`pd.read_excel`, all sheets),
 *   both whole processes (target: ours ≥ 5× faster), with where our time goes: start-up, inflate, parse, rules.
 *   Skipped with a message when no Python with pandas is found.
 * - `consolidate` of the sample year (every file `npm run samples` writes): wall time and peak resident memory (targets 2 s, 200 MiB).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defaultCatalogue } from "../src/catalogue";
import { nodeInflateRaw } from "../src/cli/files";
import { generateSamples, planSample } from "../src/core/samples";
import { validateSubmission } from "../src/core/validation";
import { readXlsx, writeXlsx } from "../src/workbook/xlsx";
import { ZipArchive } from "../src/workbook/xlsx/zip";
import { filledTemplate, setCell } from "../tests/validation/fixtures";
import { snapshotEdits } from "../tests/validation/files";
import { timeMedian, type Bench } from "./harness";

const root = join(__dirname, "..");
const BIN = join(root, "scripts", "akrim.cjs");
const PROBE = join(__dirname, "rss-probe.cjs");
const ROWS = 100_000;

interface Run {
  ms: number;
  rssBytes: number;
  status: number | null;
  stdout: string;
}

/** One process, timed from the outside; peak memory through the preloaded probe when it is a Node process. */
function runOnce(cmd: string, args: string[], dir: string, opts: { node?: boolean } = {}): Run {
  const rssFile = join(dir, `rss-${process.pid}.txt`);
  rmSync(rssFile, { force: true });
  const t0 = performance.now();
  const r = spawnSync(cmd, opts.node ? ["-r", PROBE, ...args] : args, {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, AKRIM_BENCH_RSS: rssFile },
  });
  const ms = performance.now() - t0;
  let rssBytes = 0;
  try {
    rssBytes = Number(readFileSync(rssFile, "utf8"));
  } catch {
    // not a Node process, or it did not exit normally
  }
  if (r.error) throw r.error;
  return { ms, rssBytes, status: r.status, stdout: r.stdout };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Median wall time over `times` runs after one warm-up (which also writes the bin's code cache). */
function runMedian(cmd: string, args: string[], dir: string, times: number, opts: { node?: boolean } = {}) {
  runOnce(cmd, args, dir, opts);
  const runs = Array.from({ length: times }, () => runOnce(cmd, args, dir, opts));
  return {
    ms: median(runs.map((r) => r.ms)),
    rssBytes: Math.max(...runs.map((r) => r.rssBytes)),
    last: runs[runs.length - 1],
  };
}

/**
 * Median wall times of several commands measured interleaved (one run of each in turn, `times` rounds, after a
 * warm-up round), so that a baseline and what is compared with it see the same load on a shared machine.
 */
function runInterleaved(cmds: { cmd: string; args: string[] }[], dir: string, times: number): number[] {
  for (const c of cmds) runOnce(c.cmd, c.args, dir);
  const samples = cmds.map(() => [] as number[]);
  for (let i = 0; i < times; i++) cmds.forEach((c, k) => samples[k].push(runOnce(c.cmd, c.args, dir).ms));
  return samples.map(median);
}

/** The first Python that has pandas and openpyxl, or null. */
function findPandas(): string | null {
  for (const py of ["python3", "/usr/bin/python3"]) {
    const r = spawnSync(py, ["-c", "import pandas, openpyxl"], { encoding: "utf8" });
    if (r.status === 0) return py;
  }
  return null;
}

const PANDAS_READ = `
import sys, time, json
t0 = time.perf_counter()
import pandas as pd
t1 = time.perf_counter()
sheets = pd.read_excel(sys.argv[1], sheet_name=None, engine="openpyxl")
t2 = time.perf_counter()
print(json.dumps({"import_ms": (t1 - t0) * 1000, "read_ms": (t2 - t1) * 1000, "rows": sum(len(s) for s in sheets.values())}))
`;

export const cliBench: Bench = {
  name: "cli",
  async run(report) {
    const dir = mkdtempSync(join(tmpdir(), "akrim-cli-bench-"));
    try {
      const catalogue = defaultCatalogue();
      // The bin must be built and fresh: one run through the launcher rebuilds it if a source changed.
      runOnce(process.execPath, [BIN, "--version"], dir);

      // --- start-up ---------------------------------------------------------------------------------------------
      const samples = generateSamples(catalogue);
      const one = join(dir, "one.xlsx");
      writeFileSync(
        one,
        writeXlsx(
          planSample(
            catalogue,
            samples.find((s) => s.fileName === "OSL_AT_2026-T2.xlsx")!,
          ),
        ),
      );
      const start =
        "start-up: fresh processes, interleaved with their baseline, median of 15 (npm: 9, npx: 3)";
      const nodeRuns: [string, string[]][] = [
        ["node -e '' (baseline)", ["-e", ""]],
        ["akrim --help (target ≤ 2×)", [BIN, "--help"]],
        ["akrim --version (target ≤ 2×)", [BIN, "--version"]],
        ["akrim validate <one template> (target ≤ 2×)", [BIN, "validate", one, "--format", "json"]],
      ];
      const nodeMs = runInterleaved(
        nodeRuns.map(([, args]) => ({ cmd: process.execPath, args })),
        dir,
        15,
      );
      const nodeBase = { label: "node -e ''", value: nodeMs[0] };
      nodeRuns.forEach(([metric], k) =>
        report({
          section: start,
          metric,
          value: nodeMs[k],
          unit: "ms",
          ...(k ? { baseline: nodeBase } : {}),
        }),
      );
      // The contract: the command as the README gives it, against npm's own start-up.
      const [npm, npmVersion, npmValidate] = runInterleaved(
        [
          { cmd: "npm", args: ["run", "--silent", "env", "--", "true"] },
          { cmd: "npm", args: ["run", "--silent", "akrim", "--", "--version"] },
          { cmd: "npm", args: ["run", "--silent", "akrim", "--", "validate", one, "--format", "json"] },
        ],
        dir,
        9,
      );
      const npmBase = { label: "npm's own start-up", value: npm };
      report({ section: start, metric: "npm run env -- true (baseline)", value: npm, unit: "ms" });
      report({
        section: start,
        metric: "npm run akrim -- --version (target ≤ 2×)",
        value: npmVersion,
        unit: "ms",
        baseline: npmBase,
      });
      report({
        section: start,
        metric: "npm run akrim -- validate <one template> (target ≤ 2×)",
        value: npmValidate,
        unit: "ms",
        baseline: npmBase,
      });
      report({
        section: start,
        metric: "npx akrim --version (npm loads the whole tree for a package's own bin)",
        value: runMedian("npx", ["akrim", "--version"], dir, 3).ms,
        unit: "ms",
        baseline: npmBase,
      });

      // --- 100k rows ----------------------------------------------------------------------------------------------
      const big = filledTemplate({ usageRows: ROWS });
      for (let r = 2; r <= ROWS + 1; r += 1000) setCell(big, "Virkemiddelbruk", `E${r}`, "12 stk");
      for (let r = 5; r <= ROWS + 1; r += 10_000) setCell(big, "Virkemiddelbruk", `A${r}`, "V1O1");
      const bigFile = join(dir, "100k.xlsx");
      const bytes = writeXlsx(snapshotEdits(big));
      writeFileSync(bigFile, bytes);
      const sec100k = `validate a ${ROWS.toLocaleString("en-US")}-row workbook (${(bytes.length / 1048576).toFixed(1)} MiB), whole processes, median of 5 (pandas: 3)`;
      const ours = runMedian(process.execPath, [BIN, "validate", bigFile, "--format", "json"], dir, 5, {
        node: true,
      });
      if (ours.last.status !== 1)
        throw new Error(`validate exited ${ours.last.status}, expected 1 (planted mistakes)`);
      report({ section: sec100k, metric: "akrim validate --format json", value: ours.ms, unit: "ms" });
      report({
        section: sec100k,
        metric: "  peak resident memory",
        value: ours.rssBytes / 1048576,
        unit: "MiB",
      });
      const py = findPandas();
      if (!py) {
        console.log(
          "  pandas + openpyxl: skipped, no Python with pandas found (Debian: apt-get install python3-pandas python3-openpyxl)",
        );
      } else {
        const pandasRuns = runMedian(py, ["-c", PANDAS_READ, bigFile], dir, 3);
        // The ratio from runs interleaved (ours, pandas, ours, pandas, ...), so both see the same load.
        const [oursPaired, pandasPaired] = runInterleaved(
          [
            { cmd: process.execPath, args: [BIN, "validate", bigFile, "--format", "json"] },
            { cmd: py, args: ["-c", PANDAS_READ, bigFile] },
          ],
          dir,
          3,
        );
        report({
          section: sec100k,
          metric: "akrim validate, interleaved with pandas (target ≤ 0.20)",
          value: oursPaired,
          unit: "ms",
          baseline: { label: "pandas whole process, interleaved", value: pandasPaired },
        });
        const inner = JSON.parse(pandasRuns.last.stdout) as { import_ms: number; read_ms: number };
        report({
          section: sec100k,
          metric: "pandas.read_excel (openpyxl), whole process",
          value: pandasRuns.ms,
          unit: "ms",
        });
        report({
          section: sec100k,
          metric: "  of which read_excel alone (pandas imported; one run)",
          value: inner.read_ms,
          unit: "ms",
        });
        report({
          section: sec100k,
          metric: "akrim validate against pandas merely reading (target ≤ 0.20)",
          value: ours.ms,
          unit: "ms",
          baseline: { label: "pandas whole process", value: pandasRuns.ms },
        });
        report({
          section: sec100k,
          metric: "akrim validate against read_excel alone (pandas imported)",
          value: ours.ms,
          unit: "ms",
          baseline: { label: "read_excel alone", value: inner.read_ms },
        });
      }
      // Where our time goes, in this process (median of 3): the bin's start-up, inflating every part, parsing
      // (the rest of readXlsx), and the rules (validateSubmission).
      const where = "  where akrim validate's time goes (in-process, median of 3)";
      const startup = runMedian(process.execPath, [BIN, "validate", "--help"], dir, 5).ms;
      const inflate = await timeMedian(() => {
        const z = new ZipArchive(bytes, "100k.xlsx", nodeInflateRaw);
        for (const e of z.entries.values()) z.read(e.name);
      });
      // As the command reads: with Node's zlib for inflating.
      let snap = readXlsx(bytes, "100k.xlsx", { inflateRaw: nodeInflateRaw });
      const read = await timeMedian(() => {
        snap = readXlsx(bytes, "100k.xlsx", { inflateRaw: nodeInflateRaw });
      });
      const rules = await timeMedian(() => validateSubmission(snap, catalogue));
      const parts = { startup, inflate, parse: read - inflate, rules };
      const sum = Object.values(parts).reduce((a, b) => a + b, 0);
      for (const [k, v] of Object.entries(parts))
        report({
          section: where,
          metric: `${k}${k === "startup" ? " (akrim validate --help, commands loaded)" : ""}`,
          value: v,
          unit: "ms",
          baseline: { label: "their sum", value: sum },
        });

      // --- consolidate the sample year ---------------------------------------------------------------------------
      const year = join(dir, "year");
      mkdirSync(year);
      for (const s of samples) writeFileSync(join(year, s.fileName), writeXlsx(planSample(catalogue, s)));
      const files = samples.map((s) => join(year, s.fileName));
      const secCons = `consolidate the sample year (${files.length} files), whole process, median of 3`;
      const out = join(dir, "region.xlsx");
      const cons = runMedian(
        process.execPath,
        [BIN, "consolidate", ...files, "-o", out, "--force", "--format", "json"],
        dir,
        3,
        { node: true },
      );
      if (cons.last.status === 2) throw new Error("consolidate could not read a sample file");
      report({
        section: secCons,
        metric: "akrim consolidate (target ≤ 2 000 ms)",
        value: cons.ms,
        unit: "ms",
        baseline: { label: "the 2 s target", value: 2000 },
      });
      report({
        section: secCons,
        metric: "  peak resident memory (target ≤ 200 MiB)",
        value: cons.rssBytes / 1048576,
        unit: "MiB",
        baseline: { label: "the 200 MiB target", value: 200 },
      });
      report({
        section: secCons,
        metric: "  files per second",
        value: files.length / (cons.ms / 1000),
        unit: "files/s",
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
