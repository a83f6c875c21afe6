/** The print setup every sheet gets by default (src/core/model/print.ts). */
import type { Edit } from "../../src/core/model/edit";
import { pageTextCodes, pageTextPlaces, withPrintSetup } from "../../src/core/model/print";

type Layout = Extract<Edit, { kind: "setPageLayout" }>;
const header = (sheet: string) => ({ left: sheet, right: "Periode 2026-T1" });
const layoutOf = (edits: Edit[], sheet: string) =>
  edits.filter((e): e is Layout => e.kind === "setPageLayout" && e.sheet === sheet);

describe("withPrintSetup", () => {
  it("gives a sheet without a layout one: portrait when narrow, header, page numbers, margins", () => {
    const edits: Edit[] = [
      { kind: "addSheet", sheet: "Notat" },
      { kind: "setValues", sheet: "Notat", address: "A1", values: [["Tittel"]] },
      { kind: "setColumnWidths", sheet: "Notat", widths: [30, 40] },
      { kind: "activateSheet", sheet: "Notat" },
    ];
    const out = withPrintSetup(edits, { header });
    expect(layoutOf(out, "Notat")).toEqual([
      {
        kind: "setPageLayout",
        sheet: "Notat",
        orientation: "portrait", // 30 + 40 = 70 characters fit a portrait page
        fitToPagesWide: 1,
        paperSize: "A4",
        header: { left: "Notat", right: "Periode 2026-T1" },
        footer: { right: "Side {page} av {pages}" },
        margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
      },
    ]);
    // The plan's last edit stays last.
    expect(out.at(-1)).toEqual({ kind: "activateSheet", sheet: "Notat" });
  });

  it("goes landscape over 110 characters, and over 200 a page more across for each 200", () => {
    const sheet = (widths: number[]): Edit[] => [
      { kind: "addSheet", sheet: "S" },
      { kind: "setColumnWidths", sheet: "S", widths },
    ];
    const fit = (widths: number[]) => {
      const l = layoutOf(withPrintSetup(sheet(widths), { header }), "S")[0];
      return [l.orientation, l.fitToPagesWide];
    };
    expect(fit([50, 60])).toEqual(["portrait", 1]); // 110
    expect(fit([50, 61])).toEqual(["landscape", 1]); // 111
    expect(fit([100, 100])).toEqual(["landscape", 1]); // 200
    expect(fit([100, 101])).toEqual(["landscape", 2]); // 201
    expect(fit([200, 200, 1])).toEqual(["landscape", 3]); // 401
  });

  it("repeats the first table's header row, and keeps and completes a plan's own layout in its place", () => {
    const edits: Edit[] = [
      { kind: "addSheet", sheet: "T" },
      {
        kind: "setValues",
        sheet: "T",
        address: "A3",
        values: [
          ["a", "b"],
          [1, 2],
        ],
      },
      { kind: "addTable", sheet: "T", name: "tblT", range: "A3:B4" },
      { kind: "addSheet", sheet: "U" },
      {
        kind: "setPageLayout",
        sheet: "U",
        orientation: "landscape",
        fitToPagesWide: 2,
        header: { center: "egen" },
      },
      { kind: "setValues", sheet: "U", address: "A1", values: [["x", "y"]] },
    ];
    const out = withPrintSetup(edits, { header });
    expect(layoutOf(out, "T")[0].printTitleRows).toEqual({ first: 3, last: 3 });
    const u = layoutOf(out, "U");
    expect(u).toHaveLength(1);
    expect(out[out.indexOf(u[0]) - 1]).toEqual({ kind: "addSheet", sheet: "U" }); // where the plan put it
    expect(u[0]).toMatchObject({
      orientation: "landscape",
      fitToPagesWide: 2,
      header: { center: "egen" },
      footer: { right: "Side {page} av {pages}" },
    });
  });

  it("sizes columns without a width from their content; a lone text in its row (a title) does not count", () => {
    const edits: Edit[] = [
      { kind: "addSheet", sheet: "D" },
      {
        kind: "setValues",
        sheet: "D",
        address: "A1",
        values: [
          ["En lang tittel som renner inn i de tomme cellene til høyre for seg"],
          ["Navn", "Antall", "Merknad"],
          ["Arbeidstilsynet", 12345, null],
          ["NAV", 7, "kort"],
        ],
      },
      { kind: "setColumnWidths", sheet: "D", widths: [0, 0, 30] },
    ];
    const widths = withPrintSetup(edits, { header }).filter(
      (e): e is Extract<Edit, { kind: "setColumnWidths" }> => e.kind === "setColumnWidths",
    );
    // "Arbeidstilsynet" is 15 characters + 2; 12345 shows as "12 345" (+3 for separators) + 2 = 10;
    // the third column keeps the plan's 30.
    expect(widths.at(-1)).toEqual({ kind: "setColumnWidths", sheet: "D", widths: [17, 10] });
  });

  it("leaves hidden sheets alone", () => {
    const edits: Edit[] = [
      { kind: "addSheet", sheet: "Synlig" },
      { kind: "addSheet", sheet: "Katalog", visibility: "hidden" },
      { kind: "setValues", sheet: "Katalog", address: "A1", values: [["a", "b"]] },
    ];
    const out = withPrintSetup(edits, { header });
    expect(layoutOf(out, "Katalog")).toEqual([]);
    expect(out.filter((e) => e.kind === "setColumnWidths")).toEqual([]);
  });
});

describe("page header codes", () => {
  it("doubles &, turns {page} and {pages} into &P and &N, and places the parts", () => {
    expect(pageTextCodes({ left: "FoU & analyse", right: "Side {page} av {pages}" })).toBe(
      "&LFoU && analyse&RSide &P av &N",
    );
    expect(pageTextCodes({ center: "Midt" })).toBe("&CMidt");
  });

  it("keeps the whole within Excel's 255 characters without leaving half a code", () => {
    const long = "&".repeat(300);
    const p = pageTextPlaces({ left: long, center: long, right: long });
    expect(pageTextCodes({ left: long, center: long, right: long }).length).toBeLessThanOrEqual(255);
    for (const place of [p.left, p.center, p.right]) {
      expect(place.length % 2).toBe(0); // only whole "&&" pairs
      expect(place.length).toBeGreaterThan(0);
    }
  });
});
