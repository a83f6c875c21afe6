import { defaultCatalogue } from "../../src/catalogue";
import {
  chartData,
  consolidate,
  consolidationExitCode,
  consolidationJson,
  consolidationText,
  isConsolidatedWorkbook,
  planConsolidatedWorkbook,
  type ConsolidationInput,
} from "../../src/core/consolidate";
import { isFormulaInput, type Edit } from "../../src/core/model/edit";
import type { Finding } from "../../src/core/model/finding";
import { template, usageRow, type TemplateSpec } from "../rollup/fixtures";
import { snapshotFromEdits } from "./apply";

const catalogue = defaultCatalogue();

function input(spec: TemplateSpec, hash?: string, findings: Finding[] = []): ConsolidationInput {
  const file = spec.name ?? "x.xlsx";
  return {
    file,
    hash: hash ?? JSON.stringify({ ...spec, name: undefined }),
    snapshot: template(spec),
    findings,
  };
}

const value = (json: ReturnType<typeof consolidationJson>, id: string) =>
  json.parameters.find((p) => p.id === id)!;

const oslAt = { name: "osl-at.xlsx", unit: "OSL", agency: "AT", usage: [usageRow("V122", 10, 4)] };
const oslNav = { name: "osl-nav.xlsx", unit: "OSL", agency: "NAV", usage: [usageRow("V133", 5, 5)] };
const bgoAt = {
  name: "bgo-at.xlsx",
  unit: "BGO",
  agency: "AT",
  usage: [usageRow("V122", 2, 0), usageRow("V224", 8, 2)],
  actions: [{ dato: 45700, virksomheter: 4, personer: 9, kommentar: "=1+1" }],
};

describe("consolidation: totals, units, agencies", () => {
  const result = consolidate([input(oslAt), input(oslNav), input(bgoAt)], catalogue);
  const json = consolidationJson(result);

  it("counts every distinct submission once and sums ratios of sums", () => {
    expect(json.summary).toMatchObject({ files: 3, counted: 3, conflicts: 0, errors: 0 });
    expect(value(json, "SP-ALL-01").value).toBe(25);
    expect(value(json, "SP-BM1-02").value).toBe(17);
    // (4 + 5 + 0) / (10 + 5 + 2): a ratio of sums, not the average of the three shares.
    expect(value(json, "SP-BM1-05").value).toBe(9 / 17);
    expect(value(json, "SP-ALL-01").breakdown).toMatchObject({
      "SP-ALL-01/AT": 20,
      "SP-ALL-01/NAV": 5,
      "SP-ALL-01/POL": 0,
    });
  });

  it("gives the steering parameters per unit and per agency", () => {
    expect(result.units).toEqual(["OSL", "BGO"]);
    expect(result.agencies).toEqual(["AT", "NAV"]);
    expect(json.byUnit.OSL.find((p) => p.id === "SP-ALL-01")!.value).toBe(15);
    expect(json.byAgency.AT.find((p) => p.id === "SP-BM1-05")!.value).toBe(4 / 12);
    expect(json.byPeriod["2025"].find((p) => p.id === "SP-ALL-01")!.value).toBe(25);
  });

  it("traces each total to its file, sheet and rows", () => {
    expect(value(json, "SP-BM1-02").lineage).toEqual([
      { file: "bgo-at.xlsx", sheet: "Virkemiddelbruk", rows: [2] },
      { file: "osl-at.xlsx", sheet: "Virkemiddelbruk", rows: [2] },
      { file: "osl-nav.xlsx", sheet: "Virkemiddelbruk", rows: [2] },
    ]);
    expect(value(json, "SP-BM2-04").lineage).toEqual([{ file: "bgo-at.xlsx", sheet: "Aksjoner", rows: [2] }]);
  });

  it("reports as JSON with the validate file shape and exit code 0", () => {
    expect(json.files[0]).toMatchObject({
      file: "bgo-at.xlsx",
      status: "counted",
      submission: {
        unit: "BGO",
        agency: "AT",
        period: "2025",
        templateVersion: "2026.2",
        catalogueVersion: "2026.2",
      },
      findings: [],
    });
    expect(consolidationExitCode(result)).toBe(0);
    expect(consolidationText(result)).toContain("3 innsendinger, 3 telles med.");
    const one = consolidate([input(oslAt)], catalogue);
    expect(consolidationText(one)).toContain("1 innsending, 1 telles med.");
    expect(consolidationText(one, "en")).toContain("1 submission, 1 counted.");
  });

  it("exposes chart data: use by grouping and agency, and the trend by goal across periods", () => {
    const charts = chartData(result);
    const st = charts.usageByGroupingAndAgency.categories.findIndex((c) => c.id === "BM1-ST");
    expect(charts.usageByGroupingAndAgency.series.map((s) => [s.id, s.values[st]])).toEqual([
      ["AT", 12],
      ["NAV", 0],
    ]);
    const fr = charts.usageByGroupingAndAgency.categories.findIndex((c) => c.id === "BM1-FR");
    expect(charts.usageByGroupingAndAgency.series[1].values[fr]).toBe(5);
    expect(charts.usageTrendByGoal.categories.map((c) => c.id)).toEqual(["2025"]);
    expect(charts.usageTrendByGoal.series.map((s) => [s.id, s.values[0]])).toEqual([
      ["BM1", 17],
      ["BM2", 8],
      ["BM3", 0],
      ["TOTAL", 25],
    ]);
  });
});

