/**
 * Two agencies of Oslo filled their 2026-T1 templates the way people do: an id with a trailing space, a status
 * with a non-breaking space, a typed Sum row, an unknown id, the same four threat actors (two given different
 * values), the one joint action both took part in, and a small line-work return beside them. Every expected
 * figure below is worked out by hand from the rows, in the comments, never with the engine.
 */
import { defaultCatalogue } from "../../src/catalogue";
import { consolidate, consolidationJson } from "../../src/core/consolidate";
import { validateWorkbook } from "../../src/core/validation";
import { rollupWorkbook } from "../../src/core/rollup";
import { template, type TemplateSpec } from "./fixtures";

const catalogue = defaultCatalogue();
const NBSP = "\u00a0";

const AT: TemplateSpec = {
  name: "OSL_AT_2026-T1.xlsx",
  unit: "OSL",
  agency: "AT",
  period: "2026-T1",
  personYears: 4,
  usage: [
    { instrumentId: "V122 ", antall: 10, tverretatlig: 4, sentrale: 2 }, // BM1-ST, saksbehandling
    { instrumentId: "v123", antall: 5, tverretatlig: 5, sentrale: 1 }, // BM1-ST, umiddelbart
    { instrumentId: "V108", antall: 3, belop: 150_000 }, // BM1-TV-E (new in 2026.2)
    { instrumentId: "V242", antall: 20, tverretatlig: 8 }, // BM2-SY aksjoner, "kontroll av …"
    { instrumentId: "V301", antall: 2, tverretatlig: 0 }, // BM3-EV
    { instrumentId: "Sum", antall: 40, tverretatlig: 17, sentrale: 3 }, // typed total: never counted
  ],
  actors: [
    { referanse: "A-1", type: "Virksomhet", status: "Aktiv", kapasitet: "Redusert", intensjon: "Uendret" },
    { referanse: "A-2", type: "Virksomhet", status: `Aktiv${NBSP}`, kapasitet: "Økt", intensjon: "Redusert" },
    { referanse: "A-3", type: "Nettverk", status: "Ny", kapasitet: "Redusert", intensjon: "Redusert" },
    { referanse: "A-4", type: "Person", status: "Avsluttet", kapasitet: "Uendret", intensjon: "Uendret" },
  ],
  actions: [{ dato: "2026-02-10", etater: "AT/SKE", virksomheter: 12, personer: 30, aksjonsId: "OSL-26-01" }],
};

const SKE: TemplateSpec = {
  name: "OSL_SKE_2026-T1.xlsx",
  unit: "OSL",
  agency: "SKE",
  period: "2026-T1",
  personYears: "6",
  usage: [
    { instrumentId: "V101", antall: 7, tverretatlig: 3, sentrale: 2, belop: 2_000_000 }, // BM1-TV-E
    { instrumentId: "V105", antall: 2, tverretatlig: 1, belop: 500_000 }, // BM1-TV-I in 2026.2
    { instrumentId: "V242", antall: 6, tverretatlig: 6 }, // BM2-SY aksjoner
    { instrumentId: "V203", antall: 9, tverretatlig: 2 }, // BM2-PL kontroll
    { instrumentId: "V999", antall: 4 }, // no such instrument: counts nowhere
    { instrumentId: "I alt", antall: 24 }, // typed total
  ],
  actors: [
    { referanse: "A-1", type: "Virksomhet", status: "Aktiv", kapasitet: "Redusert", intensjon: "Uendret" },
    { referanse: "a-2", type: "Virksomhet", status: "aktiv", kapasitet: "Redusert", intensjon: "Redusert" },
    { referanse: "A-3", type: "Nettverk", status: "Ny", kapasitet: "Uendret", intensjon: "Redusert" },
    { referanse: "A-4", type: "Person", status: "Avsluttet", kapasitet: "Uendret", intensjon: "Uendret" },
  ],
  actions: [
    { dato: "2026-02-10", etater: "SKE, AT", virksomheter: 10, personer: 30, aksjonsId: "OSL-26-01" },
  ],
};

/** The agency line's own return for Oslo: another part of the effort, not a conflict with AT's centre return. */
const AT_LINE: TemplateSpec = {
  name: "OSL_AT_2026-T1_linje.xlsx",
  unit: "OSL",
  agency: "AT",
  period: "2026-T1",
  part: "Etatslinje",
  usage: [{ instrumentId: "V122", antall: 1 }],
};

const inputs = [AT, SKE, AT_LINE].map((spec) => {
  const snapshot = template(spec, catalogue);
  return { file: spec.name!, hash: spec.name!, snapshot, findings: validateWorkbook(snapshot, catalogue) };
});
const result = consolidate(inputs, catalogue);
const json = consolidationJson(result);
const value = (id: string) => json.parameters.find((p) => p.id === id)!;

