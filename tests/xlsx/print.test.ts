/**
 * Every sheet of a consolidated workbook and of a template prints legibly: written by the .xlsx writer, checked
 * with Microsoft's Open XML validator, and printed to PDF by LibreOffice (skipped when LibreOffice or poppler's
 * pdfinfo/pdftotext are not installed). The page header names each page's sheet and the period, so the PDF's
 * pages can be told apart by sheet.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defaultCatalogue } from "../../src/catalogue";
import { consolidate, planConsolidatedWorkbook } from "../../src/core/consolidate";
import type { Edit } from "../../src/core/model/edit";
import { generateSamples, planSample } from "../../src/core/samples";
import { planTemplate } from "../../src/core/template";
import { validateWorkbook } from "../../src/core/validation";
import { writeXlsx } from "../../src/workbook/xlsx";
import { snapshotFromEdits } from "../consolidate/apply";
import { convertWithLibreOffice } from "../template/libreoffice";
import { parts } from "./craft";

const catalogue = defaultCatalogue();
const dir = mkdtempSync(join(tmpdir(), "xlsx-print-all-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const tools =
  existsSync("/usr/bin/soffice") &&
  ["pdfinfo", "pdftotext"].every((t) => spawnSync(t, ["-v"]).error === undefined);
const withLibreOffice = tools ? it : it.skip;

// A year of one local cooperation's returns (Bergen: 12 files, every agency, three tertials): every sheet of
// the consolidation has rows, and Samlet runs to several pages, as a unit's own consolidation does.
const samples = generateSamples(catalogue).filter((s) => s.identity.unit === "BGO");
const consolidated = planConsolidatedWorkbook(
  consolidate(
    samples.map((s) => {
      const snapshot = snapshotFromEdits(planSample(catalogue, s), s.fileName);
      return {
        file: s.fileName,
        hash: s.fileName,
        snapshot,
        findings: validateWorkbook(snapshot, catalogue),
      };
    }),
    catalogue,
  ),
);
const templatePlan = planTemplate(
  catalogue,
  { unit: "BGO", agency: "POL", period: "2026-T1" },
  { existingSheetNames: [] },
);
if (!("edits" in templatePlan)) throw new Error("no template");
const template = templatePlan.edits;

const created = new Date(Date.UTC(2026, 0, 1));
const visibleSheets = (edits: Edit[]) =>
  edits.flatMap((e) => (e.kind === "addSheet" && (e.visibility ?? "visible") === "visible" ? [e.sheet] : []));

function validate(file: string): { ok: boolean; errors: unknown[] } {
  try {
    return JSON.parse(
      execFileSync("npx", ["ooxml-validator", file, "--officeVersion", "Microsoft365"], { encoding: "utf8" }),
    );
  } catch (e) {
    const out = (e as { stdout?: string }).stdout ?? "";
    return JSON.parse(out || '{"ok":false,"errors":[{"description":"validator did not run"}]}');
  }
}

/** The text of each page of a PDF. */
function pages(pdf: string): string[] {
  const n = Number(/^Pages:\s+(\d+)/m.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))?.[1]);
  return Array.from({ length: n }, (_, i) =>
    execFileSync("pdftotext", ["-layout", "-f", String(i + 1), "-l", String(i + 1), pdf, "-"], {
      encoding: "utf8",
    }),
  );
}

/** The sheet a page belongs to: the first words of its header (the sheet's name at the top left). */
function sheetOf(page: string, sheets: string[]): string | undefined {
  const first =
    page
      .split("\n")
      .find((l) => l.trim())
      ?.trim() ?? "";
  return [...sheets].sort((a, b) => b.length - a.length).find((s) => first.startsWith(s));
}

