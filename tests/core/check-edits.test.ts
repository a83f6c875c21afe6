/**
 * One check of an edit list for both adapters: the .xlsx writer and the Office.js applier refuse the same bad
 * lists with the same code and message, and write nothing. The Office side runs against the recording Excel
 * stand-in (tests/office/fake-excel.ts): it proves the calls made (none after the inspection), not Excel's
 * behaviour.
 */
import { checkEdits, type EditProblemCode } from "../../src/core/model/check-edits";
import type { CellInput, Edit } from "../../src/core/model/edit";
import { applyEdits } from "../../src/workbook/office/apply";
import { writeXlsx, XlsxWriteError } from "../../src/workbook/xlsx";
import { FakeExcel } from "../office/fake-excel";
import { renderBoth } from "../../src/core/model/user-error";

const sheet = (name = "Data"): Edit => ({ kind: "addSheet", sheet: name });
const values = (address: string, rows: CellInput[][]): Edit => ({
  kind: "setValues",
  sheet: "Data",
  address,
  values: rows,
});

/** Bad lists, the problem's code, the edit it is on, and the English message where it matters. */
const CASES: [string, Edit[], EditProblemCode, number, string?][] = [
  ["a sheet name over 31 characters", [sheet("x".repeat(32))], "invalid-sheet-name", 0],
  ["a sheet name with a colon", [sheet("a:b")], "invalid-sheet-name", 0],
  ["the sheet name History in any case", [sheet("HISTORY")], "invalid-sheet-name", 0],
  ["the same sheet twice, in other case", [sheet("Ark"), sheet("ARK")], "duplicate-sheet", 1],
  [
    "an edit on a sheet no edit adds",
    [sheet(), { kind: "freezeRows", sheet: "Nei", rows: 1 }],
    "unknown-sheet",
    1,
    "The sheet “Nei” does not exist.",
  ],
  ["a cell address that is none", [sheet(), values("1A", [[1]])], "invalid-address", 1],
  ["values past the last row", [sheet(), values("A1048576", [[1], [2]])], "invalid-address", 1],
  [
    "a number that is not finite",
    [sheet(), values("B2", [[1, NaN]])],
    "invalid-value",
    1,
    "The cell Data!C2 has an invalid number.",
  ],
  [
    "text over 32,767 characters",
    [sheet(), values("A3", [["x".repeat(32_768)]])],
    "invalid-value",
    1,
    "The text in Data!A3 is longer than Excel's limit of 32,767 characters.",
  ],
  [
    "a colour that is not #RRGGBB",
    [sheet(), { kind: "setStyle", sheet: "Data", range: "A1", style: { fill: "red" } }],
    "invalid-value",
    1,
  ],
  [
    "a table name like a cell address",
    [sheet(), values("A1", [["a"], [1]]), { kind: "addTable", sheet: "Data", name: "AB12", range: "A1:A2" }],
    "invalid-table",
    2,
  ],
  [
    "a table of a header row only",
    [sheet(), values("A1", [["a"]]), { kind: "addTable", sheet: "Data", name: "tblData", range: "A1:A1" }],
    "invalid-table",
    2,
  ],
  [
    "two tables over each other",
    [
      sheet(),
      { kind: "addTable", sheet: "Data", name: "tblEn", range: "A1:B3" },
      { kind: "addTable", sheet: "Data", name: "tblTo", range: "B2:C4" },
    ],
    "invalid-table",
    2,
  ],
  [
    "a link to a sheet that is not there",
    [
      sheet(),
      {
        kind: "setHyperlink",
        sheet: "Data",
        address: "A1",
        target: { sheet: "Borte", address: "A1" },
        text: "Gå",
      },
    ],
    "unknown-sheet",
    1,
  ],
  [
    "a drop-down list over 255 characters",
    [
      sheet(),
      { kind: "setValidation", sheet: "Data", range: "A1", rule: { type: "list", source: "v,".repeat(200) } },
    ],
    "invalid-value",
    1,
  ],
  [
    "print title rows the wrong way round",
    [
      sheet(),
      {
        kind: "setPageLayout",
        sheet: "Data",
        orientation: "landscape",
        printTitleRows: { first: 4, last: 3 },
      },
    ],
    "invalid-page-layout",
    1,
  ],
  [
    "a row number that is none",
    [sheet(), { kind: "setRowHeight", sheet: "Data", row: 0, height: 30 }],
    "invalid-address",
    1,
  ],
];

/** Each case with all five parts (jest hands a test a `done` callback for a missing one). */
const BAD = CASES.map(([what, edits, code, index, en]) => [what, edits, code, index, en ?? null] as const);