describe("two agencies of Oslo, filled as people fill them", () => {
  it("counts all three returns, the line return as its own part", () => {
    expect(json.conflicts).toEqual([]);
    expect(result.entries.map((e) => [e.file, e.treatment, e.identity.part])).toEqual([
      ["OSL_AT_2026-T1.xlsx", "counted", "A-krimsenter"],
      ["OSL_AT_2026-T1_linje.xlsx", "counted", "Etatslinje"],
      ["OSL_SKE_2026-T1.xlsx", "counted", "A-krimsenter"],
    ]);
  });

  it("gives the figures worked out by hand", () => {
    // Σ S over BM1: AT V122 2 + V123 1, SKE V101 2 = 5 (the Sum row's 3 is not counted).
    expect(value("SP-BM1-01").value).toBe(5);
    // Σ A over BM1: BM1-ST 10 + 5 + 1 (line) = 16; BM1-TV-E V108 3 + V101 7 = 10; BM1-TV-I V105 2. Total 28.
    expect(value("SP-BM1-02").value).toBe(28);
    expect(value("SP-BM1-02").breakdown["SP-BM1-02/BM1-ST"]).toBe(16);
    expect(value("SP-BM1-02").breakdown["SP-BM1-02/BM1-TV-E"]).toBe(10);
    expect(value("SP-BM1-02").breakdown["SP-BM1-02/BM1-TV-I"]).toBe(2);
    // Σ B: BM1-TV-E 150 000 + 2 000 000; BM1-TV-I 500 000 (V105 moved there in 2026.2).
    expect(value("SP-BM1-03").value).toBe(2_150_000);
    expect(value("SP-BM1-04").value).toBe(500_000);
    // Σ T / Σ A over BM1: (4 + 5 + 3 + 1) / 28.
    expect(value("SP-BM1-05").value).toBeCloseTo(13 / 28, 12);
    // Immediate: V123 5 / 28.
    expect(value("SP-BM1-06").value).toBeCloseTo(5 / 28, 12);
    // Four distinct actors (a-2 is A-2). Active: A-1, A-2 (non-breaking space read away), A-3 (Ny) = 3.
    expect(value("SP-BM1-07").value).toBe(3);
    // Capacity, least favourable: A-1 Redusert; A-2 Økt (AT) over Redusert (SKE); A-3 Uendret (SKE) over
    // Redusert (AT); A-4 Uendret. Reduced 1 of 4, increased 1 of 4.
    expect(value("SP-BM1-08").value).toBe(0.25);
    expect(value("SP-BM1-09").value).toBe(0.25);
    // Intent reduced: A-2 (both Redusert) and A-3 (both Redusert) = 2 of 4.
    expect(value("SP-BM1-10").value).toBe(0.5);
    // Controls: V242 20 + 6, V203 9 = 35; no guidance.
    expect(value("SP-BM2-01").value).toBe(35);
    expect(value("SP-BM2-02").value).toBe(0);
    // Σ T / Σ A over BM2: (8 + 6 + 2) / 35.
    expect(value("SP-BM2-03").value).toBeCloseTo(16 / 35, 12);
    // One joint action, with the larger of the figures: 12 businesses, 30 persons.
    expect(value("SP-BM2-04").value).toBe(1);
    expect(value("SP-BM2-05").value).toBe(12);
    expect(value("SP-BM2-06").value).toBe(30);
    // BM3: V301 2, of which 0 inter-agency.
    expect(value("SP-BM3-01").value).toBe(2);
    expect(value("SP-BM3-02").value).toBe(0);
    // Σ A of known instruments: AT 10 + 5 + 3 + 20 + 2 = 40, line 1, SKE 7 + 2 + 6 + 9 = 24: 65.
    expect(value("SP-ALL-01").value).toBe(65);
    expect(value("SP-ALL-01").breakdown).toMatchObject({
      "SP-ALL-01/BM1": 28,
      "SP-ALL-01/BM2": 35,
      "SP-ALL-01/BM3": 2,
      "SP-ALL-01/AT": 41,
      "SP-ALL-01/SKE": 24,
    });
    // Årsverk 4 + 6 ("6" typed as text is understood); the line return gives none.
    expect(value("SP-INN-01").value).toBe(10);
    // Uses per person-year over the returns that give both: (40 + 24) / 10.
    expect(value("SP-INN-02").value).toBeCloseTo(6.4, 12);
  });

  it("the total equals the sum of the user goals", () => {
    const all = value("SP-ALL-01");
    expect(all.value).toBe(
      (all.breakdown["SP-ALL-01/BM1"] ?? 0) +
        (all.breakdown["SP-ALL-01/BM2"] ?? 0) +
        (all.breakdown["SP-ALL-01/BM3"] ?? 0),
    );
  });

  it("shows each part in its own column", () => {
    expect(result.parts).toEqual(["A-krimsenter", "Etatslinje"]);
    const byPart = (part: string, id: string) => json.byPart[part].find((p) => p.id === id)!.value;
    expect(byPart("A-krimsenter", "SP-ALL-01")).toBe(64);
    expect(byPart("Etatslinje", "SP-ALL-01")).toBe(1);
    // Actors are counted within each part's returns too.
    expect(byPart("A-krimsenter", "SP-BM1-07")).toBe(3);
    expect(byPart("Etatslinje", "SP-BM1-07")).toBe(0);
  });

  it("says what it did not count, and where agencies disagree", () => {
    const rules = (file: string) =>
      json.files.find((f) => f.file === file)!.findings.map((f) => `${f.rule}@${f.row ?? ""}`);
    const at = rules("OSL_AT_2026-T1.xlsx");
    const ske = rules("OSL_SKE_2026-T1.xlsx");
    // The typed totals (sheet rows 7: header on row 1, six data rows).
    expect(at).toContain("cell.total-row@7");
    expect(ske).toContain("cell.total-row@7");
    expect(ske).toContain("usage.unknown-instrument@6");
    // Read differently from how it was typed: said, and counted as read.
    expect(at).toEqual(expect.arrayContaining(["cell.read-as@2", "cell.read-as@3"]));
    expect(at).toContain("cell.read-as@3"); // the status with a non-breaking space, Aktører row 3
    // The actors that the agencies describe differently, and the joint action's figures.
    expect(at.filter((r) => r.startsWith("consolidate.actor-disagreement")).sort()).toEqual([
      "consolidate.actor-disagreement@3",
      "consolidate.actor-disagreement@4",
    ]);
    expect(ske).toContain("consolidate.action-disagreement@2");
    const message = json.files
      .find((f) => f.file === "OSL_AT_2026-T1.xlsx")!
      .findings.find((f) => f.rule === "consolidate.action-disagreement")!.message;
    expect(message).toContain("OSL-26-01");
    expect(message).toContain("Virksomheter kontrollert = 12");
  });

  it("each return rolled up alone counts its own rows the same way", () => {
    const own = rollupWorkbook(template(SKE, catalogue), catalogue).json.parameters;
    const get = (id: string) => own.find((p) => p.id === id)!.value;
    // SKE alone: Σ A 7 + 2 + 6 + 9 = 24 (V999 and "I alt" not counted); Årsverk 6; 24 / 6 = 4.
    expect(get("SP-ALL-01")).toBe(24);
    expect(get("SP-INN-01")).toBe(6);
    expect(get("SP-INN-02")).toBe(4);
    // Its own four actors: reduced capacity A-1 and a-2 = 2 of 4.
    expect(get("SP-BM1-08")).toBe(0.5);
  });
});

