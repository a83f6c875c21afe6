import { defaultCatalogue } from "../../src/catalogue";
import {
  lineage,
  rollupModel,
  rollupText,
  rollupWorkbook,
  rowContributions,
  type ParameterValue,
} from "../../src/core/rollup";
import { template, usageRow } from "./fixtures";

const catalogue = defaultCatalogue();
const model = rollupModel(catalogue);

/** A workbook whose every steering parameter is computed by hand in the comments below. */
const handmade = template({
  name: "osl-at-2025.xlsx",
  unit: "osl",
  agency: "at",
  usage: [
    usageRow("V122", 10, 4, 2), // row 2: BM1-ST, saksbehandling
    usageRow("V123", 5, 5, "tre"), // row 3: BM1-ST, umiddelbart; S is text → ignored
    usageRow("V101", 2, 0, 1, 150000), // row 4: BM1-TV-E
    usageRow("V113", 3, 1, null, 20000.5), // row 5: BM1-TV-I, umiddelbart
    usageRow("v224", 7, 2), // row 6: BM2-RE kontroll (lower-case id still classifies, like SUMIFS)
    usageRow("V243", 4, 4), // row 7: BM2-SY aksjoner "kontroll av arbeidsplasser"
    usageRow("V241", 6, 0), // row 8: "veiledning om rettigheter"
    usageRow("V201", 8, 3), // row 9: BM2 informasjon og veiledning
    usageRow("V248", 1, 1), // row 10: BM2-SY "andre": in BM2 but neither 01 nor 02
    usageRow("V332", 9, 3), // row 11: BM3-VI
    usageRow("V301", "12", 1), // row 12: BM3-EV; A as text → ignored
    usageRow("X999", 100, 50), // row 13: unknown instrument: counts nowhere, the total included
    { antall: 1000, kommentar: "rad uten id" }, // row 14: no id: counts nowhere
    usageRow("V125", true, { error: "#N/A" }), // row 15: boolean and error → ignored
  ],
  actors: [
    { referanse: "A1", status: "Ny", kapasitet: "Redusert" },
    { referanse: "A2", status: "aktiv", kapasitet: "økt" },
    { referanse: "A3", status: "Avsluttet", kapasitet: "Redusert" },
    { referanse: null, status: "Aktiv", kapasitet: "Økt", kommentar: "uten referanse: ingen rad" },
    { referanse: "A5", status: "Aktiv ", kapasitet: "Ukjent" }, // trailing space read away: Aktiv (the check warns)
  ],
  actions: [
    { dato: 45700, virksomheter: 12, personer: 30 },
    { dato: "2025-03-01", virksomheter: "5", personer: 7 },
    { dato: null, virksomheter: 3, personer: 2, kommentar: "uten dato" },
  ],
});

function byId(values: ParameterValue[]): Map<string, ParameterValue> {
  return new Map(values.map((v) => [v.id, v]));
}

