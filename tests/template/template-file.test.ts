/**
 * The generated template as a file: Microsoft's Open XML validator accepts it, LibreOffice opens and converts
 * it, and reading it back gives exactly the sheets, tables, headers, drop-downs and properties of REPORTING.md.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defaultCatalogue, instrumentsForAgency } from "../../src/catalogue";
import { MAX_ROWS, parseRange } from "../../src/core/a1";
import { generateSamples, planSample } from "../../src/core/samples";
import { readXlsx, writeXlsx } from "../../src/workbook/xlsx";
import bundled from "../../src/catalogue/data/catalogue-2026.1.json";
import { convertWithLibreOffice } from "./libreoffice";

const catalogue = defaultCatalogue();
const dir = mkdtempSync(join(tmpdir(), "akrim-template-file-"));
const agencies = catalogue.agencies.map((a) => a.id);
const files = new Map<string, string>();

/** Runs the template command as a user would, through the command line. */
const runTemplate = (...args: string[]) =>
  spawnSync(process.execPath, [require.resolve("tsx/cli"), "src/cli/main.ts", "template", ...args], {
    encoding: "utf8",
  });

beforeAll(() => {
  for (const agency of agencies) {
    // Written through the command line, as a user would.
    const file = join(dir, `ALT_${agency}_2026-T2.xlsx`);
    const r = runTemplate("--unit", "ALT", "--agency", agency, "--period", "2026-T2", "-o", file);
    if (r.status !== 0) throw new Error(r.stderr);
    files.set(agency, file);
  }
});

describe.each(agencies)("the %s template", (agency) => {
  it("passes Microsoft's Open XML validator (Microsoft 365) with zero errors", () => {
    const r = spawnSync(
      "node_modules/.bin/ooxml-validator",
      [files.get(agency)!, "--officeVersion", "Microsoft365"],
      {
        encoding: "utf8",
      },
    );
    const report = JSON.parse(r.stdout);
    expect(report.errors).toEqual([]);
    expect(r.status).toBe(0);
  });

  it("reads back with the sheets, tables, headers, drop-downs and properties of REPORTING.md", () => {
    const snap = readXlsx(readFileSync(files.get(agency)!), "t.xlsx");
    expect(snap.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["Forside", "visible"],
      ["Virkemiddelbruk", "visible"],
      ["Aktører", "visible"],
      ["Aksjoner", "visible"],
      ["Effekter", "visible"],
      ["Styringsparametre", "visible"],
      ["Katalog", "hidden"],
    ]);
    expect(snap.tables.map((t) => [t.name, t.sheet, t.headers])).toEqual(
      catalogue.template.tables.map((t) => [t.table, t.name, t.columns.map((c) => c.header)]),
    );
    expect(Object.fromEntries(snap.properties)).toEqual({
      AkrimRapporteringsenhet: "ALT",
      AkrimEtat: agency,
      AkrimPeriode: "2026-T2",
      AkrimInnsats: "A-krimsenter",
      AkrimMalversjon: "2026.2",
      AkrimKatalogversjon: "2026.2",
    });
    const cover = snap.sheets[0];
    expect(cover.rows.slice(0, 10).map((r) => r?.slice(0, 2))).toEqual([
      ["Felt", "Verdi"],
      ["Rapporteringsenhet", "ALT"],
      ["Etat", agency],
      ["Periode", "2026-T2"],
      ["Innsats", "A-krimsenter"],
      ["Malversjon", "2026.2"],
      ["Katalogversjon", "2026.2"],
      ["Kontakt"],
      ["Årsverk"],
      ["Status", "Utkast"],
    ]);
    // Innsats is a drop-down of the two parts; Årsverk a decimal of 0 or more.
    const part = cover.validations.find((v) => v.ref === "B5")!;
    expect(part.type).toBe("list");
    expect(part.formula1).toMatch(/^=?Katalog!\$[A-Z]+\$2:\$[A-Z]+\$3$/);
    expect(cover.validations.find((v) => v.ref === "B9")).toMatchObject({ type: "decimal", formula1: "0" });
    const usage = snap.sheets[1];
    const ids = instrumentsForAgency(catalogue, agency).map((i) => i.id);
    expect(usage.rows.slice(1, ids.length + 1).map((r) => r?.[0])).toEqual(ids);
    // Drop-downs: on the id, goal and grouping columns, bounded to the table body, from the Katalog sheet.
    const table = parseRange(snap.tables[0].ref)!;
    const lists = usage.validations.filter((v) => v.type === "list");
    expect(lists.map((v) => v.ref)).toEqual(["A", "C", "D"].map((c) => `${c}2:${c}${table.end.row + 1}`));
    for (const v of lists) expect(v.formula1).toMatch(/^=?Katalog!\$[A-Z]+\$2:\$[A-Z]+\$\d+$/);
    const katalog = snap.sheets[6];
    const idList = /\$([A-Z]+)\$2:\$[A-Z]+\$(\d+)/.exec(lists[0].formula1!)!;
    expect(idList[1]).toBe("A");
    expect(katalog.rows.slice(1, Number(idList[2])).map((r) => r?.[0])).toEqual(
      catalogue.instruments.map((i) => i.id),
    );
    for (const s of snap.sheets) {
      for (const v of s.validations) {
        for (const part of v.ref.split(" ")) expect(parseRange(part)!.end.row).toBeLessThan(MAX_ROWS - 1);
      }
    }
    const actors = snap.sheets[2];
    expect(actors.validations.filter((v) => v.type === "list").map((v) => v.ref.split(":")[0])).toEqual([
      "B2",
      "C2",
      "D2",
      "E2",
    ]);
    expect(snap.sheets[3].validations.find((v) => v.ref.startsWith("A2:"))!.type).toBe("date");
    expect(snap.notes.filter((n) => n.code !== "formula-without-value")).toEqual([]);
  });
});

