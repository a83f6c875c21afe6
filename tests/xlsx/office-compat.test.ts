/**
 * Files the writer produces must pass Microsoft's Open XML validator and open in LibreOffice, which also
 * computes their formulas (no cached values are written). And the reader must read what LibreOffice writes.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Edit } from "../../src/core/model/edit";
import { cellAt, findSheet, formulaAt } from "../../src/core/model/snapshot";
import { readXlsx, writeXlsx } from "../../src/workbook/xlsx";
import { parts } from "./craft";
import { everyEdit } from "./fixtures";

const dir = mkdtempSync(join(tmpdir(), "xlsx-compat-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function validate(file: string): { ok: boolean; errors: { description: string; path?: string }[] } {
  try {
    return JSON.parse(
      execFileSync("npx", ["ooxml-validator", file, "--officeVersion", "Microsoft365"], { encoding: "utf8" }),
    );
  } catch (e) {
    const out = (e as { stdout?: string }).stdout ?? "";
    return JSON.parse(out || '{"ok":false,"errors":[{"description":"validator did not run"}]}');
  }
}

function soffice(args: string[]): void {
  execFileSync(
    "soffice",
    ["--headless", "--norestore", `-env:UserInstallation=file://${join(dir, "profile")}`, ...args],
    { stdio: "pipe", timeout: 90_000 },
  );
}

const templateLike: Edit[] = [
  { kind: "addSheet", sheet: "Forside" },
  { kind: "addSheet", sheet: "Virkemiddelbruk" },
  {
    kind: "setValues",
    sheet: "Forside",
    address: "A1",
    values: [
      ["Felt", "Verdi"],
      ["Periode", "2026-T1"],
    ],
  },
  {
    kind: "setValues",
    sheet: "Virkemiddelbruk",
    address: "A1",
    values: [
      ["Virkemiddel", "Antall", "Dato"],
      ...Array.from({ length: 200 }, (_, i) => [`V${i % 7}`, i, 46023 + i]),
    ],
  },
  { kind: "addTable", sheet: "Virkemiddelbruk", name: "tblVirkemiddelbruk", range: "A1:C201" },
  { kind: "setNumberFormat", sheet: "Virkemiddelbruk", range: "C2:C1048576", format: "dd.mm.yyyy" },
  {
    kind: "setValidation",
    sheet: "Virkemiddelbruk",
    range: "A2:A1048576",
    rule: { type: "list", source: "V0,V1,V2" },
  },
  { kind: "freezeRows", sheet: "Virkemiddelbruk", rows: 1 },
  {
    kind: "setValues",
    sheet: "Forside",
    address: "A4",
    values: [["Sum", { formula: "=SUM(tblVirkemiddelbruk[Antall])" }]],
  },
];

describe("files written by writeXlsx", () => {
  it.each([
    ["every edit kind", everyEdit()],
    ["a template-sized workbook", templateLike],
    ["an empty one-sheet workbook", [{ kind: "addSheet", sheet: "Ark1" }] as Edit[]],
    [
      "table headers with line breaks, quotes and _x escapes",
      [
        { kind: "addSheet", sheet: "Data" },
        {
          kind: "setValues",
          sheet: "Data",
          address: "A1",
          values: [
            ["Antall\nkontroller", 'Etat "A" & <B>', "_x0041_", 7],
            [1, 2, 3, 4],
          ],
        },
        { kind: "addTable", sheet: "Data", name: "tblData", range: "A1:D2" },
        {
          kind: "setValues",
          sheet: "Data",
          address: "F1",
          values: [[{ formula: "=SUM(tblData[7])" }]],
        },
      ] as Edit[],
    ],
  ])("pass Microsoft's Open XML validator with zero errors: %s", (_, edits) => {
    const file = join(
      dir,
      `valid-${edits.length}-${edits[0]?.kind === "addSheet" ? edits[0].sheet : ""}.xlsx`,
    );
    writeFileSync(file, writeXlsx(edits));
    const result = validate(file);
    expect(result.errors).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it("convert in LibreOffice, which computes the formulas (structured references, _xlfn functions)", () => {
    const file = join(dir, "alle.xlsx");
    writeFileSync(file, writeXlsx(everyEdit()));
    // Token 9 = true: cells as shown (number formats applied); token 12 = -1: one CSV per sheet.
    soffice([
      "--convert-to",
      "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1",
      "--outdir",
      join(dir, "csv"),
      file,
    ]);
    const csvs = readdirSync(join(dir, "csv"));
    const aktorer = csvs.find((f) => f.includes("Akt"))!;
    const lines = readFileSync(join(dir, "csv", aktorer), "utf8")
      .trim()
      .split("\n");
    expect(lines[0]).toBe("Navn,Antall,Dato,Virkemiddel,Sum,Andel");
    expect(lines[1]).toBe("=cmd|' /C calc'!A0,3,2026-01-01,Kontroll,6,25.0%");
    expect(lines[2].split(",").slice(4, 5)).toEqual(["9"]);
    expect(lines[3].split(",")[4]).toBe("6.5"); // SUM(tblAktorer[Antall]) = 3 + 4.5 - 1 + 0
    expect(lines[4].split(",")[4]).toBe("3"); // IFNA(MATCH(...)) found Veiledning in row 3 of the list
    const rapport = csvs.find((f) => f.includes("Rapport"))!;
    expect(readFileSync(join(dir, "csv", rapport), "utf8")).toContain(",4,1"); // Aktører!B2 (3) + C2 of the same sheet (1)
  });
});

describe("readXlsx on a workbook written by LibreOffice", () => {
  it("reads values, formulas with their computed results, tables and hidden sheets", () => {
    const file = join(dir, "mal.xlsx");
    writeFileSync(file, writeXlsx(everyEdit()));
    soffice(["--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", join(dir, "lo"), file]);
    const loBytes = new Uint8Array(readFileSync(join(dir, "lo", "mal.xlsx")));
    const snap = readXlsx(loBytes, "mal.xlsx");
    // LibreOffice kept the highlight's note as a cell comment
    const comments = Object.entries(parts(loBytes)).filter(([k]) => /comments\d*\.xml$/.test(k));
    expect(comments.map(([, xml]) => xml).join("")).toContain("For høyt");
    expect(snap.sheets.map((s) => s.name)).toEqual([
      "Forside",
      "Aktører",
      "Katalog",
      "Oppsett",
      "Rapport 'T1' æøå ÆØÅ 2026 ok",
    ]);
    expect(findSheet(snap, "Katalog")!.visibility).toBe("hidden");
    const s = findSheet(snap, "Aktører")!;
    expect(s.rows[0]).toEqual(["Navn", "Antall", "Dato", "Virkemiddel", "Sum", "Andel"]);
    expect(cellAt(s, 1, 0)).toBe("=cmd|' /C calc'!A0");
    expect(formulaAt(s, 1, 0)).toBeUndefined();
    expect(cellAt(s, 2, 1)).toBe(4.5);
    expect(formulaAt(s, 2, 4)).toBe("B3*2");
    expect(cellAt(s, 2, 4)).toBe(9);
    expect(cellAt(s, 3, 4)).toBe(6.5);
    expect(formulaAt(s, 3, 4)).toMatch(/^SUM\(/);
    expect(snap.tables).toEqual([
      expect.objectContaining({
        name: "tblAktorer",
        sheet: "Aktører",
        ref: "A1:F5",
        headers: ["Navn", "Antall", "Dato", "Virkemiddel", "Sum", "Andel"],
      }),
    ]);
    expect(s.validations.map((v) => v.type).sort()).toEqual(["date", "decimal", "list", "wholeNumber"]);
    expect(snap.properties.get("Rapporteringsenhet")).toBe("Oslo & Akershus <øst>");
    expect(snap.properties.get("Ferdig")).toBe(true);
  });
});