describe("effect indicators over a year", () => {
  it("warns when a baseline or target changes within the year, on the later return", () => {
    const t1 = template({
      name: "OSL_AT_2026-T1.xlsx",
      unit: "OSL",
      period: "2026-T1",
      effects: [{ indikatorId: "EI-BM1-01", utgangsverdi: 40, malverdi: 55, resultat: 42 }],
    });
    const t2 = template({
      name: "OSL_AT_2026-T2.xlsx",
      unit: "OSL",
      period: "2026-T2",
      effects: [{ indikatorId: "EI-BM1-01", utgangsverdi: 38, malverdi: 55, resultat: 45 }],
    });
    const t3 = template({
      name: "OSL_AT_2026-T3.xlsx",
      unit: "OSL",
      period: "2026-T3",
      effects: [{ indikatorId: "EI-BM1-01", utgangsverdi: 40, malverdi: 55, resultat: 47 }],
    });
    const r = consolidationJson(
      consolidate(
        [t1, t2, t3].map((s) => ({ file: s.name, hash: s.name, snapshot: s })),
        catalogue,
      ),
    );
    const warned = (file: string) =>
      r.files
        .find((f) => f.file === file)!
        .findings.filter((f) => f.rule === "consolidate.effect-value-changed");
    expect(warned("OSL_AT_2026-T1.xlsx")).toEqual([]);
    expect(warned("OSL_AT_2026-T2.xlsx")).toHaveLength(1);
    expect(warned("OSL_AT_2026-T2.xlsx")[0].message).toContain("Utgangsverdi 40 → 38");
    expect(warned("OSL_AT_2026-T2.xlsx")[0].row).toBe(2);
    expect(warned("OSL_AT_2026-T3.xlsx")).toEqual([]); // back to the year's first value
  });
});
