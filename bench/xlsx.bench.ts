/**
 * The .xlsx adapter against the physical floor and the common libraries.
 *
 * Reading: a 100,000-row × 12-column workbook (written by our writer) is read by our reader, by the raw floor
 * (fflate unzip + a plain indexOf scan of the sheet XML for its cells), by saxes over the same sheet XML (the
 * streaming parser the reader's hand scanner replaces), by ExcelJS 4.4 (normal and streaming reader) and by
 * SheetJS 0.18.5 (from bench/peers, see peers.ts). Each reader runs in its own child process: time is the median of 7 runs (3 for ExcelJS and
 * SheetJS) after a warm-up,
 * peak memory is the growth of the child's maximum resident set over its size before reading (a fresh child,
 * one read). ExcelJS and SheetJS are installed only for this, in bench/peers.
 *
 * Writing: the same 100k file and a real template (planned from the catalogue), against zipping the very same
 * parts with fflate (the part of writing that is pure compression).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unzipSync, zipSync, type Zippable } from "fflate";
import { defaultCatalogue } from "../src/catalogue";
import type { CellInput, Edit } from "../src/core/model/edit";
import { planTemplate } from "../src/core/template";
import { readXlsx, writeXlsx } from "../src/workbook/xlsx";
import { timeMedian, type Bench } from "./harness";
import { ensurePeers, requirePeer, type ExcelJsModule, type SheetJsModule } from "./peers";

const ROWS = 100_000;
const HEADERS = [
  "Enhet",
  "Etat",
  "Periode",
  "Virkemiddel",
  "Antall",
  "Dato",
  "Beløp",
  "Kommentar",
  "Status",
  "Id",
  "Sektor",
  "Region",
];

export function bigWorkbookEdits(rows = ROWS): Edit[] {
  const values: CellInput[][] = [HEADERS];
  for (let i = 0; i < rows; i++) {
    values.push([
      `Enhet ${i % 50}`,
      `Etat ${i % 7}`,
      "2026-T1",
      `Virkemiddel ${i % 77}`,
      i % 13,
      46023 + (i % 365),
      Math.round(i * 12.5) / 10,
      `Kommentar nummer ${i}`,
      i % 3 === 0 ? "Utkast" : "Innsendt",
      i,
      `Sektor ${i % 11}`,
      `Region ${i % 9}`,
    ]);
  }
  return [
    { kind: "addSheet", sheet: "Data" },
    { kind: "setValues", sheet: "Data", address: "A1", values },
    { kind: "addTable", sheet: "Data", name: "tblData", range: `A1:L${rows + 1}` },
    { kind: "setNumberFormat", sheet: "Data", range: "F2:F1048576", format: "yyyy-mm-dd" },
  ];
}

type Mode = "raw" | "ours" | "saxes" | "exceljs" | "exceljs-stream" | "sheetjs";

const MODES: { mode: Mode; label: string }[] = [
  { mode: "raw", label: "raw floor: fflate unzip + indexOf scan of the sheet XML" },
  { mode: "ours", label: "readXlsx (this adapter)" },
  { mode: "saxes", label: "fflate unzip + saxes parse of the sheet XML (no values kept)" },
  { mode: "exceljs", label: "ExcelJS 4.4 workbook.xlsx.load" },
  { mode: "exceljs-stream", label: "ExcelJS 4.4 streaming WorkbookReader" },
  { mode: "sheetjs", label: "SheetJS xlsx 0.18.5 read" },
];

/** One read of `file` in the given way; returns the number of cells seen (so no work is optimised away). */
async function readOnce(mode: Mode, file: string): Promise<number> {
  const bytes = new Uint8Array(readFileSync(file));
  switch (mode) {
    case "raw": {
      const files = unzipSync(bytes);
      const xml = new TextDecoder().decode(files["xl/worksheets/sheet1.xml"]);
      let n = 0;
      for (let i = xml.indexOf("<c "); i >= 0; i = xml.indexOf("<c ", i + 3)) n++;
      return n;
    }
    case "ours": {
      const snap = readXlsx(bytes, "bench.xlsx");
      return snap.sheets[0].rows.reduce((n, r) => n + (r ? r.length : 0), 0);
    }
    case "saxes": {
      const { SaxesParser } = await import("saxes");
      const xml = new TextDecoder().decode(unzipSync(bytes)["xl/worksheets/sheet1.xml"]);
      const parser = new SaxesParser();
      let n = 0;
      parser.on("opentag", (t) => {
        if (t.name === "c") n++;
      });
      parser.write(xml).close();
      return n;
    }
    case "exceljs": {
      const ExcelJS = requirePeer<ExcelJsModule>("exceljs");
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
      let n = 0;
      wb.worksheets[0].eachRow((row) => {
        n += row.cellCount;
      });
      return n;
    }
    case "exceljs-stream": {
      const ExcelJS = requirePeer<ExcelJsModule>("exceljs");
      const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
        sharedStrings: "cache",
        worksheets: "emit",
      });
      let n = 0;
      for await (const ws of reader) {
        for await (const row of ws) n += row.cellCount;
      }
      return n;
    }
    case "sheetjs": {
      const XLSX = requirePeer<SheetJsModule>("xlsx");
      const wb = XLSX.read(bytes, { type: "array" });
      const ws = wb.Sheets[wb.SheetNames[0]];
      return Object.keys(ws).filter((k) => k[0] !== "!").length;
    }
  }
}

