import { defaultCatalogue, selectInstruments } from "../../src/catalogue";
import { loadCatalogueOrThrow } from "../../src/catalogue/check";
import bundled from "../../src/catalogue/data/catalogue-2026.1.json";
import {
  exactCriterion,
  FormulaCompiler,
  structuredRef,
  type SummaryRow,
} from "../../src/core/template/formulas";

const catalogue = defaultCatalogue();
const all = () => true;
const rows = (c = catalogue): SummaryRow[] =>
  new FormulaCompiler(c, {
    hasColumn: all,
    agencyCell: "Forside!$B$3",
    fieldCell: () => "Forside!$B$9",
  }).summaryRows(2, "C");
const byId = (id: string, c = catalogue) => rows(c).find((r) => r.id === id)!;

describe("structured references and criteria", () => {
  it("escapes the characters Excel reserves in column names", () => {
    expect(structuredRef("tblX", "Beløp (NOK)")).toBe("tblX[Beløp (NOK)]");
    expect(structuredRef("tblX", "Antall [stk] #1 'ca'")).toBe("tblX[Antall '[stk'] '#1 ''ca'']");
  });
  it("matches values exactly, even those that look like operators or wildcards", () => {
    expect(exactCriterion("Aktiv")).toBe("Aktiv");
    expect(exactCriterion("<5")).toBe("=<5");
    expect(exactCriterion("a*b?")).toBe("=a~*b~?");
  });
});

