/**
 * 2026.1 workbooks stay readable: each is checked and counted against the catalogue version it names, side by
 * side with 2026.2 ones, and where the versions place an instrument differently the consolidation says so.
 */
import bundled2026_1 from "../../src/catalogue/data/catalogue-2026.1.json";
import { defaultCatalogue } from "../../src/catalogue";
import { loadCatalogueOrThrow } from "../../src/catalogue/check";
import { consolidate, consolidationJson } from "../../src/core/consolidate";
import { generateSamples, planSample } from "../../src/core/samples";
import { validateWorkbook } from "../../src/core/validation";
import { rollupWorkbook } from "../../src/core/rollup";
import { readXlsx, writeXlsx } from "../../src/workbook/xlsx";
import { template } from "../rollup/fixtures";
import { dateToSerial } from "../../src/core/period";

const current = defaultCatalogue();
const old = loadCatalogueOrThrow(bundled2026_1);

describe("a 2026.1 workbook beside 2026.2 ones", () => {
  // V105 solidaransvar: BM1-TV-E in 2026.1, BM1-TV-I in 2026.2.
  const before = template(
    {
      name: "BGO_SKE_2026-T1.xlsx",
      unit: "BGO",
      agency: "SKE",
      period: "2026-T1",
      usage: [{ instrumentId: "V105", antall: 2, belop: 100 }],
      actions: [{ dato: dateToSerial("2026-02-02"), virksomheter: 3, personer: 4 }],
    },
    old,
  );
  const after = template(
    {
      name: "BGO_SKE_2026-T2.xlsx",
      unit: "BGO",
      agency: "SKE",
      period: "2026-T2",
      usage: [{ instrumentId: "V105", antall: 3, belop: 50 }],
    },
    current,
  );

  it("validates against the version it names: no errors, and a warning that the version is older", () => {
    const findings = validateWorkbook(before, current);
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    // 2026.1 has no Innsats, Årsverk or Aksjons-ID: their absence is no finding.
    expect(findings.map((f) => f.rule).sort()).toEqual(["version.older", "version.older"]);
  });

  it("is counted by its own catalogue, and the difference is reported, not mapped", () => {
    const inputs = [before, after].map((snapshot) => ({
      file: snapshot.name,
      hash: snapshot.name,
      snapshot,
      findings: validateWorkbook(snapshot, current),
    }));
    const json = consolidationJson(consolidate(inputs, current));
    const value = (id: string) => json.parameters.find((p) => p.id === id)!.value;
    // 2026.1: V105's 100 kr under BM1-TV-E; 2026.2: V105's 50 kr under BM1-TV-I.
    expect(value("SP-BM1-03")).toBe(100);
    expect(value("SP-BM1-04")).toBe(50);
    expect(value("SP-ALL-01")).toBe(5);
    // A 2026.1 workbook is a centre's return; its actions count without an Aksjons-ID column.
    expect(json.files.map((f) => f.submission.part)).toEqual(["A-krimsenter", "A-krimsenter"]);
    expect(value("SP-BM2-05")).toBe(3);
    const oldFile = json.files.find((f) => f.file === "BGO_SKE_2026-T1.xlsx")!;
    const diff = oldFile.findings.filter((f) => f.rule === "consolidate.version-difference");
    expect(diff).toHaveLength(1);
    expect(diff[0].message).toContain("V105");
    expect(diff[0].message).toContain("BM1-TV-E");
    expect(diff[0].message).toContain("BM1-TV-I");
    expect(json.files.find((f) => f.file === "BGO_SKE_2026-T2.xlsx")!.findings).toEqual([]);
  });

  it("rolls up alone by its own catalogue too", () => {
    const own = rollupWorkbook(before, current).json.parameters;
    expect(own.find((p) => p.id === "SP-BM1-03")!.value).toBe(100);
    expect(own.find((p) => p.id === "SP-BM1-04")!.value).toBe(0);
  });
});

describe("today's 2026.1 sample files", () => {
  const samples = generateSamples(old).filter(
    (s) => s.mistakes.length === 0 && s.identity.unit === "BGO" && s.identity.period === "2026-T1",
  );
  const files = samples.map((s) => {
    const snapshot = readXlsx(writeXlsx(planSample(old, s)), s.fileName);
    return { file: s.fileName, hash: s.fileName, snapshot };
  });

  it("still validate without an error", () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const f of files) {
      const errors = validateWorkbook(f.snapshot, current).filter((x) => x.severity === "error");
      expect(errors.map((e) => `${f.file}: ${e.rule} ${e.cell}`)).toEqual([]);
    }
  });

  it("consolidate with 2026.2 returns of the next tertial, every file counted", () => {
    const next = generateSamples(current)
      .filter((s) => s.mistakes.length === 0 && s.identity.unit === "BGO" && s.identity.period === "2026-T2")
      .map((s) => ({
        file: s.fileName,
        hash: s.fileName,
        snapshot: readXlsx(writeXlsx(planSample(current, s)), s.fileName),
      }));
    const inputs = [...files, ...next].map((f) => ({
      ...f,
      findings: validateWorkbook(f.snapshot, current),
    }));
    const result = consolidate(inputs, current);
    expect(result.entries.every((e) => e.treatment === "counted")).toBe(true);
    expect(result.versions.map((v) => v.catalogueVersion)).toEqual(["2026.1", "2026.2"]);
    // Each file's usage counts by its own catalogue: the total is the sum of the files' own roll-ups.
    const own = inputs.map((i) => rollupWorkbook(i.snapshot, current).json.parameters);
    const sum = own.reduce((s, p) => s + (p.find((x) => x.id === "SP-ALL-01")!.value ?? 0), 0);
    expect(consolidationJson(result).parameters.find((p) => p.id === "SP-ALL-01")!.value).toBe(sum);
  });
});
