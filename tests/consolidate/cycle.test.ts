/**
 * The secretariat's cycle: who has not sent yet (from the catalogue's membership or a list), and development
 * over the years (`Utvikling`). Expected figures are worked out by hand here, from the rows below.
 */
import { defaultCatalogue } from "../../src/catalogue";
import { loadCatalogueOrThrow } from "../../src/catalogue/check";
import {
  consolidate,
  consolidationJson,
  parseExpectedList,
  planConsolidatedWorkbook,
  type ConsolidationInput,
} from "../../src/core/consolidate";
import type { CellValue } from "../../src/core/model/snapshot";
import { template, usageRow, type TemplateSpec } from "../rollup/fixtures";
import { snapshotFromEdits } from "./apply";

const catalogue = defaultCatalogue();
const input = (spec: TemplateSpec): ConsolidationInput => ({
  file: spec.name!,
  hash: spec.name!,
  snapshot: template(spec),
  findings: [],
});
const actor = (referanse: string, status: string, kapasitet: string) => ({
  referanse,
  type: "Virksomhet",
  status,
  kapasitet,
  intensjon: "Ukjent",
});
const effect = (utgangsverdi: number, malverdi: number, resultat: number) => ({
  indikatorId: "EI-BM1-01",
  utgangsverdi,
  malverdi,
  resultat,
});

/** Two years of OSL returns, annual in 2025 and tertials in 2026, with the mess people make. */
const twoYears: TemplateSpec[] = [
  {
    name: "osl-at-2025.xlsx",
    agency: "AT",
    period: "2025",
    usage: [usageRow("V122", 10, 4)],
    actors: [actor("OSL-A1", "Aktiv", "Redusert"), actor("OSL-A2", "Ny", "Uendret")],
    effects: [effect(40, 60, 45)],
  },
  {
    name: "osl-nav-2025.xlsx",
    agency: "NAV",
    period: "2025",
    // Lower case and a trailing space in the id, and a typed Sum row that is never counted.
    usage: [usageRow(" v133 ", 6), usageRow("Sum", 16)],
    // The same actor as AT's, typed differently, with another Kapasitet: the least favourable counts.
    actors: [actor("osl-a1 ", "aktiv", "Uendret")],
  },
  {
    name: "osl-at-2026-t1.xlsx",
    agency: "AT",
    period: "2026-T1",
    usage: [usageRow("V122", 7, 7)],
    actors: [actor("OSL-A1", "Avsluttet", "Redusert")],
    effects: [effect(45, 70, 50)],
  },
  {
    name: "osl-at-2026-t2.xlsx",
    agency: "AT",
    period: "2026-T2",
    usage: [usageRow("V122", 5, 0)],
    actors: [actor("OSL-A3", "Ny", "Økt")],
    effects: [effect(45, 70, 55)],
  },
];

