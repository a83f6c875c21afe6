/**
 * The drafted joint annual report as a Word document (.docx), written with the `docx` library from the report
 * description (`core/report`). A thin adapter like the .xlsx writer, kept outside the core so the core stays free
 * of file formats, and shared by the command line and the pane (which loads it only when the user asks for the
 * document, so the pane's first download does not carry the library).
 *
 * Headings use Word's own heading styles (the navigation pane and the table of contents work), figures sit in real
 * tables, charts are native Word charts (DrawingML with their data in an embedded workbook), and the places where
 * the steering group writes are highlighted paragraphs.
 */
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from "docx";
import { ChartRun } from "docx/charts";
import type { ChartData } from "../core/consolidate/charts";
import { formatDate } from "../core/dates";
import type {
  AnnualReport,
  FigureRow,
  NamedId,
  ReportDevelopment,
  ReportEffect,
  ReportParameter,
} from "../core/report";
import { formatValue } from "../core/rollup";
import { formatNumber, formatShare, translate, type Lang, type MessageKey, type Params } from "../i18n";

export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** Units per table in the per-unit tables: more columns do not fit an A4 page upright. */
const UNITS_PER_TABLE = 5;
const HEADER_FILL = "D9E2F3";
/** Table text in half-points (9 pt). */
const TABLE_TEXT = 18;
/** The text width of an A4 page with the library's default margins (1 inch each side), in twips. */
const TEXT_WIDTH = 9026;

/** The document as bytes. */
export async function annualReportDocx(report: AnnualReport, lang: Lang): Promise<Uint8Array> {
  return Packer.pack(annualReportDocument(report, lang), "uint8array");
}

export function annualReportDocument(report: AnnualReport, lang: Lang): Document {
  const w = new Writer(report, lang);
  return new Document({
    creator: w.t("app.title"),
    title: w.t("report.title"),
    description: w.t("report.subtitle", { periods: w.periods() }),
    styles: { default: { document: { run: { font: "Calibri", size: 22 } } } },
    sections: [{ children: w.body() }],
  });
}

class Writer {
  constructor(
    private readonly report: AnnualReport,
    private readonly lang: Lang,
  ) {}

  t(key: MessageKey, params?: Params): string {
    return translate(this.lang, key, params);
  }

  private name(n: NamedId): string {
    return n.name[this.lang];
  }

  periods(): string {
    const p = this.report.periods;
    return p.length === 0 ? "–" : p.length === 1 ? p[0] : `${p[0]}–${p[p.length - 1]}`;
  }

  body(): FileChild[] {
    const r = this.report;
    return [
      new Paragraph({ heading: HeadingLevel.TITLE, text: this.t("report.title") }),
      new Paragraph({
        spacing: { after: 240 },
        children: [new TextRun({ text: this.t("report.subtitle", { periods: this.periods() }), size: 32 })],
      }),
      this.text(this.t("report.drafted", { date: formatDate(r.drafted), version: r.catalogueVersion })),
      this.text(this.t("report.about")),
      new Paragraph({
        spacing: { before: 240 },
        children: [new TextRun({ text: this.t("report.toc"), bold: true, size: 28 })],
      }),
      new TableOfContents(this.t("report.toc"), { hyperlink: true, headingStyleRange: "1-2" }),
      ...this.scope(),
      ...this.overall(),
      ...r.goals.flatMap((g, i) => this.goal(g, i + 1)),
      this.heading(1, this.t("report.summary.heading")),
      this.placeholder(),
      ...this.basis(),
    ];
  }

  private scope(): FileChild[] {
    const r = this.report;
    const list = (items: NamedId[]) => items.map((x) => this.name(x)).join(", ") || "–";
    return [
      this.heading(1, this.t("report.scope.heading")),
      this.text(this.t("report.scope.periods", { list: r.periods.join(", ") || "–" })),
      this.text(this.t("report.scope.units", { list: list(r.units) })),
      this.text(this.t("report.scope.agencies", { list: list(r.agencies) })),
      this.text(this.t("report.scope.parts", { list: list(r.parts) })),
      this.text(
        this.t("report.scope.submissions", {
          counted: r.submissions.counted,
          received: r.submissions.received,
        }),
      ),
    ];
  }