describe("roll-up of one workbook, hand-computed", () => {
  const r = rollupWorkbook(handmade, catalogue);
  const v = byId(r.json.parameters);

  it("lists every catalogue parameter once, in catalogue order", () => {
    expect(r.json.parameters.map((p) => p.id)).toEqual(catalogue.steeringParameters.map((p) => p.id));
    expect(v.get("SP-BM1-01")!.name).toBe("Virkemiddelbruk mot sentrale trusselaktører");
  });

  it("SP-BM1-01 sums S over BM1 instruments, numbers only", () => {
    expect(v.get("SP-BM1-01")!.value).toBe(3);
    expect(v.get("SP-BM1-01")!.breakdown).toEqual({});
  });

  it("SP-BM1-02 sums A over BM1 with every BM1 grouping listed in catalogue order, zeros included", () => {
    const p = v.get("SP-BM1-02")!;
    expect(p.value).toBe(20);
    expect(Object.entries(p.breakdown)).toEqual([
      ["SP-BM1-02/BM1-TV-E", 2],
      ["SP-BM1-02/BM1-TV-I", 3],
      ["SP-BM1-02/BM1-ST", 15],
      ["SP-BM1-02/BM1-FR", 0],
      ["SP-BM1-02/BM1-HO", 0],
      ["SP-BM1-02/BM1-SF", 0],
    ]);
  });

  it("SP-BM1-03 and SP-BM1-04 sum NOK over their groupings", () => {
    expect(v.get("SP-BM1-03")!.value).toBe(150000);
    expect(v.get("SP-BM1-04")!.value).toBe(20000.5);
  });

  it("SP-BM1-05 and SP-BM1-06 are ratios of sums", () => {
    expect(v.get("SP-BM1-05")!.value).toBe(10 / 20);
    expect(v.get("SP-BM1-06")!.value).toBe(8 / 20);
  });

  it("SP-BM1-07..09 count actors with a reference, as read (case and spaces do not matter)", () => {
    // Active: A1 (Ny), A2 (aktiv), A5 ("Aktiv " read as Aktiv); four actors with a reference.
    expect(v.get("SP-BM1-07")!.value).toBe(3);
    expect(v.get("SP-BM1-08")!.value).toBe(2 / 4);
    expect(v.get("SP-BM1-09")!.value).toBe(1 / 4);
  });

  it("SP-BM2-01 and SP-BM2-02 follow the sub-category and name selectors", () => {
    expect(v.get("SP-BM2-01")!.value).toBe(11);
    expect(v.get("SP-BM2-02")!.value).toBe(14);
    expect(v.get("SP-BM2-03")!.value).toBe(10 / 26);
  });

  it("SP-BM2-04..06: actions are counted by date, summed over every row", () => {
    expect(v.get("SP-BM2-04")!.value).toBe(2);
    expect(v.get("SP-BM2-05")!.value).toBe(15);
    expect(v.get("SP-BM2-06")!.value).toBe(39);
  });

  it("SP-BM3-01 and SP-BM3-02", () => {
    expect(v.get("SP-BM3-01")!.value).toBe(9);
    expect(v.get("SP-BM3-01")!.breakdown).toEqual({ "SP-BM3-01/BM3-EV": 0, "SP-BM3-01/BM3-VI": 9 });
    expect(v.get("SP-BM3-02")!.value).toBe(4 / 9);
  });

  it("SP-ALL-01 sums the rows of known instruments: by goal through the catalogue, by the submitting agency", () => {
    const p = v.get("SP-ALL-01")!;
    // 20 (BM1) + 26 (BM2) + 9 (BM3); X999 and the row without an id count nowhere, so the total is the goals' sum.
    expect(p.value).toBe(55);
    expect(p.breakdown).toEqual({
      "SP-ALL-01/BM1": 20,
      "SP-ALL-01/BM2": 26,
      "SP-ALL-01/BM3": 9,
      "SP-ALL-01/AT": 55,
      "SP-ALL-01/NAV": 0,
      "SP-ALL-01/POL": 0,
      "SP-ALL-01/SKE": 0,
      "SP-ALL-01/TOLL": 0,
    });
  });

  it("normalises the identity to catalogue ids", () => {
    expect(r.identity).toMatchObject({ unit: "OSL", agency: "AT", period: "2025", status: "Innsendt" });
  });

  it("traces a value and a breakdown key to the contributing sheet rows", () => {
    expect(lineage(model, r.source, "SP-BM1-02", "SP-BM1-02/BM1-ST")).toEqual([
      { file: "osl-at-2025.xlsx", sheet: "Virkemiddelbruk", row: 2 },
      { file: "osl-at-2025.xlsx", sheet: "Virkemiddelbruk", row: 3 },
    ]);
    // A share's lineage covers numerator and denominator rows.
    expect(lineage(model, r.source, "SP-BM1-08").map((x) => x.row)).toEqual([2, 3, 4, 6]);
    expect(lineage(model, r.source, "SP-BM2-04").map((x) => `${x.sheet}!${x.row}`)).toEqual([
      "Aksjoner!2",
      "Aksjoner!3",
    ]);
    expect(lineage(model, r.source, "SP-ALL-01").length).toBe(10);
    expect(lineage(model, r.source, "NO-SUCH")).toEqual([]);
  });

  it("names, per row, the parameter keys it contributes to", () => {
    const usage = rowContributions(model, r.source).get("usage")!;
    expect(usage[0]).toEqual([
      "SP-BM1-01",
      "SP-BM1-02/BM1-ST",
      "SP-BM1-05",
      "SP-BM1-06",
      "SP-ALL-01/BM1",
      "SP-ALL-01/AT",
    ]);
    expect(usage[11]).toEqual([]); // unknown instrument: counts nowhere
    expect(usage[13]).toEqual([]); // nothing numeric
  });

  it("prints a readable text summary", () => {
    const text = rollupText(model, r.json.parameters, "nb");
    expect(text).toContain("SP-BM1-05  Andel tverretatlig virkemiddelbruk (BM1): 50,0");
    expect(text).toContain("BM1-ST");
  });
});

