import { defaultCatalogue, instrumentsForAgency, templateSheetNames } from "../../src/catalogue";
import { parseRange, MAX_ROWS } from "../../src/core/a1";
import type { Edit } from "../../src/core/model/edit";
import { headerRowHeight, isFormulaInput } from "../../src/core/model/edit";
import bundled from "../../src/catalogue/data/catalogue-2026.1.json";
import { loadCatalogueOrThrow } from "../../src/catalogue/check";
import {
  inputMessage,
  NUMBER_FORMATS,
  planFilledTemplate,
  planTemplate,
  prefilledRows,
  TABLE_ROOM,
} from "../../src/core/template";
import { listValues, materialize, valuesOf } from "./materialize";
import { renderBoth } from "../../src/core/model/user-error";

const catalogue = defaultCatalogue();
const identity = { unit: "OSL", agency: "AT", period: "2026-T1" };

function edits(plan: ReturnType<typeof planTemplate>): Edit[] {
  if (!("edits" in plan)) throw new Error(`no edits: ${JSON.stringify(plan)}`);
  return plan.edits;
}

describe("planTemplate print layout", () => {
  it("prints the table sheets on A4, one page across, with the header row on every page", () => {
    const plan = edits(planTemplate(catalogue, identity, { existingSheetNames: [] }));
    const layouts = plan.flatMap((e) => (e.kind === "setPageLayout" ? [e] : []));
    const tableSheets = catalogue.template.tables.map((t) => t.name);
    // Every visible sheet prints: the tables, the summary and the cover (the hidden catalogue does not).
    expect(layouts.map((l) => l.sheet)).toEqual([
      ...tableSheets,
      catalogue.template.cover.name,
      catalogue.template.summarySheet,
    ]);
    for (const l of layouts) {
      expect(l).toMatchObject({
        kind: "setPageLayout",
        sheet: l.sheet,
        fitToPagesWide: 1,
        paperSize: "A4",
        header: { left: l.sheet, center: "A-krimrapportering OSL AT", right: "Periode 2026-T1" },
        footer: { right: "Side {page} av {pages}" },
        margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
      });
      if (l.sheet !== catalogue.template.cover.name) expect(l.printTitleRows).toEqual({ first: 1, last: 1 });
    }
    // The cover is two columns (22 + 44 characters): portrait, no repeated rows.
    const cover = layouts.find((l) => l.sheet === catalogue.template.cover.name)!;
    expect(cover.orientation).toBe("portrait");
    expect(cover.printTitleRows).toBeUndefined();
    // The activation of the cover stays the plan's last edit.
    expect(plan.at(-1)).toEqual({ kind: "activateSheet", sheet: catalogue.template.cover.name });
  });
});

describe("planTemplate header rows", () => {
  it("are tall enough for the longest wrapped header, so no header is cut off", () => {
    const plan = edits(planTemplate(catalogue, identity, { existingSheetNames: [] }));
    const usage = catalogue.template.tables.find((t) => t.key === "usage")!;
    const height = plan.find((e) => e.kind === "setRowHeight" && e.sheet === usage.name);
    // "Herav mot sentrale trusselaktører" needs three lines in its column.
    expect(height).toEqual({ kind: "setRowHeight", sheet: usage.name, row: 1, height: 45 });
    expect(headerRowHeight(["Antall"], [10])).toBeNull();
    expect(headerRowHeight(["Herav tverretatlig"], [14])).toBe(30);
  });
});

