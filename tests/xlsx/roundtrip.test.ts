import fc from "fast-check";
import type { CellInput, Edit } from "../../src/core/model/edit";
import { cellAt, findSheet, formulaAt } from "../../src/core/model/snapshot";
import { HIGHLIGHT_COLORS } from "../../src/core/model/highlight";
import { readXlsx, writeXlsx, XlsxWriteError } from "../../src/workbook/xlsx";
import { stripIllegal } from "../../src/workbook/xlsx/xml";
import { parts, repack } from "./craft";
import { everyEdit } from "./fixtures";
import { renderBoth } from "../../src/core/model/user-error";

const created = new Date("2026-03-01T12:00:00Z");
const write = (edits: Edit[]) => writeXlsx(edits, { created });

describe("writeXlsx → readXlsx round trip", () => {
  const bytes = write(everyEdit());
  const snap = readXlsx(bytes, "alle.xlsx");

  it("keeps sheets, their order and visibility", () => {
    expect(snap.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["Forside", "visible"],
      ["Aktører", "visible"],
      ["Katalog", "hidden"],
      ["Oppsett", "veryHidden"],
      ["Rapport 'T1' æøå ÆØÅ 2026 ok", "visible"],
    ]);
  });

  it("keeps values; plain strings stay text even when they look like formulas", () => {
    const s = findSheet(snap, "Aktører")!;
    expect(s.rows[1]?.slice(0, 4)).toEqual(["=cmd|' /C calc'!A0", 3, 46023, "Kontroll"]);
    expect(cellAt(s, 2, 0)).toBe('Ærlig <&> "sitat" slutt'); // the control character is stripped
    expect(cellAt(s, 3, 0)).toBe("+47 22 00 00 00");
    expect(cellAt(s, 3, 3)).toBe("@SUM(1)");
    expect(cellAt(s, 4, 0)).toBe("-5");
    expect(cellAt(s, 2, 5)).toBe(true);
    expect(cellAt(s, 3, 5)).toBe(false);
    expect(cellAt(s, 3, 2)).toBeNull();
    expect(formulaAt(s, 1, 0)).toBeUndefined();
    const xml = parts(bytes)["xl/worksheets/sheet2.xml"];
    // No formula element for the injection string, and Excel keeps it text when edited (quotePrefix).
    expect(xml).not.toContain("<f>cmd");
    const styles = parts(bytes)["xl/styles.xml"];
    const a2 = /<c r="A2" s="(\d+)" t="s">/.exec(xml);
    expect(a2).not.toBeNull();
    const xfs = styles.split("<cellXfs")[1].match(/<xf [^>]*?(\/>|>.*?<\/xf>)/g)!;
    expect(xfs[Number(a2![1])]).toContain('quotePrefix="1"');
  });

  it("keeps formulas (structured references, newer functions, quoted sheet names) without cached values", () => {
    const s = findSheet(snap, "Aktører")!;
    expect(formulaAt(s, 1, 4)).toBe("tblAktorer[@Antall]*2");
    expect(formulaAt(s, 2, 4)).toBe("B3*2");
    expect(formulaAt(s, 3, 4)).toBe("SUM(tblAktorer[Antall])");
    expect(formulaAt(s, 4, 4)).toBe('IFNA(MATCH(D5,Katalog!$A$2:$A$4,0),"")');
    expect(cellAt(s, 1, 4)).toBeNull();
    const r = findSheet(snap, "Rapport 'T1' æøå ÆØÅ 2026 ok")!;
    expect(formulaAt(r, 1, 1)).toBe("Aktører!B2+'Rapport ''T1'' æøå ÆØÅ 2026 ok'!C2");
    const p = parts(bytes);
    expect(p["xl/worksheets/sheet2.xml"]).toContain("<f>tblAktorer[[#This Row],[Antall]]*2</f>");
    expect(p["xl/worksheets/sheet2.xml"]).toContain("_xlfn.IFNA(");
    expect(p["xl/worksheets/sheet2.xml"]).not.toMatch(/<\/f><v>/);
    expect(p["xl/workbook.xml"]).toContain('fullCalcOnLoad="1"');
    expect(snap.notes).toContainEqual(
      expect.objectContaining({ code: "formula-without-value", sheet: "Aktører" }),
    );
  });

  it("keeps tables with their name, range and headers", () => {
    expect(snap.tables).toEqual([
      {
        name: "tblAktorer",
        sheet: "Aktører",
        ref: "A1:F5",
        headers: ["Navn", "Antall", "Dato", "Virkemiddel", "Sum", "Andel"],
        totalsRow: false,
      },
    ]);
    const table = parts(bytes)["xl/tables/table1.xml"];
    expect(table).toContain('<autoFilter ref="A1:F5"/>');
    expect(table).toContain('name="TableStyleLight9"');
    // A table whose totals row Excel shows (Total Row ticked) says so: its last row is never data.
    const totals = repack(bytes, {
      "xl/tables/table1.xml": table.replace('totalsRowShown="0"', 'totalsRowCount="1"'),
    });
    expect(readXlsx(totals, "sum.xlsx").tables[0]).toMatchObject({ ref: "A1:F5", totalsRow: true });
  });

  it("keeps data validations as ranges in the edit vocabulary", () => {
    expect(findSheet(snap, "Aktører")!.validations).toEqual([
      { ref: "D2:D1048576", type: "list", formula1: "=Katalog!$A$2:$A$4" },
      { ref: "B2:B500", type: "wholeNumber", formula1: "0" },
      { ref: "F2:F500", type: "decimal", formula1: "0" },
      { ref: "C2:C500", type: "date", formula1: "46023" },
    ]);
    expect(findSheet(snap, "Forside")!.validations).toEqual([
      { ref: "B8", type: "list", formula1: "Utkast,Innsendt,Godkjent" },
    ]);
    expect(snap.notes).toContainEqual(
      expect.objectContaining({ code: "whole-column-validation", sheet: "Aktører", ref: "D2:D1048576" }),
    );
    const xml = parts(bytes)["xl/worksheets/sheet2.xml"];
    expect(xml).toContain('prompt="Velg et virkemiddel fra katalogen"');
    expect(xml).toContain('error="Ukjent virkemiddel"');
    expect(xml).toMatch(
      /<dataValidation type="date" operator="between" showErrorMessage="1" sqref="C2:C500"><formula1>46023<\/formula1><formula2>46387<\/formula2>/,
    );
  });

  it("keeps custom properties in a Map with their types", () => {
    expect([...snap.properties]).toEqual([
      ["Rapporteringsenhet", "Oslo & Akershus <øst>"],
      ["Antall", 42],
      ["Andel", 0.5],
      ["Stort", 3_000_000_000],
      ["Ferdig", true],
      ["__proto__", "ikke et prototypeangrep"],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const custom = parts(bytes)["docProps/custom.xml"];
    expect(custom).toContain(
      'fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Rapporteringsenhet"><vt:lpwstr>',
    );
    expect(custom).toContain("<vt:i4>42</vt:i4>");
    expect(custom).toContain("<vt:r8>3000000000</vt:r8>");
    expect(custom).toContain("<vt:bool>true</vt:bool>");
  });

  it("writes highlights, styles, hyperlinks, freeze panes, protection and the active sheet", () => {
    const p = parts(bytes);
    const styles = p["xl/styles.xml"];
    for (const { fill, font } of Object.values(HIGHLIGHT_COLORS)) {
      expect(styles).toContain(`<fgColor rgb="FF${fill.slice(1)}"/>`);
      expect(styles).toContain(`<color rgb="FF${font.slice(1)}"/>`);
    }
    // the note of a highlight is a cell comment, shown when the cell is hovered
    expect(p["xl/comments2.xml"]).toContain(
      '<comment ref="B3" authorId="0"><text><t xml:space="preserve">For høyt</t>',
    );
    expect(p["xl/worksheets/sheet2.xml"]).toMatch(/<legacyDrawing r:id="rId3"\/><tableParts count="1">/);
    expect(p["xl/drawings/vmlDrawing2.vml"]).toContain("<x:Row>2</x:Row><x:Column>1</x:Column>");
    const sheet = p["xl/worksheets/sheet2.xml"];
    expect(sheet).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    expect(sheet).toContain(
      '<sheetProtection sheet="1" objects="1" scenarios="1" insertRows="0" sort="0" autoFilter="0"/>',
    );
    expect(sheet).toContain('tabSelected="1"');
    expect(p["xl/worksheets/sheet3.xml"]).toContain('<sheetProtection sheet="1" objects="1" scenarios="1"/>');
    // unlocked whole columns are column formats, not a million cells
    expect(sheet).toMatch(/<col min="1" max="1" width="[\d.]+" customWidth="1" style="\d+"\/>/);
    expect(styles).toContain('<protection locked="0"/>');
    expect(p["xl/worksheets/sheet1.xml"]).toContain(
      `<hyperlink ref="A1" location="'Rapport ''T1'' æøå ÆØÅ 2026 ok'!B2" display="Gå til rapporten"/>`,
    );
    expect(p["xl/workbook.xml"]).toContain('activeTab="1"');
    expect(p["xl/worksheets/sheet1.xml"]).toContain('<tabColor rgb="FF1F4E79"/>');
    // The chart on Forside: its drawing after the hyperlinks, and its parts.
    expect(p["xl/worksheets/sheet1.xml"]).toMatch(/<\/hyperlinks>.*<drawing r:id="rId1"\/><\/worksheet>$/);
    const chartParts = Object.keys(p).filter((k) => /^xl\/(charts\/|drawings\/(_rels\/)?drawing)/.test(k));
    expect(chartParts.sort()).toEqual([
      "xl/charts/chart1.xml",
      "xl/drawings/_rels/drawing1.xml.rels",
      "xl/drawings/drawing1.xml",
    ]);
  });

  it("refuses a table name that Excel would read as a cell address", () => {
    expect(() =>
      write([
        { kind: "addSheet", sheet: "A" },
        { kind: "addTable", sheet: "A", name: "tbl1", range: "A1:B2" },
      ]),
    ).toThrow(XlsxWriteError);
  });

  it("is deterministic for a fixed creation time", () => {
    expect(Buffer.from(write(everyEdit())).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe("writeXlsx rules", () => {
  it("makes table headers unique, non-empty text", () => {
    const snap = readXlsx(
      write([
        { kind: "addSheet", sheet: "Ark1" },
        {
          kind: "setValues",
          sheet: "Ark1",
          address: "B2",
          values: [
            ["Navn", null, "navn", 2026],
            [1, 2, 3, 4],
          ],
        },
        { kind: "addTable", sheet: "Ark1", name: "tblEn", range: "B2:E3" },
      ]),
      "t.xlsx",
    );
    expect(snap.tables[0].headers).toEqual(["Navn", "Kolonne2", "navn2", "2026"]);
    expect(snap.sheets[0].rows[1]?.slice(1)).toEqual(["Navn", "Kolonne2", "navn2", "2026"]);
  });

  it("clearHighlights removes earlier highlights of that sheet only", () => {
    const edits: Edit[] = [
      { kind: "addSheet", sheet: "A" },
      { kind: "addSheet", sheet: "B" },
      { kind: "setValues", sheet: "A", address: "A1", values: [[1]] },
      { kind: "highlight", sheet: "A", range: "A1", severity: "error", note: "Feil" },
      { kind: "highlight", sheet: "B", range: "A1", severity: "warning" },
      { kind: "clearHighlights", sheet: "A" },
    ];
    const p = parts(write(edits));
    const styles = p["xl/styles.xml"];
    expect(Object.keys(p).filter((k) => k.includes("comments"))).toEqual([]);
    expect(styles).not.toContain(HIGHLIGHT_COLORS.error.fill.slice(1));
    expect(styles).toContain(HIGHLIGHT_COLORS.warning.fill.slice(1));
  });

  it.each<[string, Edit[], string]>([
    ["unknown sheet", [{ kind: "setValues", sheet: "Nei", address: "A1", values: [[1]] }], "unknown-sheet"],
    [
      "duplicate sheet",
      [
        { kind: "addSheet", sheet: "Ark" },
        { kind: "addSheet", sheet: "ark" },
      ],
      "duplicate-sheet",
    ],
    ["sheet name too long", [{ kind: "addSheet", sheet: "x".repeat(32) }], "invalid-sheet-name"],
    ["sheet name with :", [{ kind: "addSheet", sheet: "a:b" }], "invalid-sheet-name"],
    [
      "bad address",
      [
        { kind: "addSheet", sheet: "A" },
        { kind: "setValues", sheet: "A", address: "1A", values: [[1]] },
      ],
      "invalid-address",
    ],
    [
      "NaN",
      [
        { kind: "addSheet", sheet: "A" },
        { kind: "setValues", sheet: "A", address: "A1", values: [[NaN]] },
      ],
      "invalid-value",
    ],
    [
      "too long text",
      [
        { kind: "addSheet", sheet: "A" },
        { kind: "setValues", sheet: "A", address: "A1", values: [["x".repeat(32768)]] },
      ],
      "invalid-value",
    ],
    [
      "table name with space",
      [
        { kind: "addSheet", sheet: "A" },
        { kind: "addTable", sheet: "A", name: "tbl x", range: "A1:B2" },
      ],
      "invalid-table",
    ],
    [
      "table name like a cell",
      [
        { kind: "addSheet", sheet: "A" },
        { kind: "addTable", sheet: "A", name: "AB12", range: "A1:B2" },
      ],
      "invalid-table",
    ],
    [
      "one-row table",
      [
        { kind: "addSheet", sheet: "A" },
        { kind: "addTable", sheet: "A", name: "t", range: "A1:B1" },
      ],
      "invalid-table",
    ],
    [
      "overlapping tables",
      [
        { kind: "addSheet", sheet: "A" },
        { kind: "addTable", sheet: "A", name: "t1", range: "A1:B3" },
        { kind: "addTable", sheet: "A", name: "t2", range: "B2:C4" },
      ],
      "invalid-table",
    ],
    [
      "bad colour",
      [
        { kind: "addSheet", sheet: "A" },
        { kind: "setStyle", sheet: "A", range: "A1", style: { fill: "red" } },
      ],
      "invalid-value",
    ],
    [
      "a literal drop-down list over 255 characters",
      [
        { kind: "addSheet", sheet: "A" },
        {
          kind: "setValidation",
          sheet: "A",
          range: "A1",
          rule: { type: "list", source: "verdi,".repeat(50) },
        },
      ],
      "invalid-value",
    ],
    ["no visible sheet", [{ kind: "addSheet", sheet: "A", visibility: "hidden" }], "no-visible-sheet"],
    ["no sheet", [], "no-visible-sheet"],
    [
      "huge range not to the last row",
      [
        { kind: "addSheet", sheet: "A" },
        { kind: "setStyle", sheet: "A", range: "A1:XFD1000", style: { bold: true } },
      ],
      "range-too-large",
    ],
  ])("refuses %s with a clear error", (_, edits, code) => {
    let error: unknown;
    try {
      write(edits);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(XlsxWriteError);
    expect((error as XlsxWriteError).code).toBe(code);
    expect(renderBoth(error as XlsxWriteError).nb.length).toBeGreaterThan(5);
    expect(renderBoth(error as XlsxWriteError).en.length).toBeGreaterThan(5);
  });

  it("names the cell of an invalid number in its message", () => {
    let error: unknown;
    try {
      write([
        { kind: "addSheet", sheet: "Data" },
        { kind: "setValues", sheet: "Data", address: "B2", values: [[1, Infinity]] },
      ]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(XlsxWriteError);
    // B2 + one column to the right is C2.
    expect(renderBoth(error as XlsxWriteError)).toEqual({
      nb: "Cellen Data!C2 har en ugyldig tallverdi. Ingenting ble skrevet.",
      en: "The cell Data!C2 has an invalid number. Nothing was written.",
    });
  });

  it("round-trips any text, number and boolean (property-based)", () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 40, unit: "binary" }),
      fc.constantFrom(
        "=1+1",
        "+A1",
        "-2",
        "@x",
        "_x0041_",
        " lead",
        "trail ",
        "a\nb",
        "a\r\nb",
        "æøåÆØÅ",
        "<&>\"'",
      ),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer(),
      fc.boolean(),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        (rows) => {
          const bytes = write([
            { kind: "addSheet", sheet: "Data" },
            { kind: "setValues", sheet: "Data", address: "B3", values: rows as CellInput[][] },
          ]);
          const s = readXlsx(bytes, "p.xlsx").sheets[0];
          rows.forEach((row, i) =>
            row.forEach((v, j) => {
              const expected =
                typeof v === "string"
                  ? stripIllegal(v) // characters XML 1.0 cannot hold are dropped
                  : Object.is(v, -0)
                    ? 0
                    : v;
              expect(cellAt(s, 2 + i, 1 + j)).toEqual(expected);
            }),
          );
        },
      ),
      { numRuns: 150 },
    );
  });
});
