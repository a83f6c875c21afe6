import bundled from "../../src/catalogue/data/catalogue-2026.1.json";
import {
  defaultCatalogue,
  instrumentsForAgency,
  loadCatalogue,
  parseCatalogue,
  selectInstruments,
  type CatalogueResult,
} from "../../src/catalogue";

const clone = (): Record<string, any> => JSON.parse(JSON.stringify(bundled));
const problemsOf = (r: CatalogueResult) => (r.ok ? [] : r.problems);

describe("the bundled catalogue 2026.1", () => {
  const c = defaultCatalogue();

  test("has the version, 76 instruments with unique ids, and the three user goals", () => {
    expect(c.version).toBe("2026.1");
    expect(c.template.version).toBe("2026.1");
    expect(c.instruments).toHaveLength(76);
    expect(new Set(c.instruments.map((i) => i.id)).size).toBe(76);
    expect(c.taxonomy.filter((n) => n.level === "brukermål").map((n) => n.id)).toEqual(["BM1", "BM2", "BM3"]);
  });

  test("every reference resolves", () => {
    for (const ins of c.instruments) {
      expect(c.lookup.taxonomy.get(ins.goal)?.level).toBe("brukermål");
      expect(c.lookup.taxonomy.get(ins.grouping)?.parent).toBe(ins.goal);
      for (const a of ins.agencies) expect(c.lookup.agency.has(a)).toBe(true);
    }
    for (const n of c.taxonomy) if (n.parent) expect(c.lookup.taxonomy.has(n.parent)).toBe(true);
  });

  test("BM3's per-agency counts are AT 14, SKE 10, POL 8, NAV 5 (the column totals of the source)", () => {
    const bm3 = c.instruments.filter((i) => i.goal === "BM3");
    const count = (a: string) => bm3.filter((i) => i.agencies.includes(a)).length;
    expect({ AT: count("AT"), SKE: count("SKE"), POL: count("POL"), NAV: count("NAV") }).toEqual({
      AT: 14,
      SKE: 10,
      POL: 8,
      NAV: 5,
    });
  });

  test("every instrument keeps its provenance; TOLL has no instrument", () => {
    for (const ins of c.instruments)
      expect(ins.provenance.agenciesBasis).toMatch(/x-count|column totals|reconstructed/);
    expect(c.instruments.filter((i) => i.provenance.agenciesBasis === "from x-count")).toHaveLength(10);
    expect(instrumentsForAgency(c, "TOLL")).toHaveLength(0);
    expect(c.agencies.map((a) => a.id)).toEqual(["AT", "NAV", "POL", "SKE", "TOLL"]);
    expect(c.units.map((u) => u.id)).toEqual([
      "OSL",
      "BGO",
      "SVG",
      "TRD",
      "KRS",
      "TBG",
      "BOO",
      "ALT",
      "MRO",
      "INN",
      "FRO",
      "LINJE",
    ]);
  });

  test("the steering parameters of REPORTING.md, in order, declaratively", () => {
    expect(c.steeringParameters.map((p) => p.id)).toEqual([
      "SP-BM1-01",
      "SP-BM1-02",
      "SP-BM1-03",
      "SP-BM1-04",
      "SP-BM1-05",
      "SP-BM1-06",
      "SP-BM1-07",
      "SP-BM1-08",
      "SP-BM1-09",
      "SP-BM2-01",
      "SP-BM2-02",
      "SP-BM2-03",
      "SP-BM2-04",
      "SP-BM2-05",
      "SP-BM2-06",
      "SP-BM3-01",
      "SP-BM3-02",
      "SP-ALL-01",
    ]);
    const sel = (id: string) => {
      const v = c.steeringParameters.find((p) => p.id === id)!.value;
      if (v.op !== "sum" || !v.instruments) throw new Error(id);
      return selectInstruments(c, v.instruments).map((i) => i.id);
    };
    expect(sel("SP-BM2-01")).toEqual([
      "V203",
      "V204",
      "V205",
      "V206",
      "V207",
      "V208",
      "V209",
      "V210",
      "V223",
      "V224",
      "V242",
      "V243",
      "V244",
    ]);
    expect(sel("SP-BM2-02")).toEqual(["V201", "V202", "V221", "V222", "V241"]);
    expect(sel("SP-BM1-03")).toEqual(["V101", "V102", "V103", "V104", "V105", "V106", "V107"]);
  });

  test("the template's sheets and headers are those of REPORTING.md", () => {
    const t = c.template;
    expect(t.cover.fields.map((f) => f.label)).toEqual([
      "Rapporteringsenhet",
      "Etat",
      "Periode",
      "Malversjon",
      "Katalogversjon",
      "Kontakt",
      "Status",
    ]);
    const headers = Object.fromEntries(
      t.tables.map((s) => [`${s.name}/${s.table}`, s.columns.map((col) => col.header)]),
    );
    expect(headers).toEqual({
      "Virkemiddelbruk/tblVirkemiddelbruk": [
        "Virkemiddel-ID",
        "Virkemiddel",
        "Brukermål",
        "Gruppering",
        "Antall",
        "Herav tverretatlig",
        "Herav mot sentrale trusselaktører",
        "Beløp (NOK)",
        "Kommentar",
      ],
      "Aktører/tblAktorer": [
        "Aktørreferanse",
        "Type",
        "Status",
        "Kapasitet",
        "Intensjon",
        "Etater involvert",
        "Kommentar",
      ],
      "Aksjoner/tblAksjoner": [
        "Dato",
        "Etater",
        "Virksomheter kontrollert",
        "Personer kontrollert",
        "Kommentar",
      ],
      "Effekter/tblEffekter": [
        "Indikator-ID",
        "Effektindikator",
        "Brukermål",
        "Måleenhet",
        "Utgangsverdi",
        "Målverdi",
        "Resultat",
        "Kilde/metode",
        "Kommentar",
      ],
    });
    expect(t.summarySheet).toBe("Styringsparametre");
    expect(t.catalogueSheet).toBe("Katalog");
  });
});