describe("planTemplate", () => {
  const wb = materialize(edits(planTemplate(catalogue, identity, { existingSheetNames: ["Ark1"] })));

  it("adds the sheets of REPORTING.md in order, with Katalog hidden", () => {
    expect(wb.sheets.map((s) => s.name)).toEqual([
      "Forside",
      "Virkemiddelbruk",
      "Aktører",
      "Aksjoner",
      "Effekter",
      "Styringsparametre",
      "Katalog",
    ]);
    expect(wb.sheets.filter((s) => s.visibility !== "visible").map((s) => s.name)).toEqual(["Katalog"]);
    expect(wb.active).toBe("Forside");
  });

  it("fills the cover sheet and the document properties with the identity", () => {
    const cover = wb.sheets[0];
    expect(valuesOf(cover, "A1:B10")).toEqual([
      ["Felt", "Verdi"],
      ["Rapporteringsenhet", "OSL"],
      ["Etat", "AT"],
      ["Periode", "2026-T1"],
      ["Innsats", "A-krimsenter"],
      ["Malversjon", "2026.2"],
      ["Katalogversjon", "2026.2"],
      ["Kontakt", null],
      ["Årsverk", null],
      ["Status", "Utkast"],
    ]);
    expect(Object.fromEntries(wb.properties)).toEqual({
      AkrimRapporteringsenhet: "OSL",
      AkrimEtat: "AT",
      AkrimPeriode: "2026-T1",
      AkrimInnsats: "A-krimsenter",
      AkrimMalversjon: "2026.2",
      AkrimKatalogversjon: "2026.2",
    });
    expect(wb.hyperlinks.map((h) => h.target.sheet)).toEqual([
      "Virkemiddelbruk",
      "Aktører",
      "Aksjoner",
      "Effekter",
      "Styringsparametre",
    ]);
  });

  it("creates the four tables with the catalogue's names and headers", () => {
    for (const spec of catalogue.template.tables) {
      const table = wb.tables.find((t) => t.name === spec.table)!;
      expect(table.sheet).toBe(spec.name);
      const sheet = wb.sheets.find((s) => s.name === spec.name)!;
      const range = parseRange(table.range)!;
      expect(range.start).toEqual({ row: 0, col: 0 });
      expect(valuesOf(sheet, table.range.replace(/\d+$/, "1"))[0]).toEqual(spec.columns.map((c) => c.header));
      expect(sheet.widths).toEqual(spec.columns.map((c) => c.width));
      expect(sheet.frozenRows).toBe(1);
    }
  });

  it("pre-fills one usage row per instrument of the agency, with counts empty", () => {
    const sheet = wb.sheets.find((s) => s.name === "Virkemiddelbruk")!;
    const ids = instrumentsForAgency(catalogue, "AT").map((i) => i.id);
    const rows = valuesOf(sheet, `A2:I${ids.length + 1}`);
    expect(rows.map((r) => r[0])).toEqual(ids);
    const v123 = catalogue.lookup.instrument.get("V123")!;
    expect(rows.find((r) => r[0] === "V123")).toEqual([
      "V123",
      v123.name.nb,
      "BM1",
      "BM1-ST",
      null,
      null,
      null,
      null,
      null,
    ]);
    const table = wb.tables.find((t) => t.name === "tblVirkemiddelbruk")!;
    expect(parseRange(table.range)!.end.row).toBe(ids.length + TABLE_ROOM.usage);
  });

  it("pre-fills the effect indicators the unit and agency report: the unit's, and the agency's own", () => {
    const sheet = wb.sheets.find((s) => s.name === "Effekter")!;
    const rows = valuesOf(sheet, `A2:D${catalogue.effectIndicators.length + 1}`);
    const ids = ["EI-BM1-01", "EI-BM1-02", "EI-BM2-01"];
    const empty = catalogue.effectIndicators.length - ids.length;
    expect(rows).toEqual([
      ...ids.map((id) => {
        const e = catalogue.effectIndicators.find((x) => x.id === id)!;
        return [e.id, e.name.nb, e.goal, e.unit];
      }),
      ...Array.from({ length: empty }, () => [null, null, null, null]),
    ]);
    expect(catalogue.effectIndicators.find((e) => e.id === "EI-BM2-01")).toMatchObject({
      level: "etat",
      agency: "AT",
    });
    const table = wb.tables.find((t) => t.name === "tblEffekter")!;
    expect(parseRange(table.range)!.end.row).toBe(ids.length + TABLE_ROOM.effects);
  });

  it("bounds every drop-down and number check to a table body or a cover value, never whole columns", () => {
    expect(wb.validations.length).toBeGreaterThan(10);
    for (const v of wb.validations) {
      const r = parseRange(v.range)!;
      expect(r.end.row).toBeLessThan(MAX_ROWS - 1);
      const table = wb.tables.find((t) => t.sheet === v.sheet);
      if (table) {
        const body = parseRange(table.range)!;
        expect(r.start.row).toBe(body.start.row + 1);
        expect(r.end.row).toBe(body.end.row);
      } else {
        expect(v.sheet).toBe("Forside");
      }
    }
  });

  it("lets the drop-downs offer exactly the catalogue's lists", () => {
    const on = (sheet: string, col: string) =>
      wb.validations.find((v) => v.sheet === sheet && v.range.startsWith(`${col}2:`))!;
    const idRule = on("Virkemiddelbruk", "A").rule;
    expect(idRule.type).toBe("list");
    if (idRule.type === "list")
      expect(listValues(wb, idRule.source)).toEqual(catalogue.instruments.map((i) => i.id));
    const statusRule = on("Aktører", "C").rule;
    if (statusRule.type !== "list") throw new Error("list expected");
    expect(listValues(wb, statusRule.source)).toEqual(["Ny", "Aktiv", "Avsluttet"]);
    const trend = on("Aktører", "D").rule;
    if (trend.type !== "list") throw new Error("list expected");
    expect(listValues(wb, trend.source)).toEqual(["Redusert", "Uendret", "Økt", "Ukjent"]);
    expect(on("Virkemiddelbruk", "E").rule).toEqual({ type: "wholeNumber", min: 0 });
    expect(on("Aksjoner", "A").rule).toEqual({ type: "date", min: "2026-01-01", max: "2026-04-30" });
    const agency = wb.validations.find((v) => v.sheet === "Forside" && v.range === "B3")!.rule;
    if (agency.type !== "list") throw new Error("list expected");
    expect(listValues(wb, agency.source)).toEqual(["AT", "NAV", "POL", "SKE", "TOLL"]);
  });

  it("protects headers, the summary and the catalogue sheet, leaving the data cells open", () => {
    const usage = wb.sheets.find((s) => s.name === "Virkemiddelbruk")!;
    const table = wb.tables.find((t) => t.name === "tblVirkemiddelbruk")!;
    expect(usage.protection).toEqual({
      unlockedRanges: [table.range.replace(/^A1/, "A2")],
      allowInsertRows: true,
    });
    expect(wb.sheets.find((s) => s.name === "Katalog")!.protection).toEqual({
      unlockedRanges: [],
      allowInsertRows: false,
    });
    expect(wb.sheets.find((s) => s.name === "Forside")!.protection!.unlockedRanges).toEqual(["B2:B10"]);
  });

  it("formats whole numbers, amounts and dates so nb-NO Excel shows them properly", () => {
    const usage = wb.sheets.find((s) => s.name === "Virkemiddelbruk")!;
    const fmt = (s: typeof usage, col: string) =>
      s.formats.find((f) => f.range.startsWith(`${col}2:`))?.format;
    expect(fmt(usage, "E")).toBe("#,##0");
    expect(fmt(usage, "H")).toBe('#,##0 "kr"');
    expect(
      fmt(
        wb.sheets.find((s) => s.name === "Aksjoner")!,
        "A",
      ),
    ).toBe("dd.mm.yyyy");
  });

  it("lists every steering parameter and breakdown key as a live formula", () => {
    const summary = wb.sheets.find((s) => s.name === "Styringsparametre")!;
    expect(valuesOf(summary, "A1:C1")[0]).toEqual(["ID", "Styringsparameter", "Verdi"]);
    const ids: string[] = [];
    for (let r = 2; summary.cells.has(`A${r}`); r++) {
      ids.push(String(summary.cells.get(`A${r}`)));
      expect(isFormulaInput(summary.cells.get(`C${r}`)!)).toBe(true);
    }
    for (const p of catalogue.steeringParameters) expect(ids).toContain(p.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        "SP-BM1-02/BM1-ST",
        "SP-BM1-02/BM1-TV-E",
        "SP-BM3-01/BM3-VI",
        "SP-ALL-01/BM1",
        "SP-ALL-01/BM3",
        "SP-ALL-01/AT",
        "SP-ALL-01/TOLL",
      ]),
    );
    expect(ids.indexOf("SP-BM1-02/BM1-ST")).toBeGreaterThan(ids.indexOf("SP-BM1-02"));
    expect(ids.indexOf("SP-BM1-02/BM1-ST")).toBeLessThan(ids.indexOf("SP-BM1-03"));
  });
});