describe("Utvikling: development over the years", () => {
  const result = consolidate(twoYears.map(input), catalogue);
  const d = result.development!;
  const row = (id: string) => d.parameters.find((r) => r.id === id)!;

  it("gives each year's value by the counting rules, and the change from the year before", () => {
    expect(d.years).toEqual(["2025", "2026"]);
    // Σ Antall: 2025 10 + 6 (the Sum row is not counted); 2026 7 + 5. Change (12 − 16) / 16.
    expect(row("SP-ALL-01")).toMatchObject({ values: [16, 12], change: -0.25 });
    expect(row("SP-ALL-01/AT")).toMatchObject({ values: [10, 12], change: 0.2 });
    expect(row("SP-ALL-01/NAV")).toMatchObject({ values: [6, 0], change: -1 });
    // Σ T / Σ A over BM1: 2025 4 / 16; 2026 7 / 12. Change (7/12 − 1/4) / (1/4) = 4/3.
    expect(row("SP-BM1-05").values).toEqual([0.25, 7 / 12]);
    expect(row("SP-BM1-05").change).toBeCloseTo(4 / 3, 12);
    // Active actors (stock, distinct per unit, latest period of the year): 2025 A1 and A2; 2026 only A3 (A1
    // closed in T1). Change −1/2.
    expect(row("SP-BM1-07")).toMatchObject({ values: [2, 1], change: -0.5 });
    // Reduced capacity: 2025 A1 counts as Uendret (least favourable of AT's and NAV's), A2 Uendret: 0 of 2;
    // 2026 A1 Redusert, A3 Økt: 1 of 2. The earlier value is 0, so there is no change.
    expect(row("SP-BM1-08")).toMatchObject({ values: [0, 0.5], change: null });
  });

  it("shows effect indicators with the first baseline, the last target, each year's result and progress", () => {
    expect(d.effects).toEqual([
      expect.objectContaining({
        indicator: "EI-BM1-01",
        unit: "OSL",
        agency: "AT",
        baseline: 40,
        target: 70,
        // 2025: the annual result; 2026: the last tertial's.
        results: [45, 55],
        // (55 − 40) / (70 − 40)
        progress: 0.5,
      }),
    ]);
  });

  it("writes the Utvikling sheet with a column per year and Endring, and the same figures in the JSON", () => {
    const book = snapshotFromEdits(planConsolidatedWorkbook(result), "ut.xlsx");
    const sheet = book.sheets.find((s) => s.name === "Utvikling")!;
    expect(sheet.rows[0]).toEqual(["ID", "Styringsparameter", "2025", "2026", "Endring"]);
    const byId = (id: CellValue) => sheet.rows.find((r) => r?.[0] === id)!;
    expect(byId("SP-ALL-01").slice(2)).toEqual([16, 12, -0.25]);
    expect(byId("SP-BM1-08").slice(2)).toEqual([0, 0.5, null]);
    const effects = sheet.rows.findIndex((r) => r?.[0] === "Indikator-ID");
    expect(sheet.rows[effects]).toEqual([
      "Indikator-ID",
      "Effektindikator",
      "Rapporteringsenhet",
      "Etat",
      "Utgangsverdi",
      "Målverdi",
      "Resultat 2025",
      "Resultat 2026",
      "Fremdrift",
    ]);
    expect(sheet.rows[effects + 1]).toEqual([
      "EI-BM1-01",
      expect.any(String),
      "OSL",
      "AT",
      40,
      70,
      45,
      55,
      0.5,
    ]);
    expect(book.tables.map((t) => t.name)).toEqual(
      expect.arrayContaining(["tblUtvikling", "tblUtviklingEffekter"]),
    );
    const json = consolidationJson(result);
    expect(json.development!.parameters.find((p) => p.id === "SP-ALL-01")).toEqual({
      id: "SP-ALL-01",
      name: "Virkemiddelbruk totalt",
      values: { "2025": 16, "2026": 12 },
      change: -0.25,
    });
  });

  it("has no Utvikling within one year", () => {
    const one = consolidate(twoYears.slice(2).map(input), catalogue);
    expect(one.development).toBeNull();
    const book = snapshotFromEdits(planConsolidatedWorkbook(one), "en.xlsx");
    expect(book.sheets.map((s) => s.name)).not.toContain("Utvikling");
  });
});