  private overall(): FileChild[] {
    const r = this.report;
    return [
      this.heading(1, this.t("report.overall.heading")),
      ...this.parameters(r.overall),
      ...this.development(r.overallDevelopment),
      ...r.overallCharts.map((c) => this.chart(c)),
      this.heading(2, this.t("report.assessment.heading")),
      this.placeholder(),
    ];
  }

  private goal(section: AnnualReport["goals"][number], n: number): FileChild[] {
    return [
      this.heading(1, this.t("report.goal.heading", { n: String(n), name: this.name(section.goal) })),
      ...this.parameters(section.parameters),
      ...this.development(section.development),
      this.heading(2, this.t("report.effects")),
      ...this.effects(section.effects),
      ...this.effectDevelopment(section.development),
      this.heading(2, this.t("report.charts")),
      ...section.charts.map((c) => this.chart(c)),
      this.heading(2, this.t("report.assessment.heading")),
      this.placeholder(),
    ];
  }

  /** The parameters' totals and parts in one table, then the same per unit in tables of a few units each. */
  private parameters(list: ReportParameter[]): FileChild[] {
    const r = this.report;
    const out: FileChild[] = [this.heading(2, this.t("report.parameters"))];
    const value = (p: ReportParameter, v: number | null) => formatValue(v, p.unit, this.lang);
    const rows = (p: ReportParameter, cells: (row: FigureRow) => (number | null)[]) => [
      [p.id, this.local(p.name), ...cells(p).map((v) => value(p, v))],
      ...p.breakdown.map((b) => ["", `– ${this.breakdownName(b)}`, ...cells(b).map((v) => value(p, v))]),
    ];
    out.push(
      this.table(
        [
          this.t("report.col.id"),
          this.t("report.col.parameter"),
          this.t("report.col.total"),
          ...r.parts.map((p) => this.name(p)),
        ],
        list.flatMap((p) => rows(p, (row) => [row.total, ...row.byPart])),
        2,
        [1500, 3600],
      ),
    );
    if (list.some((p) => p.unit === "share")) out.push(this.text(this.t("report.shares"), true));
    const chunks = chunk(
      r.units.map((u, i) => ({ u, i })),
      UNITS_PER_TABLE,
    );
    chunks.forEach((units, ci) => {
      out.push(
        this.heading(
          3,
          chunks.length === 1
            ? this.t("report.parameters.byUnit")
            : this.t("report.parameters.byUnitPart", { part: String(ci + 1), parts: String(chunks.length) }),
        ),
      );
      const cells = (row: FigureRow) => units.map(({ i }) => row.byUnit[i]);
      out.push(
        this.table(
          [this.t("report.col.id"), ...units.map(({ u }) => this.name(u))],
          list.flatMap((p) => [
            [p.id, ...cells(p).map((v) => value(p, v))],
            ...p.breakdown.map((b) => [`– ${b.id.split("/").pop()}`, ...cells(b).map((v) => value(p, v))]),
          ]),
          1,
          [1900],
        ),
      );
    });
    return out;
  }

  /** The parameters year by year, with the change of the last year against the one before. */
  private development(d: ReportDevelopment | null): FileChild[] {
    if (!d || d.parameters.length === 0) return [];
    const years = this.report.years;
    return [
      this.heading(3, this.t("report.development")),
      this.table(
        [this.t("report.col.id"), ...years, this.t("report.col.change")],
        d.parameters.map((row) => [
          row.id.includes("/") ? `– ${row.id.split("/").pop()}` : row.id,
          ...row.values.map((v) => formatValue(v, row.unit, this.lang)),
          row.change === null ? "–" : formatShare(this.lang, row.change),
        ]),
        1,
        [2200],
      ),
    ];
  }