describe("TOLL, which has no instrument in the catalogue", () => {
  const wb = materialize(
    edits(planTemplate(catalogue, { ...identity, agency: "toll" }, { existingSheetNames: [] })),
  );
  it("still gets a usage table, empty, with room for rows", () => {
    const table = wb.tables.find((t) => t.name === "tblVirkemiddelbruk")!;
    expect(parseRange(table.range)!.end.row).toBe(TABLE_ROOM.usage);
    const usage = wb.sheets.find((s) => s.name === "Virkemiddelbruk")!;
    expect(usage.cells.get("A2")).toBeUndefined();
    expect(wb.sheets[0].cells.get("B3")).toBe("TOLL");
  });
});

describe("identity checks", () => {
  it("names every wrong field in Norwegian and English", () => {
    const plan = planTemplate(
      catalogue,
      { unit: "XYZ", agency: "FBI", period: "2026-T4" },
      { existingSheetNames: [] },
    );
    expect("problems" in plan).toBe(true);
    if (!("problems" in plan)) return;
    expect(plan.problems).toHaveLength(3);
    expect(renderBoth(plan.problems[0]).nb).toContain("Ukjent rapporteringsenhet «XYZ»");
    expect(renderBoth(plan.problems[0]).en).toContain("Known units: OSL");
    expect(renderBoth(plan.problems[1]).en).toContain("Unknown agency “FBI”");
    expect(renderBoth(plan.problems[2]).nb).toContain("2026-T1");
  });
  it("accepts ids in any case and a whole year", () => {
    const plan = planTemplate(
      catalogue,
      { unit: "alt", agency: "ske", period: "2026" },
      { existingSheetNames: [] },
    );
    const wb = materialize(edits(plan));
    expect(valuesOf(wb.sheets[0], "B2:B4").flat()).toEqual(["ALT", "SKE", "2026"]);
  });
});