describe("who has not sent yet", () => {
  const osl = (agency: string, period: string, part = "A-krimsenter"): TemplateSpec => ({
    name: `osl-${agency}-${period}-${part}.xlsx`.toLowerCase(),
    agency,
    period,
    part,
    usage: [usageRow("V122", 1)],
  });

  it("expects every member of every unit for each period seen; an annual return covers its tertials", () => {
    // Only OSL takes part, with a contact the secretariat keeps.
    const data = JSON.parse(JSON.stringify(catalogue));
    delete data.lookup;
    data.membership = [
      { unit: "OSL", agencies: ["AT", "NAV", "POL"], contact: "Sekretariatet, 22 00 00 00" },
    ];
    const own = loadCatalogueOrThrow(data);
    const result = consolidate(
      // AT sends the year, NAV the first tertial; a line return and a non-member's return are not asked for.
      [
        osl("AT", "2026"),
        osl("NAV", "2026-T1"),
        osl("SKE", "2026-T1"),
        osl("AT", "2026-T1", "Etatslinje"),
      ].map(input),
      own,
    );
    expect(result.expectedFrom).toBe("membership");
    const c = "Sekretariatet, 22 00 00 00";
    expect(result.missing).toEqual([
      { unit: "OSL", agency: "POL", part: "A-krimsenter", period: "2026", contact: c },
      { unit: "OSL", agency: "POL", part: "A-krimsenter", period: "2026-T1", contact: c },
    ]);
    const json = consolidationJson(result);
    expect(json.missing).toEqual([
      { unit: "OSL", agency: "POL", part: "A-krimsenter", period: "2026" },
      { unit: "OSL", agency: "POL", part: "A-krimsenter", period: "2026-T1" },
    ]);
    // A warning each, not an error; it counts among the warnings.
    expect(json.findings.map((f) => [f.rule, f.severity])).toEqual([
      ["consolidate.missing-submission", "warning"],
      ["consolidate.missing-submission", "warning"],
    ]);
    expect(json.summary).toMatchObject({ missing: 2, errors: 0 });
    // The register sheet lists them below the submissions, with the contact.
    const book = snapshotFromEdits(planConsolidatedWorkbook(result), "s.xlsx");
    const register = book.sheets.find((s) => s.name === "Innsendinger")!;
    const head = register.rows.findIndex((r) => r?.[3] === "Rapporteringsenhet" && r?.[7] === "Kontakt");
    expect(head).toBeGreaterThan(4);
    expect(register.rows.slice(head + 1, head + 3).map((r) => r!.slice(3, 8))).toEqual([
      ["OSL", "POL", "2026", "A-krimsenter", c],
      ["OSL", "POL", "2026-T1", "A-krimsenter", c],
    ]);
    expect(book.tables.map((t) => t.name)).toContain("tblManglende");
  });

  it("takes an expected list instead, and reads it strictly, naming the line at fault", () => {
    const list = parseExpectedList(
      catalogue,
      "unit\tagency\tpart\tperiod\n# the centres\nOSL\tAT\tcentre\t2026-t1\nosl\tSKE\tA-krimsenter\t2026-T1\nLINJE\tNAV\tline\t2026-T1\n",
    );
    expect(list).toEqual({
      ok: true,
      expected: [
        { unit: "OSL", agency: "AT", part: "A-krimsenter", period: "2026-T1" },
        { unit: "OSL", agency: "SKE", part: "A-krimsenter", period: "2026-T1" },
        { unit: "LINJE", agency: "NAV", part: "Etatslinje", period: "2026-T1" },
      ],
    });
    if (!list.ok) return;
    const result = consolidate([osl("AT", "2026-T1")].map(input), catalogue, { expected: list.expected });
    expect(result.expectedFrom).toBe("list");
    expect(result.missing.map((m) => `${m.unit} ${m.agency} ${m.part} ${m.period}`)).toEqual([
      "OSL SKE A-krimsenter 2026-T1",
      "LINJE NAV Etatslinje 2026-T1",
    ]);

    const bad = (text: string) => {
      const r = parseExpectedList(catalogue, text);
      return r.ok ? null : r.message.nb;
    };
    expect(bad("unit\tagency\tperiod\nOSL\tAT\t2026\n")).toBe(
      "Linje 1: overskriften mangler kolonnen part (kolonnene skal være unit, agency, part og period, skilt med tabulator).",
    );
    expect(bad("unit\tagency\tpart\tperiod\nOSL\tAT\tcentre\t2026\nOSL\tXX\tcentre\t2026\n")).toBe(
      "Linje 3: ukjent etat «XX».",
    );
    expect(bad("unit\tagency\tpart\tperiod\nOSL\tAT\tcentre\t2026-T4\n")).toMatch(
      /^Linje 2: ugyldig periode/,
    );
    expect(bad("unit\tagency\tpart\tperiod\nOSL\tAT\tbegge\t2026\n")).toMatch(/^Linje 2: ukjent innsats/);
    expect(bad("")).toMatch(/^Linje 1: listen er tom/);
  });

  it("says nothing is known when the catalogue does not say who takes part", () => {
    const data = JSON.parse(JSON.stringify(catalogue));
    delete data.lookup;
    delete data.membership;
    const result = consolidate([osl("AT", "2026-T1")].map(input), loadCatalogueOrThrow(data));
    expect(result.expectedFrom).toBeNull();
    expect(result.missing).toEqual([]);
    expect(consolidationJson(result).expectedFrom).toBeNull();
  });
});
