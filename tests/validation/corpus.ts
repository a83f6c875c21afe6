/**
 * The corpus of planted mistakes: each case changes a clean filled template and names every finding the
 * change must produce (rule, sheet, cell, severity). Used at snapshot level and, through the .xlsx writer
 * and reader, on real files.
 */
import { defaultCatalogue, instrumentsForAgency } from "../../src/catalogue";
import type { Severity } from "../../src/core/model/edit";
import type { WorkbookSnapshot } from "../../src/core/model/snapshot";
import { dateToSerial } from "../../src/core/period";
import { filledTemplate, setCell, sheetOf } from "./fixtures";

const defaultTemplate = () => filledTemplate();

export interface Expected {
  rule: string;
  severity: Severity;
  sheet: string | null;
  cell: string | null;
  /** The finding's value, when it matters (masking). */
  value?: string | null;
}

export interface CorpusCase {
  name: string;
  /** Options for the clean template the case starts from. */
  agency?: string;
  period?: string;
  mutate(wb: WorkbookSnapshot): void;
  expect: Expected[];
}

const U = "Virkemiddelbruk";
const AK = "Aktører";
const AS = "Aksjoner";
const EF = "Effekter";
const F = "Forside";

const e = (
  rule: string,
  severity: Severity,
  sheet: string | null,
  cell: string | null,
  value?: string | null,
): Expected => ({
  rule,
  severity,
  sheet,
  cell,
  ...(value !== undefined ? { value } : {}),
});

/** The sheet row of V125 (grouping BM1-ST) in a SKE template: one row per instrument in catalogue order. */
const V125_ROW = instrumentsForAgency(defaultCatalogue(), "SKE").findIndex((i) => i.id === "V125") + 2;