describe("sheet-name clashes", () => {
  it("returns the clashing template sheets and no edits, comparing names as Excel does", () => {
    const plan = planTemplate(catalogue, identity, { existingSheetNames: ["forside", "Data", "KATALOG"] });
    expect(plan).toEqual({ clashes: ["Forside", "Katalog"] });
  });

  it("uses the names the user chose, also in formulas, links and drop-down sources", () => {
    const plan = planTemplate(catalogue, identity, {
      existingSheetNames: ["Forside", "Katalog"],
      sheetNames: { Forside: "Forside T1", Katalog: "Katalog T1" },
    });
    const wb = materialize(edits(plan));
    expect(wb.sheets.map((s) => s.name)).toContain("Forside T1");
    expect(wb.sheets.map((s) => s.name)).not.toContain("Forside");
    const summary = wb.sheets.find((s) => s.name === "Styringsparametre")!;
    const formulas = [...summary.cells.values()].filter(isFormulaInput).map((f) => f.formula);
    expect(formulas.filter((f) => f.includes("'Forside T1'!$B$3")).length).toBe(catalogue.agencies.length);
    for (const v of wb.validations) {
      if (v.rule.type === "list") expect(v.rule.source.startsWith("='Katalog T1'!")).toBe(true);
    }
    const status = wb.validations.find((v) => v.sheet === "Aktører" && v.range.startsWith("C2:"))!.rule;
    expect(status.type === "list" && listValues(wb, status.source)).toEqual(["Ny", "Aktiv", "Avsluttet"]);
  });

  it("refuses a workbook that already holds the template's tables", () => {
    const plan = planTemplate(catalogue, identity, {
      existingSheetNames: ["Forside 2025"],
      existingTableNames: ["TBLVIRKEMIDDELBRUK", "Tabell1"],
    });
    expect("problems" in plan && plan.problems.map((p) => renderBoth(p).en)).toEqual([
      "The workbook already has the table “tblVirkemiddelbruk”, so it probably holds a template already. Insert the template into a new workbook.",
    ]);
  });

  it("still reports a chosen name that clashes, and refuses invalid or duplicate names", () => {
    expect(
      planTemplate(catalogue, identity, {
        existingSheetNames: ["Forside", "Ny"],
        sheetNames: { Forside: "ny" },
      }),
    ).toEqual({ clashes: ["Forside"] });
    const bad = planTemplate(catalogue, identity, {
      existingSheetNames: [],
      sheetNames: { Forside: "Data:2026", Aksjoner: "Effekter" },
    });
    expect("problems" in bad && bad.problems.map((p) => renderBoth(p).en).join("\n")).toMatch(
      /cannot contain[\s\S]*both be named/,
    );
  });
});

