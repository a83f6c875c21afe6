/**
 * The drafted annual report: its description's numbers against figures worked out by hand for a small messy set,
 * the privacy of the document (nothing typed into a return reaches it), and the .docx read back: unzipped, and
 * converted to PDF by LibreOffice.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { defaultCatalogue } from "../../src/catalogue";
import { consolidate, type ConsolidationInput } from "../../src/core/consolidate";
import { describeAnnualReport, type AnnualReport, type ReportParameter } from "../../src/core/report";
import { annualReportDocx } from "../../src/report/docx";
import { template, usageRow, type TemplateSpec } from "../rollup/fixtures";

const catalogue = defaultCatalogue();

/** Text typed into the returns that must never reach the shared report. */
const PLANTED = {
  actor: "Kari Vestrheim Rørlegger AS",
  orgNumber: "987654321",
  comment: "Mistanke mot Ole Brumsund",
  indicatorName: "Hemmelig indikator Tufte",
  file: "kvestrheim-privat.xlsx",
  contact: "kontakt@example.no",
};

const input = (spec: TemplateSpec, hash = JSON.stringify(spec)): ConsolidationInput => ({
  file: spec.name ?? "x.xlsx",
  hash,
  snapshot: template(spec),
  findings: [],
});

// OSL AT (centre): V122 Stanse 10 (4 joint), V201 information 5 (1 joint, its id with a non-breaking space),
// V108 tvangsmulkt 1 (1 joint) of 1 234 567 NOK, and a "Sum" row that must not count.
const oslAt: TemplateSpec = {
  name: PLANTED.file,
  unit: "OSL",
  agency: "AT",
  usage: [
    { ...usageRow("V122", 10, 4), kommentar: `${PLANTED.comment}, org.nr. ${PLANTED.orgNumber}` },
    usageRow("V201\u00a0", 5, 1),
    usageRow("V108", 1, 1, null, 1_234_567),
    usageRow("Sum", 16, 6),
  ],
  actors: [{ referanse: PLANTED.actor, type: "Virksomhet", status: "Aktiv", kapasitet: "Redusert" }],
  effects: [
    { indikatorId: "EI-BM1-01", utgangsverdi: 40, malverdi: 60, resultat: 45 },
    { indikatorId: "EI-XX-99", indikator: PLANTED.indicatorName, utgangsverdi: 1, malverdi: 2, resultat: 2 },
  ],
};
// OSL NAV, the agency line's part: V133 (BM1 Frata rettigheter) 5, all joint.
const oslNavLine: TemplateSpec = {
  name: "osl-nav-linje.xlsx",
  unit: "OSL",
  agency: "NAV",
  part: "Etatslinje",
  usage: [usageRow("V133", 5, 5)],
};
// BGO AT: V122 2 (none joint), V224 (BM2) 8 (2 joint); sent twice with identical content.
const bgoAt: TemplateSpec = {
  name: "bgo-at.xlsx",
  unit: "BGO",
  agency: "AT",
  usage: [usageRow("V122", 2, 0), usageRow("V224", 8, 2)],
};
// OSL POL twice, different content, same status: a conflict, neither counts.
const oslPolA: TemplateSpec = {
  name: "osl-pol-a.xlsx",
  unit: "OSL",
  agency: "POL",
  usage: [usageRow("V123", 100)],
};
const oslPolB: TemplateSpec = {
  name: "osl-pol-b.xlsx",
  unit: "OSL",
  agency: "POL",
  usage: [usageRow("V123", 200)],
};

const inputs = [
  input(oslAt),
  input(oslNavLine),
  input(bgoAt, "bgo"),
  { ...input({ ...bgoAt, name: "bgo-at-kopi.xlsx" }), hash: "bgo" },
  input(oslPolA),
  input(oslPolB),
];
const result = consolidate(inputs, catalogue);
const report: AnnualReport = describeAnnualReport(result, { drafted: new Date("2026-03-05T10:00:00Z") });

function parameter(id: string): ReportParameter {
  const all = [...report.overall, ...report.goals.flatMap((g) => g.parameters)];
  return all.find((p) => p.id === id)!;
}

