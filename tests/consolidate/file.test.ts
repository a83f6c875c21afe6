/**
 * The consolidated workbook as a file: the sample year consolidated, written as .xlsx, checked by Microsoft's
 * Open XML validator, opened by LibreOffice, read back and consolidated again; text that looks like a formula
 * stays text all the way.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unzipSync, strFromU8 } from "fflate";
import { defaultCatalogue } from "../../src/catalogue";
import {
  consolidate,
  consolidationJson,
  planConsolidatedWorkbook,
  type ConsolidationInput,
} from "../../src/core/consolidate";
import { containsIdentityNumber } from "../../src/core/identifiers";
import { generateSamples, planSample, PLANTED_FNR } from "../../src/core/samples";
import { validateWorkbook } from "../../src/core/validation";
import { readXlsx, writeXlsx } from "../../src/workbook/xlsx";
import { convertWithLibreOffice } from "../template/libreoffice";
import { template, usageRow } from "../rollup/fixtures";

const catalogue = defaultCatalogue();
const dir = mkdtempSync(join(tmpdir(), "akrim-consolidate-file-"));
const samplesDir = join(dir, "samples");
mkdirSync(samplesDir);
const samples = generateSamples(catalogue);

function inputFromFile(path: string, name: string): ConsolidationInput {
  const bytes = readFileSync(path);
  const snapshot = readXlsx(new Uint8Array(bytes), name);
  return {
    file: name,
    hash: createHash("sha256").update(bytes).digest("hex"),
    snapshot,
    findings: validateWorkbook(snapshot, catalogue),
  };
}

/** LibreOffice's CSV filter: ';' separated, UTF-8, numbers unformatted, one file per sheet. */
const CSV_ALL_SHEETS = "csv:Text - txt - csv (StarCalc):59,34,76,1,,1033,false,true,false,false,false,-1";

/** A number as LibreOffice writes it to CSV (shares keep their percent sign, at full precision). */
const csvNumber = (text: string) => (text.endsWith("%") ? Number(text.slice(0, -1)) / 100 : Number(text));

function csvOf(file: string, sheet: string): string[][] {
  const text = readFileSync(join(dir, "csv", `${file.replace(/\.xlsx$/, "")}-${sheet}.csv`), "utf8");
  return text
    .trim()
    .split("\n")
    .map((line) => line.split(";").map((c) => c.replace(/^"|"$/g, "").replace(/""/g, '"')));
}

beforeAll(() => {
  for (const s of samples) writeFileSync(join(samplesDir, s.fileName), writeXlsx(planSample(catalogue, s)));
});