// SKE's first instruments in catalogue order: row 2 V101 (BM1-TV-E), row 3 V102, row 4 V105, row 5 V106,
// row 6 V107, row 7 V113 (BM1-TV-I) ... and V125 (BM1-ST) further down.
export const CORPUS: CorpusCase[] = [
  {
    name: "typo in an instrument id (V1O1)",
    mutate: (wb) => setCell(wb, U, "A3", "V1O1"),
    // V101 is already on row 2, but the typo is unknown, so no duplicate.
    expect: [e("usage.unknown-instrument", "error", U, "A3", "V1O1")],
  },
  {
    name: "an instrument name typed into the id column",
    mutate: (wb) => setCell(wb, U, "A2", "avdekkingskontroll"),
    expect: [e("usage.unknown-instrument", "error", U, "A2")],
  },
  {
    name: "an instrument id in lower case",
    mutate: (wb) => setCell(wb, U, "A2", "v101 "),
    expect: [e("cell.read-as", "warning", U, "A2", "v101 ")],
  },
  {
    name: "numbers without an instrument id",
    mutate: (wb) => setCell(wb, U, "A2", null),
    expect: [e("usage.missing-instrument-id", "error", U, "A2")],
  },
  {
    name: "goal and grouping that do not match the instrument",
    mutate: (wb) => {
      setCell(wb, U, "C2", "BM2");
      setCell(wb, U, "D2", "BM1-ST");
    },
    expect: [e("usage.goal-mismatch", "error", U, "C2"), e("usage.grouping-mismatch", "error", U, "D2")],
  },
  {
    name: "an instrument name that does not match its id",
    mutate: (wb) => setCell(wb, U, "B2", "utlegg"),
    expect: [e("usage.name-mismatch", "warning", U, "B2")],
  },
  {
    name: "an instrument the agency does not use (reconstructed mapping)",
    mutate: (wb) => {
      const s = sheetOf(wb, U);
      s.rows[1] = ["V103", "bot (domfellelse)", "BM1", "BM1-TV-E", 3, 0, 1, 15000, null];
    },
    expect: [e("usage.agency-mismatch", "warning", U, "A2")],
  },
  {
    name: "an instrument listed twice",
    mutate: (wb) => {
      const s = sheetOf(wb, U);
      s.rows[2] = [...(s.rows[1] as never[])];
    },
    expect: [e("usage.duplicate-instrument", "warning", U, "A3")],
  },
  {
    name: "Herav larger than Antall",
    mutate: (wb) => {
      setCell(wb, U, "E2", 5);
      setCell(wb, U, "F2", 6);
      setCell(wb, U, "G2", 9);
    },
    expect: [
      e("usage.herav-exceeds-antall", "error", U, "F2"),
      e("usage.herav-exceeds-antall", "error", U, "G2"),
    ],
  },
  {
    name: "negative and fractional counts",
    mutate: (wb) => {
      setCell(wb, U, "E2", -3);
      setCell(wb, U, "F2", 0);
      setCell(wb, U, "G2", 0);
      setCell(wb, U, "E3", 2.5);
      setCell(wb, U, "F3", 0);
      setCell(wb, U, "G3", 0);
    },
    expect: [e("cell.negative", "error", U, "E2"), e("cell.not-whole", "error", U, "E3")],
  },
  {
    name: "numbers written as text",
    mutate: (wb) => {
      setCell(wb, U, "E2", "12 stk");
      setCell(wb, U, "F2", "1 234");
      setCell(wb, U, "G2", null);
      setCell(wb, U, "H2", "kr 1 500,50");
    },
    expect: [
      e("cell.text-number", "error", U, "E2", "12 stk"),
      e("cell.text-number", "error", U, "F2"),
      e("cell.text-number", "error", U, "H2"),
    ],
  },
  {
    name: "text that is no number at all",
    mutate: (wb) => setCell(wb, U, "E2", "mange"),
    expect: [e("cell.not-a-number", "error", U, "E2")],
  },
  {
    name: "an amount on a grouping outside «Ta verdier»",
    mutate: (wb) => {
      const s = sheetOf(wb, U);
      const r = s.rows.findIndex((x) => x?.[0] === "V125");
      s.rows[r]![7] = 25000;
    },
    expect: [e("usage.amount-unexpected", "warning", U, `H${V125_ROW}`)],
  },
  {
    name: "Excel error values",
    mutate: (wb) => {
      setCell(wb, U, "E2", { error: "#N/A" });
      setCell(wb, U, "F2", 0);
      setCell(wb, U, "G2", 0);
      setCell(wb, U, "B3", { error: "#REF!" });
    },
    expect: [
      e("cell.excel-error", "error", U, "E2", "#N/A"),
      e("cell.excel-error", "error", U, "B3", "#REF!"),
    ],
  },
  {
    name: "a formula where a value is expected",
    mutate: (wb) => {
      const s = sheetOf(wb, U);
      s.formulas[1] = [];
      s.formulas[1]![4] = "10+5";
      setCell(wb, U, "E2", 15);
      setCell(wb, U, "F2", 3);
      setCell(wb, U, "G2", 2);
    },
    expect: [e("cell.formula", "info", U, "E2")],
  },
  {
    name: "a national identity number in a comment",
    mutate: (wb) => setCell(wb, U, "I2", "gjelder 15108695088"),
    expect: [e("privacy.national-id", "error", U, "I2", "gjelder 151086*****")],
  },
  {
    name: "a D-number as a number on a hidden sheet and an H-number with a space on Forside",
    mutate: (wb) => {
      setCell(wb, "Katalog", "C5", 45038512345 - 12345 + checkTail("450385")); // valid D-number
      setCell(wb, F, "B8", `Kontakt ${hNumber()}`);
    },
    expect: [e("privacy.national-id", "error", "Katalog", "C5"), e("privacy.national-id", "error", F, "B8")],
  },
  {
    name: "a person's name as actor reference",
    mutate: (wb) => setCell(wb, AK, "A2", "Ola Nordmann"),
    expect: [e("privacy.name-like-reference", "warning", AK, "A2")],
  },
  {
    name: "list values: wrong case, unknown, empty",
    mutate: (wb) => {
      setCell(wb, AK, "C2", "aktiv");
      setCell(wb, AK, "D3", "Mindre");
      setCell(wb, AK, "B4", null);
    },
    expect: [
      e("cell.read-as", "warning", AK, "C2"),
      e("cell.invalid-value", "error", AK, "D3"),
      e("cell.missing-value", "warning", AK, "B4"),
    ],
  },
  {
    name: "unknown agencies in agency lists",
    mutate: (wb) => {
      setCell(wb, AK, "F2", "SKE, Skatt");
      setCell(wb, AS, "B3", "POL; KRIPOS");
      setCell(wb, AS, "B2", "at, nav");
    },
    expect: [
      e("cell.unknown-agency", "error", AK, "F2"),
      e("cell.unknown-agency", "error", AS, "B3"),
      e("cell.read-as", "warning", AS, "B2"),
    ],
  },
  {
    name: "dates outside the period, as text, and invalid",
    mutate: (wb) => {
      setCell(wb, AS, "A2", dateToSerial("2025-12-31"));
      setCell(wb, AS, "A3", "15.03.2026");
      wb.sheets.find((s) => s.name === AS)!.rows.push(["31.02.2026", "AT", 1, 1, null]);
      wb.tables.find((t) => t.name === "tblAksjoner")!.ref = "A1:E4";
    },
    expect: [
      e("cell.date-outside-period", "error", AS, "A2"),
      e("cell.text-date", "warning", AS, "A3"),
      e("cell.invalid-date", "error", AS, "A4"),
    ],
  },
  {
    name: "a tertial period: dates in another tertial",
    period: "2026-T2",
    mutate: (wb) => setCell(wb, AS, "A2", dateToSerial("2026-04-30")),
    expect: [e("cell.date-outside-period", "error", AS, "A2")],
  },
  {
    name: "counts in Aksjoner",
    mutate: (wb) => {
      setCell(wb, AS, "C2", -1);
      setCell(wb, AS, "D2", "ca. 40");
    },
    expect: [e("cell.negative", "error", AS, "C2"), e("cell.text-number", "error", AS, "D2")],
  },
  {
    name: "effect indicators: unknown id, goal, target equal to baseline, duplicate",
    mutate: (wb) => {
      setCell(wb, EF, "A2", "EI-BM1-O1");
      setCell(wb, EF, "C3", "BM3");
      setCell(wb, EF, "F4", 32);
      setCell(wb, EF, "E4", 32);
      wb.sheets
        .find((s) => s.name === EF)!
        .rows.push(["EI-BM1-02", "x", "BM1", "prosent", 1, 2, 3, null, null]);
      wb.tables.find((t) => t.name === "tblEffekter")!.ref = "A1:I5";
    },
    expect: [
      e("effects.unknown-indicator", "error", EF, "A2"),
      e("effects.goal-mismatch", "warning", EF, "C3"),
      e("effects.target-equals-baseline", "warning", EF, "F4"),
      e("effects.duplicate-indicator", "warning", EF, "A5"),
    ],
  },
  {
    name: "a renamed column and a moved column",
    mutate: (wb) => {
      const s = sheetOf(wb, U);
      s.rows[0]![4] = "Antal";
      // swap Brukermål (C) and Gruppering (D): Gruppering is reported as moved to C
      for (const row of s.rows) if (row) [row[2], row[3]] = [row[3], row[2]];
      wb.tables[0].headers = s.rows[0]!.map(String);
    },
    expect: [e("structure.renamed-column", "error", U, "E1"), e("structure.moved-column", "info", U, "C1")],
  },
  {
    name: "a missing column",
    mutate: (wb) => {
      const s = sheetOf(wb, U);
      for (const row of s.rows) if (row) row.splice(5, 1); // Herav tverretatlig
      wb.tables[0].ref = wb.tables[0].ref.replace("I", "H");
    },
    expect: [e("structure.missing-column", "error", U, null)],
  },
  {
    name: "a missing comment column, a duplicate header and a column of the user's own",
    mutate: (wb) => {
      const s = sheetOf(wb, U);
      for (const row of s.rows) if (row) row.splice(8, 1, null, null);
      s.rows[0]![8] = "Antall";
      s.rows[0]![9] = "Egen merknad";
      wb.tables[0].ref = wb.tables[0].ref.replace(":I", ":J");
    },
    expect: [
      e("structure.missing-optional-column", "warning", U, null),
      e("structure.duplicate-column", "warning", U, "I1"),
      e("structure.extra-column", "info", U, "J1"),
    ],
  },
  {
    name: "a sheet without the template's headers",
    mutate: (wb) => {
      const s = sheetOf(wb, EF);
      s.rows = [["Noe helt annet"], ["x"]];
      wb.tables = wb.tables.filter((t) => t.name !== "tblEffekter");
    },
    expect: [
      e("structure.missing-header-row", "error", EF, null),
      e("structure.missing-table", "warning", EF, null),
    ],
  },
  {
    name: "Forside without the Kontakt field and with an empty template version",
    mutate: (wb) => {
      const s = sheetOf(wb, F);
      s.rows[7] = [];
      setCell(wb, F, "B6", null);
      wb.properties.delete("AkrimMalversjon");
    },
    expect: [e("cover.missing-optional-field", "warning", F, null), e("version.missing", "warning", F, "B6")],
  },
  {
    name: "no Excel table: data found by headers",
    mutate: (wb) => {
      wb.tables = wb.tables.filter((t) => t.name !== "tblAktorer");
    },
    expect: [e("structure.missing-table", "warning", AK, "A1")],
  },
  {
    name: "a renamed sheet with its table",
    mutate: (wb) => {
      sheetOf(wb, AS).name = "Aksjoner 2026";
      wb.tables.find((t) => t.name === "tblAksjoner")!.sheet = "Aksjoner 2026";
    },
    expect: [e("structure.renamed-sheet", "warning", "Aksjoner 2026", null)],
  },
  {
    name: "a renamed sheet without its table",
    mutate: (wb) => {
      sheetOf(wb, EF).name = "Effekt";
      wb.tables = wb.tables.filter((t) => t.name !== "tblEffekter");
    },
    expect: [
      e("structure.renamed-sheet", "warning", "Effekt", null),
      e("structure.missing-table", "warning", "Effekt", "A1"),
    ],
  },
  {
    name: "a renamed cover sheet is found by its labels",
    mutate: (wb) => {
      sheetOf(wb, F).name = "Forside T2";
    },
    expect: [e("structure.renamed-sheet", "warning", "Forside T2", null)],
  },
  {
    name: "a missing sheet",
    mutate: (wb) => {
      wb.sheets = wb.sheets.filter((s) => s.name !== AK);
      wb.tables = wb.tables.filter((t) => t.name !== "tblAktorer");
    },
    expect: [e("structure.missing-sheet", "error", AK, null)],
  },
  {
    name: "rows below the table are not counted",
    mutate: (wb) => {
      sheetOf(wb, AS).rows.push([], [dateToSerial("2026-05-02"), "AT", 3, 4, null]);
    },
    expect: [e("structure.rows-outside-table", "error", AS, "A5")],
  },
  {
    name: "hidden sheet, hidden rows, merged cells",
    mutate: (wb) => {
      const s = sheetOf(wb, AK);
      s.visibility = "hidden";
      s.hiddenRows = [2];
      s.merges = ["F2:G3"];
    },
    expect: [
      e("structure.hidden-sheet", "warning", AK, null),
      e("structure.hidden-rows", "info", AK, "A3"),
      e("structure.merged-cells", "warning", AK, "F2"),
    ],
  },
  {
    name: "Forside: unknown unit and agency, invalid period",
    mutate: (wb) => {
      setCell(wb, F, "B2", "Oslo");
      setCell(wb, F, "B3", "Skatteetaten");
      setCell(wb, F, "B4", "2026-T4");
      wb.properties.clear();
    },
    expect: [
      e("cover.unknown-unit", "error", F, "B2"),
      e("cover.unknown-agency", "error", F, "B3"),
      e("cover.invalid-period", "error", F, "B4"),
      e("cover.no-properties", "info", null, null),
    ],
  },
  {
    name: "Forside: a centre reporting for a year before it existed",
    period: "2020",
    mutate: (wb) => {
      setCell(wb, F, "B2", "ALT");
      wb.properties.set("AkrimRapporteringsenhet", "ALT");
    },
    expect: [e("cover.before-since", "warning", F, "B2")],
  },
  {
    name: "Forside disagrees with the document properties",
    mutate: (wb) => {
      wb.properties.set("AkrimRapporteringsenhet", "BGO");
    },
    expect: [e("cover.property-mismatch", "error", F, "B2")],
  },
  {
    name: "Forside: empty period, older template, unknown catalogue version, odd status",
    mutate: (wb) => {
      setCell(wb, F, "B4", null);
      wb.properties.delete("AkrimPeriode");
      setCell(wb, F, "B6", "2025.1");
      wb.properties.set("AkrimMalversjon", "2025.1");
      setCell(wb, F, "B7", "2027.3");
      wb.properties.set("AkrimKatalogversjon", "2027.3");
      setCell(wb, F, "B10", "Ferdig");
    },
    expect: [
      e("cover.missing-field", "error", F, "B4"),
      e("version.older", "warning", F, "B6"),
      e("version.unknown", "error", F, "B7"),
      e("cover.invalid-status", "warning", F, "B10"),
    ],
  },
  {
    name: "a status in lower case on Forside",
    mutate: (wb) => setCell(wb, F, "B10", "innsendt"),
    expect: [e("cell.wrong-case", "warning", F, "B10")],
  },
  {
    name: "Forside: an unknown part of the effort, and text in Årsverk",
    mutate: (wb) => {
      setCell(wb, F, "B5", "Begge");
      wb.properties.set("AkrimInnsats", "Begge");
      setCell(wb, F, "B9", "to og en halv");
    },
    expect: [e("cover.invalid-part", "error", F, "B5"), e("cover.invalid-person-years", "error", F, "B9")],
  },
  {
    name: "Forside: LINJE reported as a centre's work",
    mutate: (wb) => {
      setCell(wb, F, "B2", "LINJE");
      wb.properties.set("AkrimRapporteringsenhet", "LINJE");
    },
    expect: [e("cover.line-unit-part", "error", F, "B5")],
  },
  {
    name: "Forside: the part and Årsverk typed in other words are understood",
    mutate: (wb) => {
      setCell(wb, F, "B5", "senter");
      wb.properties.set("AkrimInnsats", "senter");
      setCell(wb, F, "B9", "2,5");
    },
    expect: [e("cell.read-as", "warning", F, "B5", "senter"), e("cell.read-as", "warning", F, "B9", "2,5")],
  },
  {
    name: "Tolletaten: one note for the workbook, not a warning per row",
    agency: "TOLL",
    mutate: (wb) => {
      const s = sheetOf(wb, U);
      s.rows.push(["V244", "kontroll av personer", "BM2", "BM2-SY", 4, 1, 0, null, null]);
      s.rows.push(["V111", "beslag", "BM1", "BM1-TV-I", 2, 0, 0, null, null]);
      wb.tables.find((t) => t.name === "tblVirkemiddelbruk")!.ref = `A1:I${s.rows.length}`;
    },
    expect: [e("usage.agency-without-instruments", "info", U, null, "TOLL")],
  },
  {
    name: "a typed Sum row under the instruments, and a table's totals row",
    mutate: (wb) => {
      const s = sheetOf(wb, U);
      s.rows.push(["Sum", null, null, null, 999, 99, 9, null, null]);
      const t = wb.tables.find((x) => x.name === "tblVirkemiddelbruk")!;
      t.ref = `A1:I${s.rows.length}`;
      const a = sheetOf(wb, AS);
      a.rows.push([null, null, 20, 49, null]);
      const ta = wb.tables.find((x) => x.name === "tblAksjoner")!;
      ta.ref = `A1:F${a.rows.length}`;
      ta.totalsRow = true;
    },
    expect: [
      e("cell.total-row", "warning", U, `A${sheetOf(defaultTemplate(), U).rows.length + 1}`, "Sum"),
      e("cell.total-row", "warning", AS, "A4", null),
    ],
  },
  {
    name: "an invalid period without a year: the dates cannot be checked",
    mutate: (wb) => {
      setCell(wb, F, "B4", "siste tertial");
      wb.properties.set("AkrimPeriode", "siste tertial");
    },
    expect: [e("cover.invalid-period", "error", F, "B4"), e("cell.dates-not-checked", "warning", AS, null)],
  },
  {
    name: "an invalid period with a year: the dates are checked against that year",
    mutate: (wb) => {
      setCell(wb, F, "B4", "2026-T4");
      wb.properties.set("AkrimPeriode", "2026-T4");
      setCell(wb, AS, "A2", dateToSerial("2025-12-31"));
    },
    expect: [e("cover.invalid-period", "error", F, "B4"), e("cell.date-outside-period", "error", AS, "A2")],
  },
  {
    name: "an effect given as a fraction against a baseline in percent",
    mutate: (wb) => setCell(wb, EF, "G2", 0.45),
    expect: [e("effects.scale", "warning", EF, "G2")],
  },
  {
    name: "one actor on two rows with different values; one action id on two rows with different figures",
    mutate: (wb) => {
      setCell(wb, AK, "A3", "osl-2026-001 ");
      setCell(wb, AS, "F2", "OSL-A1");
      setCell(wb, AS, "F3", "OSL-A1");
    },
    expect: [
      e("actors.disagreement", "warning", AK, "A2"),
      e("actors.disagreement", "warning", AK, "A3"),
      e("actions.disagreement", "warning", AS, "F2"),
      e("actions.disagreement", "warning", AS, "F3"),
    ],
  },
  {
    name: "reader notes become findings",
    mutate: (wb) => {
      wb.notes.push(
        {
          code: "whole-column-validation",
          sheet: U,
          ref: "E:E",
          detail: "Nedtrekksliste over hele kolonnen.",
        },
        { code: "string-truncated", sheet: AK, ref: "G2", detail: "Teksten var 100 000 tegn." },
      );
    },
    expect: [
      e("read.whole-column-validation", "warning", U, "E1"),
      e("read.string-truncated", "warning", AK, "G2"),
    ],
  },
  {
    name: "combined: typo, text number, identity number and wrong date in one workbook",
    mutate: (wb) => {
      setCell(wb, U, "A3", "V1O2");
      setCell(wb, U, "E4", "7 stk");
      setCell(wb, AK, "G3", "Daglig leder 311299 56715");
      setCell(wb, AS, "A3", dateToSerial("2027-01-02"));
    },
    expect: [
      e("usage.unknown-instrument", "error", U, "A3"),
      e("cell.text-number", "error", U, "E4"),
      e("privacy.national-id", "error", AK, "G3", "Daglig leder 311299 *****"),
      e("cell.date-outside-period", "error", AS, "A3"),
    ],
  },
];

/** Last five digits that make a valid D-number of the first six (individual number 100 and up). */
function checkTail(six: string): number {
  const w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
  const w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  for (let i = 100; i < 500; i++) {
    const d = (six + String(i)).split("").map(Number);
    const k1 = (11 - (w1.reduce((s, w, j) => s + w * d[j], 0) % 11)) % 11;
    if (k1 === 10) continue;
    d.push(k1);
    const k2 = (11 - (w2.reduce((s, w, j) => s + w * d[j], 0) % 11)) % 11;
    if (k2 === 10) continue;
    return i * 100 + k1 * 10 + k2;
  }
  throw new Error("no tail");
}

/** A valid H-number (15.12.1986 + 40 on the month) written with a space. */
function hNumber(): string {
  const tail = String(checkTail("155286")).padStart(5, "0");
  return `155286 ${tail}`;
}