describe("planFilledTemplate", () => {
  it("writes the given rows, with ISO dates as Excel dates, and keeps room below them", () => {
    const usage = prefilledRows(catalogue, "POL").usage.map((r, i) => ({ ...r, antall: i + 1 }));
    const plan = planFilledTemplate(
      catalogue,
      { unit: "BGO", agency: "POL", period: "2026-T2" },
      {
        status: "Innsendt",
        tables: {
          usage,
          actions: [{ dato: "2026-05-12", etater: "AT, POL", virksomheter: 4, personer: 11 }],
        },
      },
    );
    const wb = materialize(edits(plan));
    const sheet = wb.sheets.find((s) => s.name === "Virkemiddelbruk")!;
    expect(sheet.cells.get("E2")).toBe(1);
    expect(sheet.cells.get(`E${usage.length + 1}`)).toBe(usage.length);
    const actions = wb.sheets.find((s) => s.name === "Aksjoner")!;
    expect(valuesOf(actions, "A2:D2")[0]).toEqual([46154, "AT, POL", 4, 11]);
    expect(valuesOf(wb.sheets[0], "A10:B10")[0]).toEqual(["Status", "Innsendt"]);
    const table = wb.tables.find((t) => t.name === "tblAksjoner")!;
    expect(parseRange(table.range)!.end.row).toBe(1 + TABLE_ROOM.actions);
  });

  it("shows #REF! in formulas over a deleted column, as Excel does", () => {
    const plan = planFilledTemplate(catalogue, identity, {
      tables: {},
      omitColumns: { usage: ["tverretatlig"] },
    });
    const wb = materialize(edits(plan));
    const usage = wb.sheets.find((s) => s.name === "Virkemiddelbruk")!;
    expect(valuesOf(usage, "A1:H1")[0]).not.toContain("Herav tverretatlig");
    const summary = wb.sheets.find((s) => s.name === "Styringsparametre")!;
    const row = [...summary.cells.entries()].find(([, v]) => v === "SP-BM1-05")![0].slice(1);
    const f = summary.cells.get(`C${row}`);
    expect(isFormulaInput(f!) && f.formula).toContain("#REF!");
  });
});

