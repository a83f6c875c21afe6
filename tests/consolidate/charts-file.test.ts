/**
 * The consolidated workbook of the sample year carries its charts as real Excel charts: read back from the zip
 * (parts present, relationships resolving, series pointing at the cells that hold the plotted numbers), with
 * the use over periods worked out here from the generated rows; accepted by Microsoft's Open XML validator;
 * and opened by LibreOffice as charts over the same cells.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { columnIndex } from "../../src/core/a1";
import { defaultCatalogue } from "../../src/catalogue";
import { consolidate, planConsolidatedWorkbook } from "../../src/core/consolidate";
import { generateSamples, planSample } from "../../src/core/samples";
import { validateWorkbook } from "../../src/core/validation";
import { readXlsx, writeXlsx } from "../../src/workbook/xlsx";
import { convertWithLibreOffice } from "../template/libreoffice";
import { readCharts, zipParts } from "../xlsx/chart-parts";
import { snapshotFromEdits } from "./apply";

const catalogue = defaultCatalogue();
const samples = generateSamples(catalogue);
const dir = mkdtempSync(join(tmpdir(), "akrim-charts-file-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const hasLibreOffice = existsSync("/usr/bin/soffice");

const result = consolidate(
  samples.map((s) => {
    const snapshot = snapshotFromEdits(planSample(catalogue, s), s.fileName);
    return { file: s.fileName, hash: s.fileName, snapshot, findings: validateWorkbook(snapshot, catalogue) };
  }),
  catalogue,
);
const bytes = writeXlsx(planConsolidatedWorkbook(result));
const file = join(dir, "nasjonal.xlsx");
writeFileSync(file, bytes);
const charts = readCharts(bytes);
const back = readXlsx(bytes, "nasjonal.xlsx");

/** The cells a chart formula such as 'Diagrammer'!$B$3:$B$5 refers to, read back from the file. */
function cellsAt(ref: string): unknown[] {
  const m = /^'((?:[^']|'')+)'!\$([A-Z]+)\$(\d+)(?::\$([A-Z]+)\$(\d+))?$/.exec(ref);
  if (!m) throw new Error(`not a reference: ${ref}`);
  const sheet = back.sheets.find((s) => s.name === m[1].replace(/''/g, "'"))!;
  const [c0, r0] = [columnIndex(m[2]), Number(m[3]) - 1];
  const [c1, r1] = m[4] ? [columnIndex(m[4]), Number(m[5]) - 1] : [c0, r0];
  const out: unknown[] = [];
  for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) out.push(sheet.rows[r]?.[c] ?? null);
  return out;
}

describe("the charts of the consolidated sample year", () => {
  it("has the steering parameters per user goal and agency and the use over periods, on Diagrammer", () => {
    expect(charts.length).toBeGreaterThanOrEqual(2);
    expect(charts.every((c) => c.sheet === "Diagrammer")).toBe(true);
    const titles = charts.map((c) => c.title);
    expect(titles).toEqual(
      expect.arrayContaining([
        "Brukermål BM1: styringsparametre per etat",
        "Brukermål BM2: styringsparametre per etat",
        "Virkemiddelbruk per brukermål over perioder",
      ]),
    );
    const steering = charts.find((c) => c.title.startsWith("Brukermål BM2"))!;
    expect(steering.type).toBe("col");
    // One series per agency that sent something counted.
    expect(steering.series.map((s) => s.nameCache[0])).toEqual(
      result.agencies.map((a) => catalogue.lookup.agency.get(a)!.name.nb),
    );
  });

  it("points every series at the cells that hold its name, categories and plotted numbers", () => {
    for (const c of charts)
      for (const s of c.series) {
        expect(cellsAt(s.name)).toEqual(s.nameCache);
        expect(cellsAt(s.categories)).toEqual(s.categoryCache);
        const cells = cellsAt(s.values);
        expect(cells.every((v) => typeof v === "number")).toBe(true);
        expect(cells).toEqual(s.valueCache);
      }
  });

  it("plots the use over periods as the Antall of the counted rows with a known instrument, per period", () => {
    // Counted: every sample but the two different returns for OSL POL 2026-T2 (a conflict, neither counts).
    const expected = new Map<string, number>();
    for (const s of samples) {
      if (s.identity.unit === "OSL" && s.identity.agency === "POL" && s.identity.period === "2026-T2")
        continue;
      for (const r of s.data.tables.usage ?? []) {
        const id = String(r.instrumentId ?? "")
          .replace(/[\s\u200b]+/g, " ")
          .trim()
          .toUpperCase();
        if (catalogue.lookup.instrument.has(id) && typeof r.antall === "number")
          expected.set(s.identity.period, (expected.get(s.identity.period) ?? 0) + r.antall);
      }
    }
    const trend = charts.find((c) => c.title === "Virkemiddelbruk per brukermål over perioder")!;
    expect(trend.type).toBe("line");
    const total = trend.series.find((s) => s.nameCache[0] === "Totalt")!;
    expect(total.categoryCache).toEqual([...expected.keys()].sort());
    expect(total.valueCache).toEqual(total.categoryCache.map((p) => expected.get(p)));
    // The goals' lines add up to the total in every period.
    const goals = trend.series.filter((s) => s !== total);
    total.valueCache.forEach((v, i) => expect(goals.reduce((n, s) => n + s.valueCache[i]!, 0)).toBe(v));
  });

  it("passes Microsoft's Open XML validator with zero errors", () => {
    const out = (() => {
      try {
        return execFileSync("npx", ["ooxml-validator", file, "--officeVersion", "Microsoft365"], {
          encoding: "utf8",
        });
      } catch (e) {
        return (e as { stdout?: string }).stdout ?? "";
      }
    })();
    expect(JSON.parse(out || '{"ok":false}')).toMatchObject({ ok: true, errors: [] });
  }, 120_000);

  (hasLibreOffice ? it : it.skip)(
    "opens in LibreOffice with each chart as a chart object over the same cells",
    () => {
      const r = convertWithLibreOffice([file], "ods", dir);
      expect(r.status).toBe(0);
      const ods = zipParts(readFileSync(join(dir, "nasjonal.ods")));
      const objects = Object.keys(ods)
        .filter((k) => /^Object \d+\/content\.xml$/.test(k))
        .map((k) => ods[k])
        .filter((xml) => xml.includes("<chart:chart"));
      expect(objects).toHaveLength(charts.length);
      const imported = objects.map((xml) => ({
        title: /<chart:title[^>]*><text:p>([^<]*)<\/text:p>/.exec(xml)?.[1],
        values: [...xml.matchAll(/chart:values-cell-range-address="([^"]*)"/g)].map((m) => m[1]),
      }));
      // LibreOffice writes 'Diagrammer'!$B$3:$B$5 as Diagrammer.B3:Diagrammer.B5, and $B$3 as B3:B3.
      const lo = (ref: string) => {
        const m = /^'([^']+)'!\$([A-Z]+)\$(\d+)(?::\$([A-Z]+)\$(\d+))?$/.exec(ref)!;
        return `${m[1]}.${m[2]}${m[3]}:${m[1]}.${m[4] ?? m[2]}${m[5] ?? m[3]}`;
      };
      expect(imported).toEqual(
        expect.arrayContaining(
          charts.map((c) => ({ title: c.title, values: c.series.map((s) => lo(s.values)) })),
        ),
      );
    },
    180_000,
  );
});