describe("compiled steering parameters (catalogue 2026.2)", () => {
  const quoted = (ids: string[]) => `{${ids.map((id) => `"${id}"`).join(",")}}`;
  const allIds = catalogue.instruments.map((i) => i.id);
  const usageSum = (column: string, ids: string[]) =>
    `SUMPRODUCT(SUMIFS(tblVirkemiddelbruk[${column}],tblVirkemiddelbruk[Virkemiddel-ID],${quoted(ids)}))`;
  // The counting rules' key columns and the "one key" weights of the formulas.
  const R = "tblAktorer[Aktørreferanse]";
  const perActor = (col: string, v: string) => `COUNTIFS(${R},${R}&"",tblAktorer[${col}],"${v}")`;
  const actors = `SUMPRODUCT((${R}<>"")/COUNTIF(${R},${R}&""))`;
  const I = "tblAksjoner[Aksjons-ID]";
  const D = "tblAksjoner[Dato]";

  it("sums usage over explicit instrument id lists resolved from the selectors", () => {
    const ids = selectInstruments(catalogue, [{ goals: ["BM1"] }]).map((i) => i.id);
    expect(byId("SP-BM1-01").formula).toBe(usageSum("Herav mot sentrale trusselaktører", ids));
  });
  it("lists every catalogue id in a usage sum without selectors: an unknown instrument counts nowhere", () => {
    expect(allIds).toEqual(expect.arrayContaining(["V108", "V109"]));
    expect(byId("SP-ALL-01").formula).toBe(usageSum("Antall", allIds));
  });
  it("counts each actor reference once, with the least favourable of its rows' values", () => {
    // Status ranks Aktiv before Ny: a reference counts as Ny only when none of its rows says Aktiv.
    expect(byId("SP-BM1-07").formula).toBe(
      `SUMPRODUCT((${R}<>"")*(tblAktorer[Status]="Ny")*(${perActor("Status", "Aktiv")}=0)/(${perActor("Status", "Ny")}+(tblAktorer[Status]<>"Ny")+(${R}="")))` +
        `+SUMPRODUCT((${R}<>"")*(tblAktorer[Status]="Aktiv")/(${perActor("Status", "Aktiv")}+(tblAktorer[Status]<>"Aktiv")+(${R}="")))`,
    );
  });
  it("makes shares ratios over distinct actors, empty when there is none", () => {
    // Redusert is the most favourable capacity: it holds only when no row of the reference says otherwise.
    const worse = ["Økt", "Uendret", "Ukjent"].map((v) => perActor("Kapasitet", v)).join("+");
    expect(byId("SP-BM1-08").formula).toBe(
      `IF(${actors}=0,"",SUMPRODUCT((${R}<>"")*(tblAktorer[Kapasitet]="Redusert")*(${worse}=0)/(${perActor("Kapasitet", "Redusert")}+(tblAktorer[Kapasitet]<>"Redusert")+(${R}="")))/${actors})`,
    );
    // Økt is the least favourable: one row saying so is enough.
    expect(byId("SP-BM1-09").formula).toBe(
      `IF(${actors}=0,"",SUMPRODUCT((${R}<>"")*(tblAktorer[Kapasitet]="Økt")/(${perActor("Kapasitet", "Økt")}+(tblAktorer[Kapasitet]<>"Økt")+(${R}="")))/${actors})`,
    );
    expect(byId("SP-BM1-10").formula).toMatch(/^IF\(SUMPRODUCT.*tblAktorer\[Intensjon\]="Redusert"/);
  });
  it("counts each Aksjons-ID once, a row without an id as an action of its own", () => {
    expect(byId("SP-BM2-04").formula).toBe(
      `SUMPRODUCT((${D}<>"")*((${I}="")+(${I}<>"")/(COUNTIFS(${I},${I}&"",${D},"<>")+(${I}="")+(${D}=""))))`,
    );
  });
  it("sums a joint action's largest figure once", () => {
    const V = "tblAksjoner[Virksomheter kontrollert]";
    expect(byId("SP-BM2-05").formula).toBe(
      `SUMIFS(${V},${I},"")+SUMPRODUCT((${I}<>"")*(COUNTIFS(${I},${I}&"",${V},">"&${V})=0)/(COUNTIFS(${I},${I}&"",${V},${V}&"")+(${I}="")),${V})`,
    );
    expect(byId("SP-BM2-06").formula).toContain("tblAksjoner[Personer kontrollert]");
  });
  it("reads Årsverk from the cover and divides use by it only when both are given", () => {
    expect(byId("SP-INN-01").formula).toBe("N(Forside!$B$9)");
    const uses = `SUMPRODUCT(COUNTIFS(tblVirkemiddelbruk[Antall],">=-9.99E+307",tblVirkemiddelbruk[Virkemiddel-ID],${quoted(allIds)}))`;
    expect(byId("SP-INN-02").formula).toBe(
      `IF(OR(N(Forside!$B$9)=0,${uses}=0,COUNT(Forside!$B$9)=0),"",${usageSum("Antall", allIds)}/N(Forside!$B$9))`,
    );
  });
  it("gives #REF! for a field the cover does not have", () => {
    const r = new FormulaCompiler(catalogue, {
      hasColumn: all,
      agencyCell: "Forside!$B$3",
      fieldCell: () => null,
    }).summaryRows(2, "C");
    expect(r.find((x) => x.id === "SP-INN-01")!.formula).toBe("#REF!");
  });
  it("covers the union of several selectors (SP-BM2-01: controls plus the 'kontroll…' actions)", () => {
    const f = byId("SP-BM2-01").formula;
    for (const id of ["V203", "V210", "V223", "V224", "V242", "V243", "V244"]) expect(f).toContain(`"${id}"`);
    for (const id of ["V241", "V245", "V201"]) expect(f).not.toContain(`"${id}"`);
  });
  it("breaks down by grouping and goal by narrowing the id list", () => {
    expect(byId("SP-BM1-02/BM1-SF").formula).toBe(
      'SUMPRODUCT(SUMIFS(tblVirkemiddelbruk[Antall],tblVirkemiddelbruk[Virkemiddel-ID],{"V151","V152"}))',
    );
    const bm3 = selectInstruments(catalogue, [{ goals: ["BM3"] }]).map((i) => `"${i.id}"`);
    expect(byId("SP-ALL-01/BM3").formula).toContain(`{${bm3.join(",")}}`);
  });
  it("breaks down by agency through the cover sheet's agency cell", () => {
    const list = rows();
    const own = list.findIndex((r) => r.id === "SP-ALL-01") + 2;
    expect(byId("SP-ALL-01/NAV").formula).toBe(`IF(Forside!$B$3="NAV",$C$${own},0)`);
  });
  it("names breakdown rows after the parameter and the key, in both languages", () => {
    expect(byId("SP-BM1-02/BM1-ST").name).toEqual({
      nb: "Virkemiddelbruk per gruppering (BM1) – Stanse",
      en: "Instrument use by grouping (BM1) – Stop",
    });
  });
});

describe("compiled steering parameters (catalogue 2026.1, without counting rules)", () => {
  const c = loadCatalogueOrThrow(JSON.parse(JSON.stringify(bundled)));
  it("counts rows by their key column and compares values like COUNTIFS", () => {
    expect(byId("SP-BM2-04", c).formula).toBe("COUNTA(tblAksjoner[Dato])");
    expect(byId("SP-BM2-05", c).formula).toBe("SUM(tblAksjoner[Virksomheter kontrollert])");
    expect(byId("SP-BM1-07", c).formula).toBe(
      'SUMPRODUCT(COUNTIFS(tblAktorer[Status],{"Ny","Aktiv"},tblAktorer[Aktørreferanse],"<>"))',
    );
  });
  it("makes shares ratios of sums, empty when the denominator is 0", () => {
    expect(byId("SP-BM1-08", c).formula).toBe(
      'IF(COUNTA(tblAktorer[Aktørreferanse])=0,"",COUNTIFS(tblAktorer[Kapasitet],"Redusert",tblAktorer[Aktørreferanse],"<>")/COUNTA(tblAktorer[Aktørreferanse]))',
    );
  });
  it("lists the 2026.1 instrument ids in a usage sum without selectors", () => {
    const ids = c.instruments.map((i) => `"${i.id}"`);
    expect(ids).not.toContain('"V108"');
    expect(byId("SP-ALL-01", c).formula).toBe(
      `SUMPRODUCT(SUMIFS(tblVirkemiddelbruk[Antall],tblVirkemiddelbruk[Virkemiddel-ID],{${ids.join(",")}}))`,
    );
  });
});

describe("generic over revised catalogues", () => {
  const revise = (edit: (c: any) => void) => {
    const copy = JSON.parse(JSON.stringify(bundled));
    edit(copy);
    return loadCatalogueOrThrow(copy);
  };

  it("compiles a new parameter and follows renamed headers and tables", () => {
    const c = revise((c) => {
      c.template.tables[0].table = "tblBruk";
      c.template.tables[0].columns.find((x: any) => x.key === "antall").header = "Antall [stk]";
      c.steeringParameters.push({
        id: "SP-NEW-01",
        goal: null,
        name: { nb: "Andel stans", en: "Share of stops" },
        unit: "share",
        value: {
          op: "ratio",
          numerator: {
            op: "sum",
            table: "usage",
            column: "antall",
            instruments: [{ groupings: ["BM1-ST"] }],
          },
          denominator: { op: "sum", table: "usage", column: "antall" },
        },
        breakdowns: ["agency"],
      });
    });
    const r = rows(c);
    const ids = c.instruments.map((i) => `"${i.id}"`).join(",");
    const all = `SUMPRODUCT(SUMIFS(tblBruk[Antall '[stk']],tblBruk[Virkemiddel-ID],{${ids}}))`;
    expect(r.find((x) => x.id === "SP-ALL-01")!.formula).toBe(all);
    const own = r.findIndex((x) => x.id === "SP-NEW-01") + 2;
    const st = c.instruments.filter((i) => i.grouping === "BM1-ST").map((i) => `"${i.id}"`);
    expect(r.find((x) => x.id === "SP-NEW-01")!.formula).toBe(
      `IF(${all}=0,"",SUMPRODUCT(SUMIFS(tblBruk[Antall '[stk']],tblBruk[Virkemiddel-ID],{${st.join(",")}}))/${all})`,
    );
    expect(r.find((x) => x.id === "SP-NEW-01/POL")!.formula).toBe(`IF(Forside!$B$3="POL",$C$${own},"")`);
  });

  it("gives 0 for a selector that matches no instrument", () => {
    const c = revise((c) =>
      c.steeringParameters.push({
        id: "SP-NONE",
        goal: null,
        name: { nb: "Ingen", en: "None" },
        unit: "count",
        value: { op: "sum", table: "usage", column: "antall", instruments: [{ namePrefix: "finnes ikke" }] },
        breakdowns: [],
      }),
    );
    expect(rows(c).find((x) => x.id === "SP-NONE")!.formula).toBe("0");
  });
});