describe("printing the consolidated workbook and the template", () => {
  const files = {
    consolidated: join(dir, "sammenstilling.xlsx"),
    template: join(dir, "mal.xlsx"),
  };
  beforeAll(() => {
    writeFileSync(files.consolidated, writeXlsx(consolidated, { created }));
    writeFileSync(files.template, writeXlsx(template, { created }));
  });

  it("writes print setup in schema order that Microsoft's validator accepts", () => {
    for (const file of Object.values(files)) expect(validate(file)).toMatchObject({ ok: true, errors: [] });
    const xml = parts(writeXlsx(consolidated, { created }))["xl/worksheets/sheet1.xml"];
    expect(xml).toMatch(
      /<pageMargins left="0\.5" right="0\.5"[^>]*\/><pageSetup paperSize="9" fitToWidth="\d+" fitToHeight="0" orientation="(landscape|portrait)"\/><headerFooter><oddHeader>&amp;LStyringsparametre&amp;CA-krimrapportering: sammenstilling&amp;RPerioder 2026-T1–2026-T3<\/oddHeader><oddFooter>&amp;RSide &amp;P av &amp;N<\/oddFooter><\/headerFooter>/,
    );
    expect(xml).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  });

  withLibreOffice(
    "prints every sheet with its title and the period in the header, in few pages, header rows repeated",
    () => {
      const r = convertWithLibreOffice(Object.values(files), "pdf", dir);
      expect(r.status).toBe(0);

      // --- The consolidation.
      const sheets = visibleSheets(consolidated);
      const text = pages(join(dir, "sammenstilling.pdf"));
      const bySheet = new Map<string, string[]>();
      for (const p of text) {
        // The header of every page: its sheet's name and the period the consolidation covers.
        const sheet = sheetOf(p, sheets);
        expect(sheet).toBeDefined();
        expect(p).toContain("Perioder 2026-T1–2026-T3");
        bySheet.set(sheet!, [...(bySheet.get(sheet!) ?? []), p]);
      }
      expect([...bySheet.keys()].sort()).toEqual([...sheets].sort());
      // Diagrammer: its two data blocks, each with room for its chart below, on a page each.
      expect(bySheet.get("Diagrammer")!.length).toBeLessThanOrEqual(2);
      // The small sheets: at most two pages across and the rows they have.
      for (const s of ["Styringsparametre", "Perioder", "Effekter", "Innsendinger", "Funn"])
        expect(bySheet.get(s)!.length).toBeLessThanOrEqual(6);
      // Samlet, the long sheet: at least 30 rows a page (a landscape A4 page holds 487 points between its
      // margins, a row is 15 points at full size) in each strip of pages across.
      const samlet = consolidated.find(
        (e): e is Extract<Edit, { kind: "addTable" }> => e.kind === "addTable" && e.sheet === "Samlet",
      )!;
      const rows = Number(/:[A-Z]+(\d+)$/.exec(samlet.range)![1]);
      const across = consolidated.find(
        (e): e is Extract<Edit, { kind: "setPageLayout" }> =>
          e.kind === "setPageLayout" && e.sheet === "Samlet",
      )!.fitToPagesWide!;
      const samletPages = bySheet.get("Samlet")!;
      expect(samletPages.length).toBeGreaterThan(1);
      expect(samletPages.length).toBeLessThanOrEqual(Math.ceil(rows / 30) * across);
      // The header row is printed again on the next page down (pages run down, then across).
      expect(samletPages[1]).toMatch(/Nr\s+Fil\s/);
      expect(samletPages[1]).toContain("Kilderad");

      // --- The template.
      const templateSheets = visibleSheets(template);
      const templateText = pages(join(dir, "mal.pdf"));
      const templateBySheet = new Map<string, number>();
      for (const p of templateText) {
        const sheet = sheetOf(p, templateSheets);
        expect(sheet).toBeDefined();
        expect(p).toContain("Periode 2026-T1");
        expect(p).toContain("A-krimrapportering BGO POL");
        templateBySheet.set(sheet!, (templateBySheet.get(sheet!) ?? 0) + 1);
      }
      expect([...templateBySheet.keys()].sort()).toEqual([...templateSheets].sort());
      // One page across each: the empty template's sheets are a page or two long.
      for (const n of templateBySheet.values()) expect(n).toBeLessThanOrEqual(3);
    },
    200_000,
  );
});