describe("the consolidated workbook of the sample year", () => {
  let result: ReturnType<typeof consolidate>;
  const out = join(dir, "nasjonal.xlsx");

  beforeAll(() => {
    const inputs = samples.map((s) => inputFromFile(join(samplesDir, s.fileName), s.fileName));
    result = consolidate(inputs, catalogue);
    writeFileSync(out, writeXlsx(planConsolidatedWorkbook(result)));
  });

  it("registers every file and resolves the planted duplicate submission", () => {
    expect(result.entries).toHaveLength(samples.length);
    const dup = samples.find((s) => s.mistakes.some((m) => m.kind === "duplicate-submission"))!;
    const conflict = result.conflicts.find((c) => c.files.includes(dup.fileName))!;
    expect(conflict.files).toHaveLength(2);
    expect(["unresolved", "highest-status", "duplicate"]).toContain(conflict.resolution);
    const counted = result.entries.filter(
      (e) => conflict.files.includes(e.file) && e.treatment === "counted",
    );
    expect(counted.length).toBeLessThanOrEqual(1);
  });

  it("passes Microsoft's Open XML validator with zero errors", () => {
    const r = spawnSync("npx", ["ooxml-validator", out, "--officeVersion", "Microsoft365"], {
      encoding: "utf8",
      timeout: 110_000,
    });
    const report = JSON.parse(r.stdout) as { ok: boolean; errors: unknown[] };
    expect(report.errors).toEqual([]);
    expect(report.ok).toBe(true);
    expect(r.status).toBe(0);
  });

  it("opens in LibreOffice with the engine's numbers in Styringsparametre", () => {
    const r = convertWithLibreOffice([out], CSV_ALL_SHEETS, join(dir, "csv"));
    expect(r.status).toBe(0);
    const rows = csvOf("nasjonal.xlsx", "Styringsparametre");
    expect(rows[0].slice(0, 3)).toEqual(["ID", "Styringsparameter", "Verdi"]);
    const json = consolidationJson(result);
    for (const p of json.parameters) {
      const row = rows.find((x) => x[0] === p.id)!;
      if (p.value === null) expect(row[2]).toBe("");
      else expect(csvNumber(row[2])).toBeCloseTo(p.value, 9);
      for (const [key, v] of Object.entries(p.breakdown)) {
        const b = rows.find((x) => x[0] === key)!;
        if (v === null) expect(b[2]).toBe("");
        else expect(csvNumber(b[2])).toBeCloseTo(v, 9);
      }
    }
    expect(csvOf("nasjonal.xlsx", "Samlet").length - 1).toBe(
      result.entries.filter((e) => e.treatment === "counted").reduce((n, e) => n + e.rowCount, 0),
    );
  });

  it("does not pass on the personal identity number planted in a comment", () => {
    const planted = samples.find((s) => s.mistakes.some((m) => m.kind === "personal-id-in-comment"))!;
    expect(planted).toBeDefined();
    const written = readXlsx(readFileSync(out), "nasjonal.xlsx");
    const texts = written.sheets.flatMap((s) => s.rows.flatMap((r) => (r ?? []).map((v) => String(v ?? ""))));
    expect(texts.some((t) => t.includes(PLANTED_FNR))).toBe(false);
    expect(texts.filter((t) => containsIdentityNumber(t))).toEqual([]);
  });

  it("can itself be consolidated again, from the file, with the same numbers", () => {
    const again = consolidate([inputFromFile(out, "nasjonal.xlsx")], catalogue);
    const a = consolidationJson(result);
    const b = consolidationJson(again);
    expect(b.parameters).toEqual(a.parameters);
    expect(b.byUnit).toEqual(a.byUnit);
    expect(b.byAgency).toEqual(a.byAgency);
    expect(b.byPeriod).toEqual(a.byPeriod);
    expect(b.files.map((f) => [f.file, f.status, f.hash])).toEqual(
      a.files.map((f) => [f.file, f.status, f.hash]),
    );
    expect(b.files.every((f) => f.via === "nasjonal.xlsx")).toBe(true);
  });
});

describe("text from returned workbooks stays text", () => {
  const tricky = [
    "=1+1",
    "+47 22 00 00 00",
    "-5 stk",
    "@SUM(A1:A2)",
    "\tinnrykk",
    "\rretur",
    '=HYPERLINK("http://x")',
  ];

  it("in the written file, in a reader and in LibreOffice", () => {
    const snap = template({
      name: "tekst.xlsx",
      usage: tricky.map((t, i) => ({ ...usageRow("V122", i + 1), kommentar: t })),
      actors: [{ referanse: "=A1", status: "Ny" }],
    });
    const result = consolidate([{ file: "tekst.xlsx", hash: "t", snapshot: snap }], catalogue);
    const file = join(dir, "tekst-ut.xlsx");
    const bytes = writeXlsx(planConsolidatedWorkbook(result));
    writeFileSync(file, bytes);

    const back = readXlsx(bytes, "tekst-ut.xlsx");
    const samlet = back.sheets.find((s) => s.name === "Samlet")!;
    const header = samlet.rows[0]!.map(String);
    const comments = samlet.rows.slice(1).map((r) => r![header.indexOf("Kommentar")]);
    // Text is read once, trimmed (the one reading): a leading tab or carriage return does not survive.
    expect(comments.filter((c) => c !== null && c !== undefined)).toEqual(tricky.map((t) => t.trim()));
    expect(samlet.rows.some((r) => r?.[header.indexOf("Aktørreferanse")] === "=A1")).toBe(true);
    expect(samlet.formulas.flat().filter(Boolean)).toEqual([]);

    // The consolidated workbook holds values only: no formula element in any sheet.
    const zip = unzipSync(bytes);
    const sheets = Object.keys(zip).filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
    expect(sheets.length).toBe(7);
    for (const name of sheets) expect(strFromU8(zip[name])).not.toMatch(/<f[ >]/);

    const r = convertWithLibreOffice([file], CSV_ALL_SHEETS, join(dir, "csv"));
    expect(r.status).toBe(0);
    const csv = readFileSync(join(dir, "csv", "tekst-ut-Samlet.csv"), "utf8");
    expect(csv).toContain("=1+1");
    expect(csv).toContain("@SUM(A1:A2)");
    expect(csv).toContain(";=1+1;"); // shown as typed, not calculated
  });
});