describe("loading a catalogue checks it and names the fault", () => {
  test("not JSON", () => {
    const p = problemsOf(parseCatalogue("{ not json"));
    expect(p[0].message.nb).toMatch(/ikke gyldig JSON/);
    expect(p[0].message.en).toMatch(/not valid JSON/);
  });

  test("a __proto__ or constructor key is refused before anything else, and no prototype is touched", () => {
    const text = JSON.stringify(clone()).replace('"format":', '"__proto__":{"polluted":true},"format":');
    const p = problemsOf(parseCatalogue(text));
    expect(p[0].path).toBe("__proto__");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const c = clone();
    c.instruments[0].constructor = { prototype: { x: 1 } };
    expect(problemsOf(loadCatalogue(c))[0].path).toBe("instruments[0].constructor");
  });

  test("an instrument whose grouping does not exist", () => {
    const c = clone();
    c.instruments[5].grouping = "BM1-XX";
    const p = problemsOf(loadCatalogue(c));
    expect(p).toEqual([
      {
        path: "instruments[5].grouping",
        message: expect.objectContaining({ nb: expect.stringContaining('"BM1-XX" finnes ikke') }),
      },
    ]);
  });

  test("a grouping under the wrong goal, an unknown agency, a duplicate id", () => {
    const c = clone();
    c.instruments[0].grouping = "BM2-PL";
    c.instruments[1].agencies = ["SKE", "FBI"];
    c.instruments[2].id = c.instruments[3].id;
    const paths = problemsOf(loadCatalogue(c)).map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining(["instruments[0].grouping", "instruments[1].agencies[1]", "instruments[3].id"]),
    );
  });

  test("an unsupported format version or a foreign file", () => {
    const c = clone();
    c.formatVersion = 99;
    expect(problemsOf(loadCatalogue(c))[0].message.en).toMatch(/format 99 is not supported/);
    expect(problemsOf(loadCatalogue({ hello: "world" }))[0].path).toBe("format");
    expect(problemsOf(loadCatalogue([1, 2]))[0].message.en).toMatch(/must be a JSON object/);
  });

  test("absurd sizes and nesting", () => {
    const c = clone();
    c.instruments = Array.from({ length: 3000 }, () => c.instruments[0]);
    expect(problemsOf(loadCatalogue(c))[0].path).toBe("instruments");
    let deep: unknown = 1;
    for (let i = 0; i < 50; i++) deep = { a: deep };
    expect(problemsOf(loadCatalogue({ ...clone(), deep }))[0].message.en).toMatch(/nested too deeply/);
    expect(problemsOf(parseCatalogue(" ".repeat(6_000_000)))[0].message.en).toMatch(/too large/);
  });

  test("a wrong type names the path", () => {
    const c = clone();
    c.instruments[7].speed = "sometimes";
    c.steeringParameters[0].value.column = "nonexistent";
    const paths = problemsOf(loadCatalogue(c)).map((p) => p.path);
    expect(paths).toContain("instruments[7].speed");
  });

  test("a steering parameter that refers to an unknown column or enumeration value", () => {
    const c = clone();
    c.steeringParameters[0].value.column = "nonexistent";
    c.steeringParameters[6].value.where.in = ["Sovende"];
    const paths = problemsOf(loadCatalogue(c)).map((p) => p.path);
    expect(paths).toEqual(["steeringParameters[0].value.column", "steeringParameters[6].value.where.in[0]"]);
  });
});