/** Child-process entry: `XLSX_BENCH_CHILD=mode:time|memory:file`. Prints one JSON line. */
async function child(spec: string): Promise<void> {
  const [mode, what, ...rest] = spec.split(":");
  const file = rest.join(":");
  if (what === "memory") {
    const before = process.memoryUsage().rss;
    const cells = await readOnce(mode as Mode, file);
    const peak = process.resourceUsage().maxRSS * 1024;
    console.log(JSON.stringify({ cells, peakBytes: Math.max(0, peak - before) }));
  } else {
    let cells = 0;
    // More runs where a run is cheap: the medians of the fast readers are the most sensitive to a busy machine.
    const runs = mode === "raw" || mode === "ours" || mode === "saxes" ? 7 : 3;
    const ms = await timeMedian(async () => {
      cells = await readOnce(mode as Mode, file);
    }, runs);
    console.log(JSON.stringify({ cells, ms }));
  }
}

function runChild(
  mode: Mode,
  what: "time" | "memory",
  file: string,
): { cells: number; ms?: number; peakBytes?: number } {
  const out = execFileSync(process.execPath, ["--import", "tsx", __filename], {
    env: { ...process.env, XLSX_BENCH_CHILD: `${mode}:${what}:${file}` },
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out.trim().split("\n").pop()!);
}

export const xlsxBench: Bench = {
  name: "xlsx",
  async run(report) {
    ensurePeers();
    const dir = mkdtempSync(join(tmpdir(), "xlsx-bench-"));
    try {
      const file = join(dir, "100k.xlsx");
      const edits = bigWorkbookEdits();
      const bytes = writeXlsx(edits);
      writeFileSync(file, bytes);

      const read = `read ${ROWS.toLocaleString("en-US")} rows × 12 columns (${(bytes.length / 1048576).toFixed(1)} MiB file), each reader in its own process`;
      const results = new Map<Mode, { ms: number; peak: number; cells: number }>();
      for (const { mode } of MODES) {
        const t = runChild(mode, "time", file);
        const m = runChild(mode, "memory", file);
        results.set(mode, { ms: t.ms!, peak: m.peakBytes!, cells: t.cells });
      }
      const raw = results.get("raw")!;
      const timeBase = { label: "raw floor", value: raw.ms };
      const memBase = { label: "raw floor", value: raw.peak / 1048576 };
      for (const { mode, label } of MODES) {
        const r = results.get(mode)!;
        report({
          section: read,
          metric: `${label}: time`,
          value: r.ms,
          unit: "ms",
          baseline: mode === "raw" ? undefined : timeBase,
        });
      }
      for (const { mode, label } of MODES) {
        const r = results.get(mode)!;
        report({
          section: read,
          metric: `${label}: peak memory`,
          value: r.peak / 1048576,
          unit: "MiB",
          baseline: mode === "raw" ? undefined : memBase,
        });
      }

      const write = "write (in this process)";
      const zipParts = (b: Uint8Array) => {
        const files: Zippable = {};
        for (const [k, v] of Object.entries(unzipSync(b)))
          files[k] = [v, { level: v.length > 4_000_000 ? 1 : 6 }];
        return () => zipSync(files);
      };
      const zipBig = zipParts(bytes);
      const zipBigMs = await timeMedian(zipBig, 1);
      report({
        section: write,
        metric: `zip the 100k workbook's parts with fflate (baseline)`,
        value: zipBigMs,
        unit: "ms",
      });
      report({
        section: write,
        metric: "writeXlsx the 100k × 12 workbook",
        value: await timeMedian(() => writeXlsx(edits), 1),
        unit: "ms",
        baseline: { label: "zipping its parts", value: zipBigMs },
      });
      const planned = planTemplate(
        defaultCatalogue(),
        { unit: "OSL", agency: "SKE", period: "2026-T1" },
        { existingSheetNames: [] },
      );
      if (!("edits" in planned)) throw new Error("template could not be planned");
      const template = writeXlsx(planned.edits);
      const zipSmall = zipParts(template);
      const zipSmallMs = await timeMedian(zipSmall, 9);
      report({
        section: write,
        metric: "zip a template's parts with fflate (baseline)",
        value: zipSmallMs,
        unit: "ms",
      });
      report({
        section: write,
        metric: `writeXlsx a template (${planned.edits.length} edits, ${(template.length / 1024).toFixed(0)} KiB)`,
        value: await timeMedian(() => writeXlsx(planned.edits), 9),
        unit: "ms",
        baseline: { label: "zipping its parts", value: zipSmallMs },
      });
      report({
        section: write,
        metric: "readXlsx the same template",
        value: await timeMedian(() => readXlsx(template, "mal.xlsx"), 9),
        unit: "ms",
        baseline: { label: "zipping its parts", value: zipSmallMs },
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

if (process.env.XLSX_BENCH_CHILD) {
  child(process.env.XLSX_BENCH_CHILD).catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
