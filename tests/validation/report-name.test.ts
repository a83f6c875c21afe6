/** A check report's sheet is named after the workbook it is about, within Excel's rules for sheet names. */
import { defaultCatalogue } from "../../src/catalogue";
import { sheetNameFrom, sheetNameProblem } from "../../src/core/names";
import { reportSheetName } from "../../src/core/validation";

const catalogue = defaultCatalogue();
const of = (unit: string | null, agency: string | null, period: string | null, file = "fil.xlsx") =>
  reportSheetName(catalogue, { file, submission: { unit, agency, period } });

test("named by unit, agency and period", () => {
  expect(of("OSL", "NAV", "2026")).toBe("Kontroll Oslo NAV 2026");
  expect(of("BGO", "POL", "2026-T2")).toBe("Kontroll Bergen POL 2026-T2");
  expect(of("osl", "NAV", "2026")).toBe("Kontroll Oslo NAV 2026");
});

test("a unit whose name would make the sheet name too long is named by its id", () => {
  // "Kontroll Follo, Romerike og Østfold NAV 2026-T1" has 47 characters; Excel allows 31.
  expect(of("FRO", "NAV", "2026-T1")).toBe("Kontroll FRO NAV 2026-T1");
  // A unit outside the catalogue is named as written.
  expect(of("XYZ", "AT", "2026")).toBe("Kontroll XYZ AT 2026");
});

test("without an identity, named after the file", () => {
  expect(reportSheetName(catalogue, { file: "budsjett 2026.xlsx", submission: null })).toBe(
    "Kontroll budsjett 2026",
  );
  expect(of("OSL", null, "2026", "Oslo uten etat.xlsx")).toBe("Kontroll Oslo uten etat");
  // Characters Excel refuses become "-", and the name is cut to 31 characters.
  expect(reportSheetName(catalogue, { file: "rapport [endelig]: v2?.xlsx", submission: null })).toBe(
    "Kontroll rapport -endelig-- v2-",
  );
  const long = reportSheetName(catalogue, { file: `${"a".repeat(40)}.xlsx`, submission: null });
  expect(long).toBe(`Kontroll ${"a".repeat(22)}`);
  expect(long).toHaveLength(31);
});

test("sheetNameFrom gives names Excel accepts, or null", () => {
  for (const text of ["a/b\\c?d*e:f[g]h", "'sitat'", `${"x".repeat(30)} y`, "  to   mellomrom  "]) {
    const name = sheetNameFrom(text);
    expect([text, name !== null && sheetNameProblem(name)]).toEqual([text, null]);
  }
  expect(sheetNameFrom("'sitat'")).toBe("sitat");
  expect(sheetNameFrom("  to   mellomrom  ")).toBe("to mellomrom");
  expect(sheetNameFrom("''")).toBeNull();
  expect(sheetNameFrom("History")).toBeNull();
});