describe("template 2026.2 additions", () => {
  const wb = materialize(edits(planTemplate(catalogue, identity, { existingSheetNames: [] })));
  const cover = wb.sheets[0];
  const onCover = (address: string) =>
    wb.validations.find((v) => v.sheet === "Forside" && v.range === address);

  it("offers the two parts of the effort in a drop-down on the cover, A-krimsenter by default", () => {
    const part = onCover("B5")!;
    expect(part.allowBlank).toBe(false);
    expect(part.prompt).toBe(catalogue.template.cover.fields.find((f) => f.key === "part")!.help!.nb);
    if (part.rule.type !== "list") throw new Error("list expected");
    expect(listValues(wb, part.rule.source)).toEqual(["A-krimsenter", "Etatslinje"]);
    expect(cover.cells.get("B5")).toBe("A-krimsenter");
  });

  it("takes Årsverk as an optional decimal number of 0 or more", () => {
    expect(valuesOf(cover, "A9:B9")[0]).toEqual(["Årsverk", null]);
    expect(onCover("B9")).toMatchObject({ rule: { type: "decimal", min: 0 }, allowBlank: true });
    // The value cells are text (ids such as 2026-T1 stay as typed), Årsverk a decimal number after that.
    const formats = cover.formats.filter((f) => f.range === "B9" || f.range === "B2:B10");
    expect(formats.map((f) => f.format)).toEqual(["@", NUMBER_FORMATS.decimal]);
    const filled = materialize(
      edits(planFilledTemplate(catalogue, identity, { tables: {}, personYears: 2.5 })),
    );
    expect(filled.sheets[0].cells.get("B9")).toBe(2.5);
    expect(filled.properties.has("AkrimÅrsverk")).toBe(false);
  });

  it("writes the agency line's part to the cover and the document property", () => {
    const line = materialize(
      edits(planTemplate(catalogue, { ...identity, part: "line" }, { existingSheetNames: [] })),
    );
    expect(line.sheets[0].cells.get("B5")).toBe("Etatslinje");
    expect(line.properties.get("AkrimInnsats")).toBe("Etatslinje");
  });

  it("keeps LINJE for the agency line's national work", () => {
    const centre = planTemplate(catalogue, { ...identity, unit: "LINJE" }, { existingSheetNames: [] });
    expect("problems" in centre && centre.problems.map((p) => renderBoth(p).en)).toEqual([
      "The reporting unit LINJE is for the agency line's national work. Choose the part “Etatslinje” (--part line), or choose the region for an a-krim centre.",
    ]);
    const line = planTemplate(
      catalogue,
      { ...identity, unit: "linje", part: "line" },
      { existingSheetNames: [] },
    );
    expect(materialize(edits(line)).sheets[0].cells.get("B2")).toBe("LINJE");
  });

  it("pre-fills the effect indicators by level: enhet for all, etat for its owner, nasjonal for none", () => {
    const levels = new Map(catalogue.effectIndicators.map((e) => [e.id, e]));
    for (const agency of catalogue.agencies.map((a) => a.id)) {
      const ids = prefilledRows(catalogue, agency).effects.map((r) => r.indikatorId);
      const expected = catalogue.effectIndicators
        .filter((e) => e.level === "enhet" || (e.level === "etat" && e.agency === agency))
        .map((e) => e.id);
      expect(ids).toEqual(expected);
      expect(ids.some((id) => levels.get(id as string)!.level === "nasjonal")).toBe(false);
    }
    expect(prefilledRows(catalogue, "AT").effects.map((r) => r.indikatorId)).toContain("EI-BM2-01");
    expect(prefilledRows(catalogue, "POL").effects.map((r) => r.indikatorId)).toEqual([
      "EI-BM1-01",
      "EI-BM1-02",
    ]);
    // 2026.1 indicators have no level: every workbook reports them all.
    const old = loadCatalogueOrThrow(JSON.parse(JSON.stringify(bundled)));
    expect(prefilledRows(old, "POL").effects).toHaveLength(old.effectIndicators.length);
  });

  it("shows each instrument's definition, in both languages, on the Katalog sheet", () => {
    const katalog = wb.sheets.find((s) => s.name === "Katalog")!;
    expect(valuesOf(katalog, "A1:I1")[0]).toEqual([
      "Virkemiddel-ID",
      "Virkemiddel",
      "Brukermål",
      "Gruppering",
      "Underkategori",
      "Hastighet",
      "Etater",
      "Definisjon",
      "Definition",
    ]);
    const rows = valuesOf(katalog, `A2:I${catalogue.instruments.length + 1}`);
    expect(rows.map((r) => [r[0], r[7], r[8]])).toEqual(
      catalogue.instruments.map((i) => [i.id, i.help!.nb, i.help!.en]),
    );
    expect(katalog.cells.get("J1")).toBeUndefined();
    expect(katalog.cells.get("K1")).toBe("Brukermål");
  });

  it("gives the counted columns the catalogue's definition as their input message", () => {
    const usage = catalogue.template.tables.find((t) => t.key === "usage")!;
    const helped = usage.columns.filter((c) => c.help);
    expect(helped.map((c) => c.key)).toEqual(["antall", "tverretatlig", "sentrale", "belop"]);
    for (const c of helped) {
      const col = String.fromCharCode(65 + usage.columns.indexOf(c));
      const v = wb.validations.find((x) => x.sheet === "Virkemiddelbruk" && x.range.startsWith(`${col}2:`))!;
      expect(v.prompt).toBe(c.help!.nb);
    }
    for (const v of wb.validations) expect((v.prompt ?? "").length).toBeLessThanOrEqual(255);
    const long = `${"ord ".repeat(100)}slutt`;
    expect(inputMessage(long).length).toBeLessThanOrEqual(255);
    expect(inputMessage(long).endsWith("…")).toBe(true);
    expect(inputMessage("kort")).toBe("kort");
  });

  it("allows negative effect values, never negative amounts", () => {
    const on = (sheet: string, col: string) =>
      wb.validations.find((v) => v.sheet === sheet && v.range.startsWith(`${col}2:`))!.rule;
    for (const col of ["E", "F", "G"]) expect(on("Effekter", col)).toEqual({ type: "decimal", min: -1e15 });
    expect(on("Virkemiddelbruk", "H")).toEqual({ type: "decimal", min: 0 });
  });

  it("formats the decimal steering parameters with up to two decimals", () => {
    const summary = wb.sheets.find((s) => s.name === "Styringsparametre")!;
    const row = (id: string) => [...summary.cells.entries()].find(([, v]) => v === id)![0].slice(1);
    const inn = [row("SP-INN-01"), row("SP-INN-02")];
    expect(Number(inn[1])).toBe(Number(inn[0]) + 1);
    expect(summary.formats).toContainEqual({ range: `C${inn[0]}:C${inn[1]}`, format: "#,##0.0#" });
  });
});

it("has one template sheet list", () => {
  expect(templateSheetNames(catalogue)).toHaveLength(7);
});
