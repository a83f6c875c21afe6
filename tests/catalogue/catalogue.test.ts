import bundled from "../../src/catalogue/data/catalogue-2026.1.json";
import bundled2026_2 from "../../src/catalogue/data/catalogue-2026.2.json";
import {
  defaultCatalogue,
  instrumentsForAgency,
  bundledCatalogues,
  selectInstruments,
  type CatalogueResult,
} from "../../src/catalogue";
import { loadCatalogue, loadCatalogueOrThrow, parseCatalogue } from "../../src/catalogue/check";

describe("every bundled catalogue", () => {
  // The product builds bundled catalogues without the full check (start-up time); this is where they get it.
  test.each([
    ["2026.1", bundled],
    ["2026.2", bundled2026_2],
  ])(
    "%s passes the full check, and the product builds it exactly as the full check would",
    (version, data) => {
      const full = loadCatalogue(data);
      expect(problemsOf(full)).toEqual([]);
      const inUse = bundledCatalogues().find((c) => c.version === version);
      expect(inUse).toEqual(full.ok && full.catalogue);
    },
  );
});

const clone = (): Record<string, any> => JSON.parse(JSON.stringify(bundled));
const problemsOf = (r: CatalogueResult) => (r.ok ? [] : r.problems);

describe("the bundled catalogue 2026.1", () => {
  const c = loadCatalogueOrThrow(bundled);

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

describe("the bundled catalogue 2026.2 (the one in use)", () => {
  const c = defaultCatalogue();
  const old = loadCatalogueOrThrow(bundled);

  test("is the default, with 2026.1 still bundled beside it", () => {
    expect(c.version).toBe("2026.2");
    expect(c.template.version).toBe("2026.2");
    expect(bundledCatalogues().map((x) => x.version)).toEqual(["2026.1", "2026.2"]);
  });

  test("V105–V107 are under BM1-TV-I; V108 and V109 are added for AT; nothing else moved", () => {
    const place = (x: typeof c, id: string) => x.lookup.instrument.get(id)?.grouping;
    expect(["V105", "V106", "V107"].map((id) => [place(old, id), place(c, id)])).toEqual([
      ["BM1-TV-E", "BM1-TV-I"],
      ["BM1-TV-E", "BM1-TV-I"],
      ["BM1-TV-E", "BM1-TV-I"],
    ]);
    for (const id of ["V108", "V109"]) {
      const ins = c.lookup.instrument.get(id)!;
      expect([ins.grouping, ins.agencies, ins.provenance.agenciesBasis]).toEqual([
        "BM1-TV-E",
        ["AT"],
        "added",
      ]);
    }
    expect(c.lookup.instrument.get("V108")!.name.nb).toBe("tvangsmulkt");
    expect(c.lookup.instrument.get("V109")!.name.nb).toBe("overtredelsesgebyr");
    const moved = old.instruments.filter(
      (i) => !["V105", "V106", "V107"].includes(i.id) && place(c, i.id) !== i.grouping,
    );
    expect(moved).toEqual([]);
    expect(c.instruments).toHaveLength(78);
  });

  test("every instrument and every counted column has a definition in both languages, short enough for Excel", () => {
    for (const ins of c.instruments) {
      expect(ins.help?.nb.length).toBeGreaterThan(20);
      expect(ins.help?.en.length).toBeGreaterThan(20);
      // Excel's input message holds at most 255 characters.
      expect(ins.help!.nb.length).toBeLessThanOrEqual(255);
    }
    const usage = c.lookup.table.get("usage")!;
    for (const key of ["antall", "tverretatlig", "sentrale", "belop"]) {
      const help = usage.columns.find((col) => col.key === key)!.help;
      expect(help?.nb.length).toBeGreaterThan(20);
      expect(help!.nb.length).toBeLessThanOrEqual(255);
    }
  });

  test("the new and renamed steering parameters, and counting rules for actors and actions", () => {
    const p = (id: string) => c.steeringParameters.find((x) => x.id === id)!;
    const before = old.steeringParameters.map((x) => x.id);
    const bm1 = before.filter((id) => id.startsWith("SP-BM1"));
    expect(c.steeringParameters.map((x) => x.id)).toEqual([
      ...bm1,
      "SP-BM1-10",
      ...before.slice(bm1.length),
      "SP-INN-01",
      "SP-INN-02",
    ]);
    expect(p("SP-BM1-10").name.nb).toBe("Andel aktører med redusert intensjon");
    expect(p("SP-INN-01").name.nb).toBe("Innsats (årsverk)");
    expect(p("SP-INN-02").name.nb).toBe("Virkemiddelbruk per årsverk");
    expect(p("SP-BM2-03").name.nb).toBe("Andel tverretatlig virkemiddelbruk (BM2)");
    expect(p("SP-BM3-01").name.nb).toBe("Virkemiddelbruk rettet mot oppdragsgivere og forbrukere");
    expect(p("SP-BM3-02").name.nb).toBe("Andel tverretatlig virkemiddelbruk (BM3)");
    for (const id of ["SP-BM1-07", "SP-BM1-08", "SP-BM1-09", "SP-BM1-10"])
      expect(p(id).counting).toBe("actors");
    for (const id of ["SP-BM2-04", "SP-BM2-05", "SP-BM2-06"]) expect(p(id).counting).toBe("actions");
    expect(c.countingRules?.actors).toMatchObject({ kind: "stock", table: "actors", key: "referanse" });
    expect(c.countingRules?.actions).toMatchObject({ kind: "joint", table: "actions", key: "aksjonsId" });
  });

  test("the cover has Innsats and Årsverk; Aksjoner ends with an optional Aksjons-ID", () => {
    const fields = c.template.cover.fields;
    expect(fields.find((f) => f.key === "part")).toMatchObject({
      label: "Innsats",
      property: "AkrimInnsats",
    });
    expect(fields.find((f) => f.key === "personYears")).toMatchObject({ label: "Årsverk", optional: true });
    expect((c.enumerations.effortPart ?? []).map((v) => v.value)).toEqual(["A-krimsenter", "Etatslinje"]);
    const actions = c.lookup.table.get("actions")!.columns;
    expect(actions[actions.length - 1]).toMatchObject({
      key: "aksjonsId",
      header: "Aksjons-ID",
      optional: true,
    });
  });

  test("effect indicators state their level", () => {
    for (const e of c.effectIndicators) expect(["nasjonal", "enhet", "etat"]).toContain(e.level);
    expect(c.effectIndicators.filter((e) => e.level === "etat").map((e) => [e.id, e.agency])).toEqual([
      ["EI-BM2-01", "AT"],
    ]);
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
        message: expect.objectContaining({ nb: expect.stringContaining("«BM1-XX» finnes ikke") }),
      },
    ]);
  });

  test("says each fault in both languages, with what it names filled in", () => {
    const c = clone();
    c.version = "2026";
    expect(problemsOf(loadCatalogue(c))).toEqual([
      {
        path: "version",
        message: {
          nb: "Ugyldig versjon: skriv ÅÅÅÅ.N, for eksempel 2026.1.",
          en: "Invalid version: write YYYY.N, for example 2026.1.",
        },
      },
    ]);
    const d = clone();
    d.instruments[0].agencies = ["FBI"];
    expect(problemsOf(loadCatalogue(d))).toEqual([
      {
        path: "instruments[0].agencies[0]",
        message: {
          nb: "Etaten «FBI» finnes ikke i katalogen.",
          en: "The agency “FBI” does not exist in the catalogue.",
        },
      },
    ]);
    // A count in the message is written the language's way.
    expect(problemsOf(parseCatalogue(" ".repeat(6_000_000)))[0].message.nb).toBe(
      "Katalogfilen er for stor (6\u00a0000\u00a0000 tegn, høyst 5\u00a0000\u00a0000).",
    );
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
    expect(problemsOf(loadCatalogue({ ...clone(), deep }))[0].message.en).toMatch(
      /too many levels inside each other/,
    );
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