describe("the report's description", () => {
  it("names what was counted: periods, units, agencies, parts, by catalogue id and name", () => {
    expect(report.drafted).toBe("2026-03-05");
    expect(report.periods).toEqual(["2025"]);
    expect(report.units.map((u) => [u.id, u.name.nb])).toEqual([
      ["OSL", "Oslo"],
      ["BGO", "Bergen"],
    ]);
    expect(report.agencies.map((a) => a.id)).toEqual(["AT", "NAV"]);
    expect(report.parts.map((p) => p.id)).toEqual(["A-krimsenter", "Etatslinje"]);
  });

  it("gives each steering parameter's total, per unit and per part as worked out by hand", () => {
    // Σ Antall: OSL AT 10 + 5 + 1 (the Sum row is not counted), OSL NAV 5, BGO AT 2 + 8 (its copy once).
    expect(parameter("SP-ALL-01")).toMatchObject({ total: 31, byUnit: [21, 10], byPart: [26, 5] });
    // BM1: V122 10 + V108 1 + V133 5 + V122 2.
    const bm102 = parameter("SP-BM1-02");
    expect(bm102).toMatchObject({ total: 18, byUnit: [16, 2], byPart: [13, 5] });
    const st = bm102.breakdown.find((b) => b.id === "SP-BM1-02/BM1-ST")!;
    expect(st).toMatchObject({ total: 12, byUnit: [10, 2], byPart: [12, 0] });
    // A ratio of sums at every level: joint (4 + 1 + 5 + 0) over (10 + 1 + 5 + 2).
    expect(parameter("SP-BM1-05")).toMatchObject({
      total: 10 / 18,
      byUnit: [10 / 16, 0],
      byPart: [5 / 13, 1],
    });
    expect(parameter("SP-BM1-03")).toMatchObject({ total: 1_234_567, byUnit: [1_234_567, 0] });
    // BM2: V201 1 of 5 joint, V224 2 of 8.
    expect(parameter("SP-BM2-03").total).toBe(3 / 13);
  });

  it("sorts the parameters into a section per user goal, and the goal-free ones into the overall part", () => {
    expect(report.goals.map((g) => g.goal.id)).toEqual(["BM1", "BM2", "BM3"]);
    expect(report.goals[0].parameters.map((p) => p.id)).toEqual([
      "SP-BM1-01",
      "SP-BM1-02",
      "SP-BM1-03",
      "SP-BM1-04",
      "SP-BM1-05",
      "SP-BM1-06",
      "SP-BM1-07",
      "SP-BM1-08",
      "SP-BM1-09",
      "SP-BM1-10",
    ]);
    expect(report.overall.map((p) => p.id)).toEqual(["SP-ALL-01", "SP-INN-01", "SP-INN-02"]);
  });

  it("gives each goal the chart of its own groupings by agency", () => {
    const chart = report.goals[0].charts[0];
    expect(chart.categories.map((c) => c.id)).toEqual([
      "BM1-TV-E",
      "BM1-TV-I",
      "BM1-ST",
      "BM1-FR",
      "BM1-HO",
      "BM1-SF",
    ]);
    const at = chart.series.find((s) => s.id === "AT")!;
    const nav = chart.series.find((s) => s.id === "NAV")!;
    expect(at.values).toEqual([1, 0, 12, 0, 0, 0]);
    expect(nav.values).toEqual([0, 0, 0, 5, 0, 0]);
  });

  it("lists effect indicators of the catalogue with progress, and only counts the unknown ones", () => {
    expect(report.goals[0].effects).toHaveLength(1);
    const e = report.goals[0].effects[0];
    expect(e).toMatchObject({ indicator: "EI-BM1-01", measure: "prosent" });
    expect(e.lines).toHaveLength(1);
    expect(e.lines[0].unit.id).toBe("OSL");
    // (45 − 40) / (60 − 40)
    expect(e.lines[0].periods).toEqual([
      { period: "2025", baseline: 40, target: 60, result: 45, progress: 0.25 },
    ]);
    expect(report.unknownIndicatorRows).toBe(1);
  });

  it("counts the submissions by treatment, per unit and agency, and lists the conflict without file names", () => {
    expect(report.submissions).toMatchObject({ received: 6, counted: 3 });
    expect(report.submissions.byTreatment.map((b) => [b.treatment, b.count])).toEqual([
      ["counted", 3],
      ["duplicate", 1],
      ["conflict", 2],
    ]);
    expect(report.submissions.countedByUnit.map((u) => [u.unit.id, u.byAgency, u.total])).toEqual([
      ["OSL", [1, 1], 2],
      ["BGO", [1, 0], 1],
    ]);
    // The identical copy is a conflict settled by the rule (counted once); the two OSL POL returns are not settled.
    expect(
      report.conflicts.map((c) => [c.unit.id, c.agency.id, c.period, c.submissions, c.resolution]),
    ).toEqual([
      ["BGO", "AT", "2025", 2, "duplicate"],
      ["OSL", "POL", "2025", 2, "unresolved"],
    ]);
    expect(report.conflictRule.nb).toContain("telles aldri dobbelt");
  });

  it("lists the missing submissions by unit, agency, part and period, without the contact", () => {
    const missing = report.submissions.missing!;
    const keys = missing.map((m) => `${m.unit.id} ${m.agency.id} ${m.part.id} ${m.period}`);
    // Every centre has AT, NAV, POL and SKE: Bergen's NAV, POL and SKE centre returns were not sent.
    expect(keys).toEqual(expect.arrayContaining(["BGO NAV A-krimsenter 2025", "BGO SKE A-krimsenter 2025"]));
    expect(keys).not.toContain("OSL AT A-krimsenter 2025");
    expect(keys).not.toContain("BGO AT A-krimsenter 2025");
    expect(JSON.stringify(missing)).not.toContain("contact");
  });

  it("names a unit the catalogue does not know by a number, never by its typed text", () => {
    const odd = consolidate([input({ ...bgoAt, name: "odd.xlsx", unit: PLANTED.actor })], catalogue);
    const r = describeAnnualReport(odd, { drafted: new Date() });
    expect(r.units.map((u) => [u.id, u.name.nb])).toEqual([["?1", "Enhet utenfor katalogen 1"]]);
    expect(JSON.stringify(r)).not.toContain(PLANTED.actor);
  });

  it("holds no text from the returns: plain data that crosses to the pane as it is", () => {
    const json = JSON.stringify(report);
    for (const text of Object.values(PLANTED)) expect(json).not.toContain(text);
    expect(structuredClone(report)).toEqual(report);
  });
});