describe("roll-up edge cases", () => {
  it("gives empty shares (null) and zero counts for an empty template", () => {
    const v = byId(rollupWorkbook(template({}), catalogue).json.parameters);
    expect(v.get("SP-BM1-05")!.value).toBeNull();
    expect(v.get("SP-BM1-08")!.value).toBeNull();
    expect(v.get("SP-BM1-02")!.breakdown["SP-BM1-02/BM1-ST"]).toBe(0);
    expect(v.get("SP-BM2-04")!.value).toBe(0);
  });

  it("a share with an empty denominator in one key is null there only", () => {
    const v = byId(rollupWorkbook(template({ usage: [usageRow("V122", 4, 1)] }), catalogue).json.parameters);
    expect(v.get("SP-BM1-05")!.value).toBe(0.25);
    expect(v.get("SP-BM2-03")!.value).toBeNull();
  });

  it("puts nothing under an agency the catalogue does not know, but still counts the total", () => {
    const v = byId(
      rollupWorkbook(template({ agency: "XYZ", usage: [usageRow("V122", 4)] }), catalogue).json.parameters,
    );
    const all = v.get("SP-ALL-01")!;
    expect(all.value).toBe(4);
    expect(Object.values(all.breakdown).reduce<number>((s, x) => s + (x ?? 0), 0)).toBe(4); // 4 by goal + 0 by any agency
  });

  it("gives null where the template's formula shows #REF!: a deleted column or a missing table", () => {
    const snap = template({
      agency: "NAV",
      usage: [usageRow("V106", 4, 1, 1, 100)],
      actors: [{ referanse: "A" }],
    });
    const usage = snap.sheets.find((s) => s.name === "Virkemiddelbruk")!;
    usage.rows = usage.rows.map((r) => r && [r[0], r[1], r[2], r[3], null, r[5], r[6], r[7], r[8]]); // no Antall
    snap.sheets = snap.sheets.filter((s) => s.name !== "Aksjoner");
    snap.tables = snap.tables.filter((t) => t.name !== "tblAksjoner");
    const v = byId(rollupWorkbook(snap, catalogue).json.parameters);
    expect(v.get("SP-BM1-01")!.value).toBe(1); // needs S only
    expect(v.get("SP-BM1-04")!.value).toBe(100); // V106 is under BM1-TV-I from 2026.2
    expect(v.get("SP-BM1-02")!.value).toBeNull();
    expect(v.get("SP-BM1-02")!.breakdown["SP-BM1-02/BM1-FR"]).toBeNull();
    expect(v.get("SP-BM1-05")!.value).toBeNull();
    expect(v.get("SP-BM1-08")!.value).toBe(0);
    expect(v.get("SP-BM2-04")!.value).toBeNull();
    expect(v.get("SP-ALL-01")!.breakdown).toMatchObject({
      "SP-ALL-01/NAV": null,
      "SP-ALL-01/AT": 0,
      "SP-ALL-01/BM1": null,
    });
  });

  it("without the instrument-id column no usage row can be counted: those parameters are unavailable", () => {
    const snap = template({ usage: [usageRow("V133", 4, 1)], actions: [{ dato: 45700, virksomheter: 2 }] });
    const usage = snap.sheets.find((s) => s.name === "Virkemiddelbruk")!;
    usage.rows = usage.rows.map((r) => r && [null, ...r.slice(1)]);
    const v = byId(rollupWorkbook(snap, catalogue).json.parameters);
    expect(v.get("SP-ALL-01")!.value).toBeNull();
    expect(v.get("SP-ALL-01")!.breakdown).toMatchObject({ "SP-ALL-01/AT": null, "SP-ALL-01/BM1": null });
    expect(v.get("SP-BM1-02")!.value).toBeNull();
    expect(v.get("SP-BM2-05")!.value).toBe(2); // other tables still count
  });

  it("reads a template whose tables were moved and whose columns were reordered", () => {
    const snap = template({ usage: [usageRow("V122", 4, 1)] });
    const usage = snap.sheets.find((s) => s.name === "Virkemiddelbruk")!;
    usage.rows = usage.rows.map((r) => (r ? [...r].reverse() : r));
    const v = byId(rollupWorkbook(snap, catalogue).json.parameters);
    expect(v.get("SP-BM1-02")!.value).toBe(4);
    expect(v.get("SP-BM1-05")!.value).toBe(0.25);
  });
});