  /** The accumulated effect over the years: baseline, each year's result, target and progress. */
  private effectDevelopment(d: ReportDevelopment | null): FileChild[] {
    if (!d || d.effects.length === 0) return [];
    const number = (v: number | null) => (v === null ? "–" : formatNumber(this.lang, v));
    return [
      this.heading(3, this.t("report.effects.accumulated")),
      this.table(
        [
          this.t("report.col.indicator"),
          this.t("report.col.unit"),
          this.t("report.col.agency"),
          this.t("report.col.baseline"),
          ...this.report.years,
          this.t("report.col.target"),
          this.t("report.col.progress"),
        ],
        d.effects.map((e) => [
          e.indicator,
          this.name(e.unit),
          e.agency.id.startsWith("?") ? this.name(e.agency) : e.agency.id,
          number(e.baseline),
          ...e.results.map(number),
          number(e.target),
          e.progress === null ? "–" : formatShare(this.lang, e.progress),
        ]),
        3,
        [1300, 1500, 800],
      ),
    ];
  }

  private effects(list: ReportEffect[]): FileChild[] {
    if (list.length === 0) return [this.text(this.t("report.effects.none"))];
    const number = (v: number | null) => (v === null ? "–" : formatNumber(this.lang, v));
    const out: FileChild[] = [this.text(this.t("report.effects.intro"))];
    for (const e of list) {
      out.push(
        this.text(
          this.t("report.effects.measure", { id: e.indicator, name: this.local(e.name), measure: e.measure }),
          false,
          true,
        ),
      );
      out.push(
        this.table(
          [
            this.t("report.col.unit"),
            this.t("report.col.agency"),
            this.t("report.col.period"),
            this.t("report.col.baseline"),
            this.t("report.col.target"),
            this.t("report.col.result"),
            this.t("report.col.progress"),
          ],
          e.lines.flatMap((l) =>
            l.periods.map((p) => [
              this.name(l.unit),
              l.agency.id.startsWith("?") ? this.name(l.agency) : l.agency.id,
              p.period,
              number(p.baseline),
              number(p.target),
              number(p.result),
              p.progress === null ? "–" : formatShare(this.lang, p.progress),
            ]),
          ),
          3,
          [1900, 800, 1100],
        ),
      );
    }
    return out;
  }

  private basis(): FileChild[] {
    const r = this.report;
    const s = r.submissions;
    const out: FileChild[] = [
      this.heading(1, this.t("report.basis.heading")),
      this.heading(2, this.t("report.basis.submissions")),
      this.table(
        [this.t("report.col.treatment"), this.t("report.col.count")],
        [
          ...s.byTreatment.map((b) => [this.local(b.label), formatNumber(this.lang, b.count)]),
          [this.t("report.col.total"), formatNumber(this.lang, s.received)],
        ],
        1,
        [6000],
      ),
      this.heading(3, this.t("report.basis.countedByUnit")),
      this.table(
        [this.t("report.col.unit"), ...r.agencies.map((a) => a.id), this.t("report.col.total")],
        s.countedByUnit.map((u) => [
          this.name(u.unit),
          ...u.byAgency.map((n) => formatNumber(this.lang, n)),
          formatNumber(this.lang, u.total),
        ]),
        1,
        [2400],
      ),
      this.heading(2, this.t("report.missing.heading")),
    ];
    if (s.missing === null) out.push(this.text(this.t("report.missing.unknown")));
    else if (s.missing.length === 0) out.push(this.text(this.t("report.missing.none")));
    else
      out.push(
        this.table(
          [
            this.t("report.col.unit"),
            this.t("report.col.agency"),
            this.t("report.col.part"),
            this.t("report.col.period"),
          ],
          s.missing.map((m) => [this.name(m.unit), m.agency.id, this.name(m.part), m.period]),
          4,
          [3000, 1500, 2500],
        ),
      );
    out.push(this.heading(2, this.t("report.conflicts.heading")));
    if (r.conflicts.length === 0) out.push(this.text(this.t("report.conflicts.none")));
    else
      out.push(
        this.table(
          [
            this.t("report.col.unit"),
            this.t("report.col.agency"),
            this.t("report.col.part"),
            this.t("report.col.period"),
            this.t("report.col.submissions"),
            this.t("report.col.resolution"),
          ],
          r.conflicts.map((c) => [
            this.name(c.unit),
            c.agency.id.startsWith("?") ? this.name(c.agency) : c.agency.id,
            c.part ? this.name(c.part) : "–",
            c.period,
            formatNumber(this.lang, c.submissions),
            this.t(`report.resolution.${c.resolution}` as MessageKey),
          ]),
          4,
          [1900, 800, 1300, 1100, 1300],
        ),
      );
    out.push(this.heading(3, this.t("report.conflicts.rule")), this.text(this.local(r.conflictRule)));
    if (r.unknownIndicatorRows > 0)
      out.push(this.text(this.t("report.unknownIndicators", { count: r.unknownIndicatorRows })));
    return out;
  }