/** Every part of a .docx as text, the workbooks embedded in its charts unpacked too. */
function docxParts(bytes: Uint8Array): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, data] of Object.entries(unzipSync(bytes))) {
    if (name.endsWith(".xlsx")) {
      for (const [inner, d] of Object.entries(unzipSync(data))) out.set(`${name}!${inner}`, strFromU8(d));
    } else out.set(name, strFromU8(data));
  }
  return out;
}

describe("the Word document", () => {
  let nb: Uint8Array;
  let en: Uint8Array;
  beforeAll(async () => {
    nb = await annualReportDocx(report, "nb");
    en = await annualReportDocx(report, "en");
  });

  it("has the user goals as Word headings, the tables' numbers and native charts", () => {
    const parts = docxParts(nb);
    const doc = parts.get("word/document.xml")!;
    const headingTexts = [...doc.matchAll(/<w:pStyle w:val="Heading1"\/>.*?<\/w:p>/g)].map((m) =>
      [...m[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""),
    );
    expect(headingTexts).toEqual(
      expect.arrayContaining([
        "Brukermål 1: Sentrale trusselaktører har fått sin kapasitet og intensjon betydelig redusert",
        "Brukermål 2: Utenlandske arbeidstakere er satt i stand til å ivareta sine rettigheter og oppfylle sine plikter",
        "Brukermål 3: Oppdragsgivere og forbrukere bidrar ikke til a-krim ved kjøp av varer og tjenester",
      ]),
    );
    // SP-BM1-03 in Norwegian digits, the share 10/18 as a percentage.
    expect(doc).toMatch(/1\u00a0234\u00a0567/);
    expect(doc).toMatch(/55,6\u00a0%/);
    expect(doc).toContain("[Styringsgruppens vurdering: skrives her]");
    expect(doc).toContain('w:highlight w:val="yellow"');
    expect(doc).toContain("Flere innsendinger for samme rapporteringsenhet");
    expect(parts.has("word/charts/chart1.xml")).toBe(true);
    expect(parts.get("word/charts/chart1.xml")).toContain("<c:lineChart>");
    expect(parts.get("word/charts/chart2.xml")).toContain("<c:barChart>");
    // The series in the pane's and the workbook's colours (Okabe–Ito blue and vermillion first), not Word's theme.
    expect(parts.get("word/charts/chart1.xml")).toMatch(
      /<c:ser>.*?srgbClr val="0072B2".*?<c:ser>.*?srgbClr val="D55E00"/is,
    );
  });

  it("carries no text from the returns in any part, the charts' workbooks included", () => {
    for (const [name, text] of docxParts(nb))
      for (const planted of Object.values(PLANTED))
        expect([name, text.includes(planted)]).toEqual([name, false]);
  });

  it("speaks English when asked", () => {
    const doc = docxParts(en).get("word/document.xml")!;
    expect(doc).toContain("User goal 1: Key threat actors");
    expect(doc).toMatch(/1,234,567/);
    expect(doc).toContain("[The steering group&apos;s assessment: write here]");
    expect(doc).not.toContain("Brukermål 1:");
  });

  it("is converted to PDF by LibreOffice, which finds the headings and the numbers", () => {
    if (!existsSync("/usr/bin/soffice")) {
      console.warn("LibreOffice is not installed: the PDF check is skipped.");
      return;
    }
    const dir = mkdtempSync(join(tmpdir(), "akrim-report-pdf-"));
    const file = join(dir, "arsrapport.docx");
    writeFileSync(file, nb);
    const r = spawnSync(
      "/usr/bin/soffice",
      [
        "--headless",
        "--norestore",
        `-env:UserInstallation=file://${dir}/profile`,
        "--convert-to",
        "pdf",
        "--outdir",
        dir,
        file,
      ],
      { encoding: "utf8", timeout: 110_000 },
    );
    const pdf = join(dir, "arsrapport.pdf");
    if (!existsSync(pdf) && /could not be loaded/.test(`${r.stdout}${r.stderr}`)) {
      console.warn("LibreOffice has no Writer installed here: the PDF check is skipped.");
      return;
    }
    expect(existsSync(pdf)).toBe(true);
    const text = spawnSync("pdftotext", [pdf, "-"], { encoding: "utf8" }).stdout;
    for (const n of [1, 2, 3]) expect(text).toContain(`Brukermål ${n}:`);
    expect(text).toMatch(/1\s234\s567/u);
    expect(text).toContain("Grunnlaget");
    expect(text).toContain("[Styringsgruppens vurdering: skrives her]");
    expect(readFileSync(pdf).subarray(0, 4).toString()).toBe("%PDF");
  });
});