it("opens and converts in LibreOffice without error, every agency's template", () => {
  const out = join(dir, "converted");
  const r = convertWithLibreOffice([...files.values()], "xlsx", out);
  expect(r.status).toBe(0);
  for (const agency of agencies) {
    const file = join(out, `ALT_${agency}_2026-T2.xlsx`);
    expect(existsSync(file)).toBe(true);
    const snap = readXlsx(readFileSync(file), "converted.xlsx");
    expect(snap.tables.map((t) => t.name)).toEqual(catalogue.template.tables.map((t) => t.table));
    // An empty template: counts are 0, shares are empty.
    const summary = snap.sheets.find((s) => s.name === "Styringsparametre")!;
    const value = (id: string) => summary.rows.find((r) => r?.[0] === id)?.[2] ?? null;
    expect(value("SP-ALL-01")).toBe(0);
    expect(value("SP-BM1-05") ?? "").toBe("");
    // The counted parameters and Årsverk: 0 or empty, never an error.
    for (const id of ["SP-BM1-07", "SP-BM2-04", "SP-BM2-05", "SP-BM2-06", "SP-INN-01"])
      expect([id, value(id)]).toEqual([id, 0]);
    for (const id of ["SP-BM1-08", "SP-BM1-09", "SP-BM1-10", "SP-INN-02"])
      expect([id, value(id) ?? ""]).toEqual([id, ""]);
  }
});

