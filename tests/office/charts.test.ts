/**
 * One chart description, two writers: the charts the Office.js applier asks Excel for (type, data range,
 * title, position) are the charts the .xlsx writer puts in the file. The Office.js side runs against the fake,
 * which proves the calls and their arguments, not what Excel then draws.
 */
import { cellAddress, columnIndex } from "../../src/core/a1";
import { defaultCatalogue } from "../../src/catalogue";
import { consolidate, planConsolidatedWorkbook } from "../../src/core/consolidate";
import { applyEdits } from "../../src/workbook/office/apply";
import { writeXlsx } from "../../src/workbook/xlsx";
import { template, usageRow } from "../rollup/fixtures";
import { readCharts } from "../xlsx/chart-parts";
import { FakeExcel } from "./fake-excel";

const catalogue = defaultCatalogue();
const input = (spec: Parameters<typeof template>[0]) => ({
  file: spec.name!,
  hash: spec.name!,
  snapshot: template(spec),
});

const result = consolidate(
  [
    input({
      name: "osl-at.xlsx",
      unit: "OSL",
      agency: "AT",
      period: "2026-T1",
      usage: [usageRow("V122", 10, 4)],
    }),
    input({
      name: "osl-nav.xlsx",
      unit: "OSL",
      agency: "NAV",
      period: "2026-T1",
      usage: [usageRow("V133", 5)],
    }),
    input({
      name: "osl-at-t2.xlsx",
      unit: "OSL",
      agency: "AT",
      period: "2026-T2",
      usage: [usageRow("V224", 8, 2)],
      actions: [{ dato: 45800, virksomheter: 4, personer: 9 }],
    }),
  ],
  catalogue,
);
const plan = planConsolidatedWorkbook(result);

/** "'Diagrammer'!$B$3:$B$5" → its first and last cell, 0-based. */
function cells(ref: string) {
  const m = /!\$([A-Z]+)\$(\d+)(?::\$([A-Z]+)\$(\d+))?$/.exec(ref)!;
  const start = { col: columnIndex(m[1]), row: Number(m[2]) - 1 };
  return { start, end: m[3] ? { col: columnIndex(m[3]), row: Number(m[4]) - 1 } : start };
}

describe("charts of a consolidation in Excel and in the file", () => {
  it("asks Excel for the charts the file carries: same type, data range, title and position", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Ark1");
    const applied = await applyEdits(fake.context, plan, { supported: fake.isSetSupported });
    expect(applied.problem).toBeNull();
    const inExcel = fake.sheet("Diagrammer").charts.map(({ series, ...chart }) => ({
      ...chart,
      colours: series.map((s) => s.colour),
    }));

    const inFile = readCharts(writeXlsx(plan)).map((c) => {
      // The data range: series names in the first row, categories in the first column.
      const name = cells(c.series[0].name).start;
      const lastValues = cells(c.series.at(-1)!.values).end;
      const categories = cells(c.series[0].categories).start;
      return {
        type: { col: "ColumnClustered", bar: "BarClustered", line: "LineMarkers" }[c.type],
        source: `${cellAddress(name.row, categories.col)}:${cellAddress(lastValues.row, lastValues.col)}`,
        seriesBy: "Columns",
        title: c.title,
        position: `${cellAddress(c.from.row, c.from.col)}:${cellAddress(c.to.row - 1, c.to.col - 1)}`,
        colours: c.series.map((s) => s.colour),
      };
    });
    expect(inExcel).toEqual(inFile);
    expect(inExcel[0].colours.every((c) => /^#[0-9a-f]{6}$/.test(c!))).toBe(true);
    // Lines differ in dash pattern as well as colour.
    const lines = fake.sheet("Diagrammer").charts.find((c) => c.type === "LineMarkers")!;
    expect(new Set(lines.series.map((s) => s.lineStyle)).size).toBe(lines.series.length);
    // Three goals' steering parameters, use by grouping, and use over the two periods.
    expect(inExcel.map((c) => [c.type, c.title])).toEqual([
      ["ColumnClustered", "Brukermål BM1: styringsparametre per etat"],
      ["ColumnClustered", "Brukermål BM2: styringsparametre per etat"],
      ["ColumnClustered", "Brukermål BM3: styringsparametre per etat"],
      ["ColumnClustered", "Virkemiddelbruk per gruppering og etat"],
      ["LineMarkers", "Virkemiddelbruk per brukermål over perioder"],
    ]);
  });

  it("plots, per period, the instrument use of each goal and in total", async () => {
    const trend = readCharts(writeXlsx(plan)).find((c) => c.type === "line")!;
    // 2026-T1: V122 (BM1) 10 + V133 (BM1) 5; 2026-T2: V224 (BM2) 8.
    expect(trend.series.map((s) => [s.nameCache[0], s.categoryCache, s.valueCache])).toEqual([
      [
        "Sentrale trusselaktører har fått sin kapasitet og intensjon betydelig redusert",
        ["2026-T1", "2026-T2"],
        [15, 0],
      ],
      [expect.any(String), ["2026-T1", "2026-T2"], [0, 8]],
      [expect.any(String), ["2026-T1", "2026-T2"], [0, 0]],
      ["Totalt", ["2026-T1", "2026-T2"], [15, 8]],
    ]);
  });
});