describe("consolidation: the conflict rule", () => {
  it("counts identical content once, whatever the file is called", () => {
    const a = input(oslAt);
    const b = { ...input({ ...oslAt, name: "kopi.xlsx" }), hash: a.hash };
    const result = consolidate([a, b], catalogue);
    const json = consolidationJson(result);
    expect(value(json, "SP-ALL-01").value).toBe(10);
    expect(json.files.map((f) => [f.file, f.status])).toEqual([
      ["kopi.xlsx", "counted"],
      ["osl-at.xlsx", "duplicate"],
    ]);
    expect(json.conflicts).toEqual([
      expect.objectContaining({
        unit: "OSL",
        agency: "AT",
        period: "2025",
        resolution: "duplicate",
        counted: "kopi.xlsx",
      }),
    ]);
    expect(consolidationExitCode(result)).toBe(0);
    // What the register and the findings say, in both languages, the count agreeing with its noun.
    expect(result.conflicts[0].message).toEqual({
      nb: "Samme innhold er levert 2 ganger; telles én gang (kopi.xlsx).",
      en: "The same content was submitted 2 times; counted once (kopi.xlsx).",
    });
    expect(result.entries.find((e) => e.file === "osl-at.xlsx")!.note).toEqual({
      nb: "Samme innhold som kopi.xlsx (nr. 1); telles én gang.",
      en: "Same content as kopi.xlsx (no. 1); counted once.",
    });
  });

  it("counts the approved one when contents differ, and says so", () => {
    const sent = input({ ...oslAt, status: "Innsendt" });
    const approved = input({
      ...oslAt,
      name: "osl-at-v2.xlsx",
      status: "godkjent",
      usage: [usageRow("V122", 12)],
    });
    const result = consolidate([sent, approved], catalogue);
    const json = consolidationJson(result);
    expect(value(json, "SP-ALL-01").value).toBe(12);
    expect(json.conflicts[0]).toMatchObject({ resolution: "highest-status", counted: "osl-at-v2.xlsx" });
    expect(json.files.find((f) => f.file === "osl-at.xlsx")!.status).toBe("superseded");
    // osl-at-v2.xlsx sorts before osl-at.xlsx ("-" before "."), so it is no. 1.
    expect(result.entries.find((e) => e.file === "osl-at.xlsx")!.note!.nb).toBe(
      "Erstattet av osl-at-v2.xlsx (nr. 1, status Godkjent).",
    );
    expect(result.conflicts[0].message.nb).toBe(
      "2 ulike innsendinger; den med høyest status (Godkjent) telles: osl-at-v2.xlsx.",
    );
  });

  it("counts none of two different submissions with the same status, and fails with exit code 1", () => {
    const one = input(oslAt);
    const two = input({ ...oslAt, name: "osl-at-2.xlsx", usage: [usageRow("V122", 11)] });
    const result = consolidate([one, two, input(oslNav)], catalogue);
    const json = consolidationJson(result);
    expect(value(json, "SP-ALL-01").value).toBe(5);
    expect(json.conflicts[0]).toMatchObject({
      resolution: "unresolved",
      counted: null,
      files: ["osl-at-2.xlsx", "osl-at.xlsx"],
    });
    expect(json.files.filter((f) => f.status === "conflict")).toHaveLength(2);
    expect(json.files[0].findings[0]).toMatchObject({ rule: "consolidate.conflict", severity: "error" });
    expect(consolidationExitCode(result)).toBe(1);
    expect(json.conflictRule).toContain("telles aldri dobbelt");
  });

  it("counts the annual report and not the tertial reports of the same year", () => {
    const year = input(oslAt);
    const t1 = input({ ...oslAt, name: "osl-at-t1.xlsx", period: "2025-t1", usage: [usageRow("V122", 3)] });
    const other = input({ ...oslAt, name: "osl-at-2024.xlsx", period: "2024", usage: [usageRow("V122", 1)] });
    const result = consolidate([t1, year, other], catalogue);
    const json = consolidationJson(result);
    expect(value(json, "SP-ALL-01").value).toBe(11);
    expect(json.files.find((f) => f.file === "osl-at-t1.xlsx")).toMatchObject({
      status: "overlap",
      submission: { period: "2025-T1" },
    });
    expect(json.conflicts).toEqual([
      expect.objectContaining({ period: "2025", resolution: "annual-over-tertials", counted: "osl-at.xlsx" }),
    ]);
    expect(result.periods).toEqual(["2024", "2025"]);
  });

  it("does not count a workbook without identity, and exits 2 for a file that cannot be read", () => {
    const anonymous = input({ ...oslAt, name: "anon.xlsx", unit: null, period: "2025-T7" });
    const broken: ConsolidationInput = {
      file: "broken.xlsx",
      hash: "h",
      snapshot: null,
      readError: { nb: "Filen er skadet.", en: "The file is damaged." },
    };
    const result = consolidate([anonymous, broken, input(oslNav)], catalogue);
    const json = consolidationJson(result);
    expect(json.files.map((f) => f.status)).toEqual(["no-identity", "unreadable", "counted"]);
    expect(json.files[0].findings[0].message).toContain("Rapporteringsenhet, Periode");
    expect(json.files[1].findings[0]).toMatchObject({
      rule: "consolidate.unreadable",
      message: "Filen er skadet.",
    });
    expect(value(json, "SP-ALL-01").value).toBe(5);
    expect(consolidationExitCode(result)).toBe(2);
  });

  it("counts a submission with a deleted column where it can, and names what it cannot feed", () => {
    const spec = { ...oslNav, usage: [usageRow("V133", 5, 5, 2)] };
    const broken = input(spec);
    const usage = broken.snapshot!.sheets.find((s) => s.name === "Virkemiddelbruk")!;
    usage.rows = usage.rows.map((r) => r && [...r.slice(0, 4), null, ...r.slice(5)]);
    const result = consolidate([broken, input(oslAt)], catalogue);
    const json = consolidationJson(result);
    expect(value(json, "SP-BM1-01").value).toBe(2);
    expect(value(json, "SP-ALL-01").value).toBe(10);
    const f = json.files.find((x) => x.file === "osl-nav.xlsx")!.findings;
    expect(f).toEqual([expect.objectContaining({ rule: "consolidate.incomplete", severity: "error" })]);
    expect(f[0].message).toContain("SP-BM1-02");
    expect(f[0].message).not.toContain("SP-BM1-01");
    expect(consolidationExitCode(result)).toBe(1);
  });

  it("names a mix of catalogue versions and warns about drafts", () => {
    const old = input({ ...oslAt, catalogueVersion: "2018.1", status: "Utkast" });
    const result = consolidate([old, input(bgoAt)], catalogue);
    expect(result.versions).toEqual([
      { templateVersion: "2026.2", catalogueVersion: "2018.1", count: 1 },
      { templateVersion: "2026.2", catalogueVersion: "2026.2", count: 1 },
    ]);
    const rules = result.entries.find((e) => e.file === "osl-at.xlsx")!.findings.map((f) => f.rule);
    expect(rules).toEqual(["consolidate.draft", "consolidate.catalogue-version"]);
    expect(consolidationText(result)).toContain("Blandede versjoner");
  });
});