describe("the template command", () => {
  const run = runTemplate;

  it("refuses to overwrite an existing file unless --force", () => {
    const file = join(dir, "exists.xlsx");
    writeFileSync(file, "keep me");
    const args = ["--unit", "OSL", "--agency", "AT", "--period", "2026-T1", "-o", file];
    const r = run(...args);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("finnes allerede");
    expect(readFileSync(file, "utf8")).toBe("keep me");
    expect(run(...args, "--force").status).toBe(0);
    expect(readXlsx(readFileSync(file), "exists.xlsx").sheets).toHaveLength(7);
  });

  it("exits 2 with a message in the language asked for on an unknown unit, a missing option or an unknown option", () => {
    const unknown = run("--unit", "XYZ", "--agency", "AT", "--period", "2026", "-o", join(dir, "u.xlsx"));
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("Ukjent rapporteringsenhet «XYZ»");
    const english = run(
      "--unit",
      "XYZ",
      "--agency",
      "AT",
      "--period",
      "2026",
      "-o",
      join(dir, "u.xlsx"),
      "--lang",
      "en",
    );
    expect(english.status).toBe(2);
    expect(english.stderr).toContain("Unknown reporting unit “XYZ”");
    expect(existsSync(join(dir, "u.xlsx"))).toBe(false);
    const missing = run("--unit", "OSL", "--agency", "AT", "-o", join(dir, "m.xlsx"));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("Mangler --period (periode).");
    expect(run("--unit", "OSL", "--colour", "red").status).toBe(2);
  });

  it("writes the agency line's part with --part line, the only part LINJE takes", () => {
    const file = join(dir, "LINJE_AT_2026.xlsx");
    const base = ["--unit", "LINJE", "--agency", "AT", "--period", "2026", "-o", file];
    const centre = run(...base);
    expect(centre.status).toBe(2);
    expect(centre.stderr).toContain("--part line");
    expect(existsSync(file)).toBe(false);
    expect(run(...base, "--part", "line").status).toBe(0);
    const snap = readXlsx(readFileSync(file), "LINJE_AT_2026.xlsx");
    expect(snap.properties.get("AkrimInnsats")).toBe("Etatslinje");
    expect(snap.sheets[0].rows[4]?.slice(0, 2)).toEqual(["Innsats", "Etatslinje"]);
    const bad = run(
      "--unit",
      "OSL",
      "--agency",
      "AT",
      "--period",
      "2026",
      "--part",
      "senter",
      "-o",
      join(dir, "senter.xlsx"),
    );
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain(
      "--part må være centre (A-krimsenter) eller line (Etatslinje), ikke senter.",
    );
    expect(existsSync(join(dir, "senter.xlsx"))).toBe(false);
  });

  it("uses a catalogue given with --catalogue, and explains a broken one", () => {
    const broken = join(dir, "broken.json");
    writeFileSync(broken, "{ not json");
    const r = run(
      "--unit",
      "OSL",
      "--agency",
      "AT",
      "--period",
      "2026",
      "-o",
      join(dir, "b.xlsx"),
      "--catalogue",
      broken,
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("ikke gyldig JSON");
  });
});

const validate = (file: string) =>
  spawnSync("node_modules/.bin/ooxml-validator", [file, "--officeVersion", "Microsoft365"], {
    encoding: "utf8",
  });

it("writes filled samples, also one with a deleted column, that the Open XML validator accepts", () => {
  const samples = generateSamples(catalogue);
  for (const name of ["SVG_SKE_2026-T2.xlsx", "BOO_NAV_2026-T3.xlsx"]) {
    const sample = samples.find((s) => s.fileName === name)!;
    const file = join(dir, name);
    writeFileSync(file, writeXlsx(planSample(catalogue, sample)));
    const r = validate(file);
    expect([name, JSON.parse(r.stdout).errors]).toEqual([name, []]);
  }
});

it("follows a revised catalogue given with --catalogue", () => {
  const revised = JSON.parse(JSON.stringify(bundled));
  revised.version = "2027.1";
  revised.template.version = "2027.1";
  revised.instruments.find((i: { id: string }) => i.id === "V244").agencies.push("TOLL");
  const file = join(dir, "katalog-2027.1.json");
  writeFileSync(file, JSON.stringify(revised));
  const out = join(dir, "toll-2027.xlsx");
  const r = runTemplate(
    "--unit",
    "ALT",
    "--agency",
    "TOLL",
    "--period",
    "2027-T1",
    "--catalogue",
    file,
    "-o",
    out,
  );
  expect(r.status).toBe(0);
  const snap = readXlsx(readFileSync(out), "toll-2027.xlsx");
  expect(snap.sheets[1].rows[1]?.[0]).toBe("V244");
  expect(snap.sheets[1].rows[2]?.[0] ?? null).toBeNull();
  expect(snap.properties.get("AkrimKatalogversjon")).toBe("2027.1");
  expect(snap.properties.get("AkrimMalversjon")).toBe("2027.1");
});