  /** A breakdown row's name; a user goal by its number, as its section is headed (the full names are long). */
  private breakdownName(row: ReportParameter["breakdown"][number]): string {
    const goal =
      row.dimension === "goal" ? this.report.goals.findIndex((g) => row.id.endsWith(`/${g.goal.id}`)) : -1;
    return goal >= 0 ? this.t("report.goal.short", { n: String(goal + 1) }) : this.local(row.name);
  }

  private local(text: { nb: string; en: string }): string {
    return text[this.lang];
  }

  private heading(level: 1 | 2 | 3, text: string): Paragraph {
    const heading = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3][level - 1];
    return new Paragraph({ heading, text });
  }

  private text(text: string, small = false, bold = false): Paragraph {
    return new Paragraph({
      spacing: { after: 120 },
      children: [new TextRun({ text, bold, size: small ? TABLE_TEXT : undefined })],
    });
  }

  /** The marked, empty place where the steering group writes. */
  private placeholder(): Paragraph {
    return new Paragraph({
      spacing: { after: 240 },
      children: [new TextRun({ text: this.t("report.assessment.placeholder"), highlight: "yellow" })],
    });
  }

  /**
   * A table with a repeated header row; the columns from `firstNumber` on are figures, set to the right. `leading`
   * gives the first columns' widths in twips; the other columns share the rest of the page equally.
   */
  private table(headers: string[], rows: string[][], firstNumber: number, leading: number[] = []): Table {
    const rest = headers.length - leading.length;
    const share = Math.floor((TEXT_WIDTH - leading.reduce((a, b) => a + b, 0)) / Math.max(rest, 1));
    const widths = headers.map((_, i) => leading[i] ?? share);
    const cell = (text: string, column: number, header: boolean) =>
      new TableCell({
        width: { size: widths[column], type: WidthType.DXA },
        shading: header ? { type: ShadingType.CLEAR, color: "auto", fill: HEADER_FILL } : undefined,
        children: [
          new Paragraph({
            alignment: column >= firstNumber ? AlignmentType.RIGHT : AlignmentType.LEFT,
            children: [new TextRun({ text, bold: header, size: TABLE_TEXT })],
          }),
        ],
      });
    return new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      rows: [
        new TableRow({ tableHeader: true, children: headers.map((h, i) => cell(h, i, true)) }),
        ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((v, i) => cell(v, i, false)) })),
      ],
    });
  }

  /** A native Word chart (with its numbers in an embedded workbook); an empty chart is left out. */
  private chart(c: ChartData): Paragraph {
    const title = this.local(c.title);
    if (c.categories.length === 0 || c.series.length === 0) return this.text(`${title}: –`);
    return new Paragraph({
      spacing: { after: 240 },
      children: [
        new ChartRun({
          type: c.kind,
          title,
          categories: c.categories.map((x) => this.local(x.name)),
          series: c.series.map((s) => ({ name: this.local(s.name), values: s.values })),
          altText: { name: title, title, description: title },
          ...(c.kind === "line" ? { markers: true } : {}),
        }),
      ],
    });
  }
}

function chunk<T>(list: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}