describe("the consolidated workbook plan", () => {
  const finding: Finding = {
    rule: "usage.unknown-instrument",
    severity: "error",
    sheet: "Virkemiddelbruk",
    row: 3,
    column: "Virkemiddel-ID",
    cell: "A3",
    value: "X1",
    params: { id: "X1", catalogue: "2026.1" },
  };
  const result = consolidate(
    [input(oslAt), input(oslNav, undefined, [finding]), input(bgoAt), input({ ...oslAt, name: "dup.xlsx" })],
    catalogue,
  );
  const edits = planConsolidatedWorkbook(result);
  const snap = snapshotFromEdits(edits, "out.xlsx");
  const rowsOf = (sheet: string) => snap.sheets.find((s) => s.name === sheet)!.rows;

  it("prints every table landscape, readable across, with its header row on each page", () => {
    const layouts = edits.flatMap((e) => (e.kind === "setPageLayout" ? [e] : []));
    const tables = edits.flatMap((e) => (e.kind === "addTable" ? [e] : []));
    // One layout per sheet: the tables' own, and the default for the sheet of charts.
    expect(layouts.map((l) => l.sheet).sort()).toEqual(
      [...new Set([...tables.map((t) => t.sheet), "Diagrammer"])].sort(),
    );
    // A sheet prints its first table's header row on every page.
    const firstTables = tables.filter((t, i) => tables.findIndex((x) => x.sheet === t.sheet) === i);
    for (const t of firstTables) {
      const l = layouts.find((x) => x.sheet === t.sheet)!;
      const headerRow = Number(/\d+/.exec(t.range)![0]);
      // Portrait when the columns fit an A4 page across at 90 % or more (110 characters), else landscape.
      const widths = edits.flatMap((e) =>
        e.kind === "setColumnWidths" && e.sheet === t.sheet ? e.widths : [],
      );
      const total = widths.reduce((n, w) => n + w, 0);
      expect(l).toMatchObject({ orientation: total <= 110 ? "portrait" : "landscape", paperSize: "A4" });
      expect(l.printTitleRows).toEqual({ first: headerRow, last: headerRow });
    }
    expect(layouts.find((l) => l.sheet === "Styringsparametre")?.fitToPagesWide).toBe(1);
    // The wide row sheet spreads over a few pages across rather than shrinking to an unreadable size.
    expect(layouts.find((l) => l.sheet === "Samlet")?.fitToPagesWide).toBeGreaterThan(1);
    // ... and then repeats its id column at the left of each page; a table that fits one page does not.
    expect(layouts.find((l) => l.sheet === "Samlet")?.printTitleColumns).toEqual({ first: 0, last: 0 });
    expect(layouts.find((l) => l.sheet === "Styringsparametre")?.printTitleColumns).toBeUndefined();
  });

  it("has the sheets of the contract, starting with the summary", () => {
    expect(snap.sheets.map((s) => s.name)).toEqual([
      "Styringsparametre",
      "Perioder",
      "Effekter",
      "Diagrammer",
      "Innsendinger",
      "Funn",
      "Samlet",
    ]);
    expect(isConsolidatedWorkbook(snap)).toBe(true);
    expect(edits.at(-1)).toEqual({ kind: "activateSheet", sheet: "Styringsparametre" });
  });

  it("Styringsparametre: ID, Styringsparameter, Verdi, then a column per unit and per agency, breakdown rows", () => {
    const rows = rowsOf("Styringsparametre");
    expect(rows[0]).toEqual([
      "ID",
      "Styringsparameter",
      "Verdi",
      "OSL",
      "BGO",
      "AT",
      "NAV",
      "A-krimsenter",
      "Rader",
      "Kilde",
    ]);
    const all = rows.find((r) => r?.[0] === "SP-ALL-01")!;
    // Total, OSL, BGO, AT, NAV, the one part (A-krimsenter), and the 4 rows behind it.
    expect(all.slice(2, 9)).toEqual([25, 15, 10, 20, 5, 25, 4]);
    const st = rows.find((r) => r?.[0] === "SP-BM1-02/BM1-ST")!;
    expect(st.slice(1, 9)).toEqual(["Virkemiddelbruk per gruppering (BM1): Stanse", 12, 10, 2, 12, 0, 12, 2]);
    const share = rows.find((r) => r?.[0] === "SP-BM2-03")!;
    expect(share.slice(2, 8)).toEqual([2 / 8, null, 2 / 8, 2 / 8, null, 2 / 8]);
    const link = edits.find((e) => e.kind === "setHyperlink" && e.address === "J2") as Extract<
      Edit,
      { kind: "setHyperlink" }
    >;
    expect(link.target).toEqual({ sheet: "Samlet", address: expect.stringMatching(/^[A-Z]+1$/) });
  });

  it("Samlet: every counted row with its source and the parameters it feeds; text stays text", () => {
    const rows = rowsOf("Samlet");
    const header = rows[0] as string[];
    expect(header.slice(0, 9)).toEqual([
      "Nr",
      "Fil",
      "Rapporteringsenhet",
      "Etat",
      "Periode",
      "Innsats",
      "Ark",
      "Tabell",
      "Kilderad",
    ]);
    expect(header.at(-1)).toBe("Styringsparametre");
    expect(rows.length - 1).toBe(5); // the duplicate is not there
    const action = rows.find((r) => r?.[header.indexOf("Tabell")] === "tblAksjoner")!;
    expect(action[header.indexOf("Kommentar")]).toBe("=1+1");
    expect(action[header.indexOf("Fil")]).toBe("bgo-at.xlsx");
    expect(action[header.indexOf("Kilderad")]).toBe(2);
    expect(action.at(-1)).toBe("SP-BM2-04 SP-BM2-05 SP-BM2-06");
    // No edit ever writes a returned workbook's text as a formula.
    for (const e of edits)
      if (e.kind === "setValues")
        for (const r of e.values) for (const v of r) expect(isFormulaInput(v)).toBe(false);
    const dato = edits.find((e) => e.kind === "setNumberFormat" && e.sheet === "Samlet");
    expect(dato).toMatchObject({ format: "dd.mm.yyyy" });
  });

  it("does not pass on a personal identity number typed into a returned workbook", () => {
    const fnr = "15108695088";
    const leaky = input(
      {
        ...bgoAt,
        name: "leaky.xlsx",
        unit: `BGO ${fnr}`,
        usage: [{ ...usageRow("V122", 1), kommentar: `gjelder ${fnr}` }],
        actors: [{ referanse: Number(fnr), status: "Ny" }],
      },
      "hash-of-the-file",
    );
    const r = consolidate([leaky], catalogue);
    const written = planConsolidatedWorkbook(r);
    const texts = written.flatMap((e) =>
      e.kind === "setValues"
        ? e.values.flat().filter((v) => typeof v === "string" || typeof v === "number")
        : [],
    );
    expect(texts.some((t) => String(t).includes("gjelder"))).toBe(true);
    expect(texts.filter((t) => String(t).includes(fnr))).toEqual([]);
    expect(JSON.stringify(consolidationJson(r))).not.toContain(fnr);
    expect(consolidationText(r)).not.toContain(fnr);
    // Counts still work on the masked reference: the actor is there.
    expect(value(consolidationJson(r), "SP-BM1-07").value).toBe(1);
  });

  it("Innsendinger states the rule and registers every file; Funn lists every finding", () => {
    const reg = rowsOf("Innsendinger");
    const top = reg.findIndex((r) => r?.[0] === "Nr");
    const rule = Array.from(reg.slice(0, top), (r) => String(r?.[0] ?? "")).filter(Boolean);
    expect(rule.join(" ")).toContain("telles aldri dobbelt");
    // In lines short enough to stay within the table when printed.
    for (const line of rule) expect(line.length).toBeLessThanOrEqual(150);
    expect(reg[top]!.slice(0, 3)).toEqual(["Nr", "Fil", "Via"]);
    expect(reg.slice(top + 1, top + 5).map((r) => [r![1], r![11]])).toEqual([
      ["bgo-at.xlsx", "Telles med"],
      ["dup.xlsx", "Telles med"],
      ["osl-at.xlsx", "Duplikat (telles én gang)"],
      ["osl-nav.xlsx", "Telles med"],
    ]);
    const funn = rowsOf("Funn");
    expect(funn[0]!.slice(5, 7)).toEqual(["Regel", "Alvorlighetsgrad"]);
    expect(funn[0]).toContain("Slik retter du");
    // After the files' findings, one warning per missing submission (no file): the catalogue's members that
    // did not send.
    const missing = funn.slice(1).filter((r) => r![1] === null);
    expect(missing).toHaveLength(result.missing.length);
    expect(new Set(missing.map((r) => `${String(r![5])} ${String(r![6])}`))).toEqual(
      new Set(["consolidate.missing-submission Advarsel"]),
    );
    expect(funn.slice(1, funn.length - missing.length).map((r) => [r![1], r![5], r![6]])).toEqual([
      ["osl-at.xlsx", "consolidate.duplicate", "Merknad"],
      ["osl-nav.xlsx", "usage.unknown-instrument", "Feil"],
    ]);
  });

  it("reads the findings of a consolidation made before the sheet was called Funn (Avvik, Alvorlighet, Tiltak, Info)", () => {
    // An older consolidation, as it was written then: sheet and table Avvik, the columns Alvorlighet, Tiltak and
    // Hint, and the severity Info for a note.
    const old = structuredClone(snap);
    const sheet = old.sheets.find((s) => s.name === "Funn")!;
    sheet.name = "Avvik";
    for (const t of old.tables)
      if (t.name === "tblFunn") Object.assign(t, { name: "tblAvvik", sheet: "Avvik" });
    const renamed: Record<string, string> = {
      Alvorlighetsgrad: "Alvorlighet",
      "Slik retter du": "Tiltak",
      "How to fix": "Hint",
    };
    sheet.rows[0] = sheet.rows[0]!.map((h) => (typeof h === "string" && renamed[h]) || h);
    const severity = sheet.rows[0]!.indexOf("Alvorlighet");
    const row = sheet.rows.find((r) => r?.includes("usage.unknown-instrument"))!;
    expect(row[severity]).toBe("Feil");
    row[severity] = "Info";
    expect(old.sheets.some((s) => s.name === "Funn")).toBe(false);

    const again = consolidate([{ file: "gammel.xlsx", hash: "gammel", snapshot: old }], catalogue);
    const carried = again.entries
      .flatMap((e) => e.findings)
      .filter((f) => f.rule === "usage.unknown-instrument");
    expect(carried).toEqual([
      expect.objectContaining({
        // The severity is the registry's for a rule this version knows; the words are shown as written.
        severity: "error",
        cell: "A3",
        written: {
          message: {
            nb: "Virkemiddel-ID «X1» finnes ikke i katalogen 2026.1.",
            en: "The instrument ID “X1” is not in the catalogue 2026.1.",
          },
          hint: {
            nb: "Velg virkemiddel-ID fra nedtrekkslisten (V101–V344).",
            en: "Choose the instrument ID from the drop-down (V101–V344).",
          },
        },
      }),
    ]);
  });

  it("adds the charts over their data blocks: steering parameters per goal and agency, use, use over periods", () => {
    const charts = edits.flatMap((e) => (e.kind === "addChart" ? [e] : []));
    expect(charts.map((c) => [c.chartType, c.title])).toEqual([
      ["column", "Brukermål BM1: styringsparametre per etat"],
      ["column", "Brukermål BM2: styringsparametre per etat"],
      ["column", "Brukermål BM3: styringsparametre per etat"],
      ["column", "Virkemiddelbruk per gruppering og etat"],
      ["line", "Virkemiddelbruk per brukermål over perioder"],
    ]);
    const d = rowsOf("Diagrammer");
    const block = (title: string) => {
      const source = charts.find((c) => c.title === title)!.source;
      const [from, to] = source.split(":").map((a) => Number(/\d+/.exec(a)![0]) - 1);
      expect(d[from - 1]![0]).toBe(title);
      return d.slice(from, to + 1).map((r) => r!.slice(0, 3));
    };
    // Counted: AT 10 + 2 × V122 (BM1-ST) and 8 × V224 (BM2 control) and one action (4 businesses, 9 persons);
    // NAV 5 × V133 (BM1-FR). Nothing against key threat actors, no actors.
    expect(block("Brukermål BM1: styringsparametre per etat")).toEqual([
      ["Styringsparameter", "Arbeidstilsynet", "Arbeids- og velferdsetaten (NAV)"],
      ["Virkemiddelbruk mot sentrale trusselaktører", 0, 0],
      ["Virkemiddelbruk per gruppering (BM1)", 12, 5],
      ["Aktive sentrale trusselaktører", 0, 0],
    ]);
    expect(block("Brukermål BM2: styringsparametre per etat")).toEqual([
      ["Styringsparameter", "Arbeidstilsynet", "Arbeids- og velferdsetaten (NAV)"],
      ["Kontroller (BM2)", 8, 0],
      ["Informasjons- og veiledningstiltak (BM2)", 0, 0],
      ["Aksjoner", 1, 0],
      ["Virksomheter kontrollert i aksjoner", 4, 0],
      ["Personer kontrollert i aksjoner", 9, 0],
    ]);
    expect(block("Virkemiddelbruk per gruppering og etat")[0]).toEqual([
      "Gruppering",
      "Arbeidstilsynet",
      "Arbeids- og velferdsetaten (NAV)",
    ]);
    // Each chart sits to the right of its data block, and the next block starts below the chart.
    for (const [i, c] of charts.entries()) {
      const [, to] = c.source.split(":");
      expect(c.anchor.replace(/\d+/, "") > to.replace(/\d+/, "")).toBe(true);
      if (i > 0) {
        const prevEnd = Number(/\d+/.exec(charts[i - 1].end)![0]);
        expect(Number(/\d+/.exec(c.anchor)![0])).toBeGreaterThan(prevEnd);
      }
    }
  });

  it("adds no chart without anything to draw", () => {
    const empty = planConsolidatedWorkbook(consolidate([], catalogue));
    expect(empty.filter((e) => e.kind === "addChart")).toEqual([]);
    expect(snapshotFromEdits(empty, "tom.xlsx").sheets).toHaveLength(7);
  });

  it("never reuses an existing sheet or table name", () => {
    const again = planConsolidatedWorkbook(result, snap);
    const sheets = again.filter((e) => e.kind === "addSheet").map((e) => e.kind === "addSheet" && e.sheet);
    expect(sheets).toContain("Samlet (2)");
    const tables = again.filter((e) => e.kind === "addTable").map((e) => e.kind === "addTable" && e.name);
    expect(tables).toContain("tblSamlet2");
  });

  it("effect indicators side by side by period with progress", () => {
    const e = consolidate(
      [
        input({
          ...oslAt,
          period: "2024",
          effects: [{ indikatorId: "ei-bm1-01", utgangsverdi: 10, malverdi: 20, resultat: 12 }],
        }),
        input({
          ...oslAt,
          period: "2025",
          effects: [{ indikatorId: "EI-BM1-01", utgangsverdi: 10, malverdi: 20, resultat: 15 }],
        }),
        input({
          ...oslNav,
          effects: [{ indikatorId: "EI-BM1-01", utgangsverdi: 5, malverdi: 5, resultat: 6 }],
        }),
      ],
      catalogue,
    );
    expect(e.effectPeriods).toEqual(["2024", "2025"]);
    expect(consolidationJson(e).effects[0].periods["2025"]).toEqual({
      baseline: 10,
      target: 20,
      result: 15,
      progress: 0.5,
      file: "osl-at.xlsx",
      row: 2,
    });
    expect(
      e.effects.map((l) => [l.indicator, l.unit, l.agency, [...l.periods].map(([p, v]) => [p, v.progress])]),
    ).toEqual([
      [
        "EI-BM1-01",
        "OSL",
        "AT",
        [
          ["2024", 0.2],
          ["2025", 0.5],
        ],
      ],
      ["EI-BM1-01", "OSL", "NAV", [["2025", null]]],
    ]);
    const rows = snapshotFromEdits(planConsolidatedWorkbook(e), "e.xlsx").sheets.find(
      (s) => s.name === "Effekter",
    )!.rows;
    expect(rows[0]!.slice(6)).toEqual([
      "2024 Utgangsverdi",
      "2024 Målverdi",
      "2024 Resultat",
      "2024 Fremdrift",
      "2025 Utgangsverdi",
      "2025 Målverdi",
      "2025 Resultat",
      "2025 Fremdrift",
    ]);
    expect(rows[1]!.slice(6)).toEqual([10, 20, 12, 0.2, 10, 20, 15, 0.5]);
  });
});
