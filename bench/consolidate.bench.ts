/**
 * Consolidation of the whole sample year, against merely reading the same files in the same run: the pure
 * consolidation, reading + consolidating, and the command line's whole path (read, hash, validate,
 * consolidate, plan and write the output workbook). Throughput in files/s and rows/s; memory as the
 * process's peak resident size and the heap the result keeps.
 */
import { createHash } from "node:crypto";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { defaultCatalogue } from "../src/catalogue";
import { consolidate, planConsolidatedWorkbook, type ConsolidationInput } from "../src/core/consolidate";
import { generateSamples, planSample } from "../src/core/samples";
import { validateWorkbook } from "../src/core/validation";
import { readXlsx, writeXlsx } from "../src/workbook/xlsx";
import { timeMedian, type Bench } from "./harness";

export const consolidateBench: Bench = {
  name: "consolidate",
  async run(report) {
    const catalogue = defaultCatalogue();
    const samples = generateSamples(catalogue);
    const files = samples.map((s) => ({ name: s.fileName, bytes: writeXlsx(planSample(catalogue, s)) }));
    const section = `the sample year (${files.length} returned workbooks, ${(
      files.reduce((n, f) => n + f.bytes.length, 0) /
      1024 /
      1024
    ).toFixed(1)} MiB)`;

    const read = () => files.map((f) => readXlsx(f.bytes, f.name));
    const snapshots = read();
    const inputs: ConsolidationInput[] = snapshots.map((snapshot, i) => ({
      file: files[i].name,
      hash: createHash("sha256").update(files[i].bytes).digest("hex"),
      snapshot,
    }));
    const once = consolidate(inputs, catalogue);
    const rows = once.entries.reduce((n, e) => n + e.rowCount, 0);

    const readMs = await timeMedian(read, 3);
    const baseline = { label: "merely reading the files", value: readMs };
    report({ section, metric: `read ${files.length} files (baseline)`, value: readMs, unit: "ms" });
    report({
      section,
      metric: "consolidate the read snapshots (pure core)",
      value: await timeMedian(() => consolidate(inputs, catalogue), 3),
      unit: "ms",
      baseline,
    });
    const readAndConsolidate = await timeMedian(
      () =>
        consolidate(
          files.map((f, i) => ({ file: f.name, hash: inputs[i].hash, snapshot: readXlsx(f.bytes, f.name) })),
          catalogue,
        ),
      3,
    );
    report({ section, metric: "read and consolidate", value: readAndConsolidate, unit: "ms", baseline });

    let outputBytes = 0;
    const whole = () => {
      const all = files.map((f): ConsolidationInput => {
        const snapshot = readXlsx(f.bytes, f.name);
        return {
          file: f.name,
          hash: createHash("sha256").update(f.bytes).digest("hex"),
          snapshot,
          findings: validateWorkbook(snapshot, catalogue),
        };
      });
      const result = consolidate(all, catalogue);
      outputBytes = writeXlsx(planConsolidatedWorkbook(result)).length;
      return result;
    };
    const wholeMs = await timeMedian(whole, 3);
    report({
      section,
      metric: "read, hash, validate, consolidate, plan and write the output",
      value: wholeMs,
      unit: "ms",
      baseline,
    });
    report({
      section,
      metric: "  files per second (whole path)",
      value: files.length / (wholeMs / 1000),
      unit: "files/s",
    });
    report({
      section,
      metric: "  data rows per second (whole path)",
      value: rows / (wholeMs / 1000),
      unit: "rows/s",
    });
    report({ section, metric: "  data rows consolidated", value: rows, unit: "rows" });
    report({ section, metric: "  output workbook size", value: outputBytes / 1024, unit: "KiB" });

    // A handle on the garbage collector without a command-line flag, so that the kept heap is measured.
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    gc();
    const before = process.memoryUsage().heapUsed;
    const kept = whole();
    gc();
    const retained = process.memoryUsage().heapUsed - before;
    report({
      section,
      metric: "heap kept by the result (after GC)",
      value: retained / 1024 / 1024,
      unit: "MiB",
    });
    report({
      section,
      metric: "peak resident memory of the process",
      value: process.resourceUsage().maxRSS / 1024,
      unit: "MiB",
    });
    if (kept.entries.length !== files.length) throw new Error("the consolidation lost a file");
  },
};
