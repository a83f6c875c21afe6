import { defaultCatalogue, loadCatalogueOrThrow, selectInstruments } from "../../src/catalogue";
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

describe("compiled steering parameters (catalogue 2026.1)", () => {
  it("sums usage over explicit instrument id lists resolved from the selectors", () => {
    const ids = selectInstruments(catalogue, [{ goals: ["BM1"] }]).map((i) => `"${i.id}"`);
    expect(byId("SP-BM1-01").formula).toBe(
      `SUMPRODUCT(SUMIFS(tblVirkemiddelbruk[Herav mot sentrale trusselaktører],tblVirkemiddelbruk[Virkemiddel-ID],{${ids.join(",")}}))`,
    );
  });
  it("uses a plain SUM when a parameter covers every row", () => {
    expect(byId("SP-ALL-01").formula).toBe("SUM(tblVirkemiddelbruk[Antall])");
    expect(byId("SP-BM2-05").formula).toBe("SUM(tblAksjoner[Virksomheter kontrollert])");
  });
  it("counts rows by their key column and compares values like COUNTIFS", () => {
    expect(byId("SP-BM2-04").formula).toBe("COUNTA(tblAksjoner[Dato])");
    expect(byId("SP-BM1-07").formula).toBe(
      'SUMPRODUCT(COUNTIFS(tblAktorer[Status],{"Ny","Aktiv"},tblAktorer[Aktørreferanse],"<>"))',
    );
  });
  it("makes shares ratios of sums, empty when the denominator is 0", () => {
    expect(byId("SP-BM1-08").formula).toBe(
      'IF(COUNTA(tblAktorer[Aktørreferanse])=0,"",COUNTIFS(tblAktorer[Kapasitet],"Redusert",tblAktorer[Aktørreferanse],"<>")/COUNTA(tblAktorer[Aktørreferanse]))',
    );
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
    expect(r.find((x) => x.id === "SP-ALL-01")!.formula).toBe("SUM(tblBruk[Antall '[stk']])");
    const own = r.findIndex((x) => x.id === "SP-NEW-01") + 2;
    expect(r.find((x) => x.id === "SP-NEW-01")!.formula).toMatch(
      /^IF\(SUM\(tblBruk\[Antall '\[stk'\]\]\)=0,"",/,
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