describe("checkEdits", () => {
  it.each(BAD)("finds %s", (_, edits, code, index, en) => {
    const [problem, ...more] = checkEdits(edits);
    expect(more).toEqual([]);
    expect(problem).toMatchObject({ index, code });
    if (en) expect(problem.message.en).toBe(en);
    expect(problem.message.nb.length).toBeGreaterThan(10);
  });

  it("accepts a list of every kind of edit that Excel can carry out", () => {
    const edits: Edit[] = [
      sheet(),
      sheet("Mål"),
      values("A1", [
        ["Navn", "Antall"],
        ["=ikke formel", 3],
        [null, 4],
      ]),
      { kind: "addTable", sheet: "Data", name: "tblData", range: "A1:B3" },
      { kind: "setStyle", sheet: "Data", range: "A1:B1", style: { bold: true, fill: "#1F4E79" } },
      {
        kind: "setHyperlink",
        sheet: "Data",
        address: "D1",
        target: { sheet: "mål", address: "A1" },
        text: "Gå",
      },
      { kind: "setProperty", name: "AkrimEnhet", value: "OSL" },
      { kind: "protectSheet", sheet: "Data", unlockedRanges: ["A2:B3"] },
      {
        kind: "addChart",
        sheet: "Data",
        chartType: "bar",
        title: "T",
        source: "A1:B3",
        anchor: "D2",
        end: "J12",
      },
    ];
    expect(checkEdits(edits)).toEqual([]);
  });

  it("refuses a chart without series names, categories and a value, or ending before it starts", () => {
    const chart = (over: Partial<Extract<Edit, { kind: "addChart" }>>): Edit => ({
      kind: "addChart",
      sheet: "Data",
      chartType: "column",
      title: "T",
      source: "A1:B3",
      anchor: "D2",
      end: "J14",
      ...over,
    });
    const problems = checkEdits([
      sheet(),
      chart({ source: "A1:A3" }),
      chart({ source: "A1:C1" }),
      chart({ end: "C20" }),
      chart({ end: "J1" }),
      chart({ end: "14" }),
    ]);
    expect(problems.map((p) => [p.index, p.code])).toEqual([
      [1, "invalid-chart"],
      [2, "invalid-chart"],
      [3, "invalid-chart"],
      [4, "invalid-chart"],
      [5, "invalid-address"],
    ]);
    expect(problems[1].message.en).toContain("series names");
  });

  it("knows the workbook's own sheets and tables: edits may use the sheets, never add them again", () => {
    const target = { sheets: ["Forside"], tables: ["tblForside"] };
    expect(checkEdits([{ kind: "freezeRows", sheet: "FORSIDE", rows: 1 }], target)).toEqual([]);
    expect(checkEdits([sheet("forside")], target)).toMatchObject([{ index: 0, code: "duplicate-sheet" }]);
    const table: Edit = { kind: "addTable", sheet: "Forside", name: "TBLforside", range: "A1:B2" };
    expect(checkEdits([table], target)).toMatchObject([{ index: 0, code: "invalid-table" }]);
  });

  it("lists every problem, in list order", () => {
    const problems = checkEdits([sheet("a:b"), sheet(), values("1A", [[1]]), values("A1", [[Infinity]])]);
    expect(problems.map((p) => [p.index, p.code])).toEqual([
      [0, "invalid-sheet-name"],
      [2, "invalid-address"],
      [3, "invalid-value"],
    ]);
  });
});

describe("both adapters refuse the same bad lists the same way", () => {
  it.each(BAD)("%s", async (_, edits, code, index) => {
    const [problem] = checkEdits(edits);

    // The file adapter: an error with the problem's code and message, no file.
    let error: unknown;
    try {
      writeXlsx(edits);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(XlsxWriteError);
    expect((error as XlsxWriteError).code).toBe(code);
    expect(renderBoth(error as XlsxWriteError).en).toBe(`${problem.message.en} Nothing was written.`);

    // The Office adapter: the same message on the same edit, and no write after the inspection.
    const fake = new FakeExcel();
    const result = await applyEdits(fake.context, edits, { supported: fake.isSetSupported });
    expect(result.ok).toBe(false);
    expect(renderBoth(result.problem!)).toEqual(renderBoth(error as XlsxWriteError));
    expect(result.outcomes[index]).toMatchObject({ status: "failed", reason: problem.message });
    expect(result.outcomes.filter((o) => o.status === "applied")).toEqual([]);
    expect(fake.syncs).toBe(1);
    expect(fake.sheets).toEqual([]);
  });
});
