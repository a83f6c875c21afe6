/**
 * The corpus as real .xlsx files: sample workbooks from the template plan (clean ones and ones with the
 * mistakes controllers make), and every planted-mistake case written through the .xlsx writer and read back.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defaultCatalogue } from "../../src/catalogue";
import { generateSamples, planSample, type MistakeKind } from "../../src/core/samples";
import { validateWorkbook } from "../../src/core/validation";
import { writeXlsx } from "../../src/workbook/xlsx";
import { validateFile } from "../../src/cli/commands/validate";
import { CORPUS } from "./corpus";
import { filledTemplate } from "./fixtures";
import { roundTrip } from "./files";
import { renderFindingBoth } from "../../src/core/validation/render";

const cat = defaultCatalogue();
const samples = generateSamples(cat);
const dir = mkdtempSync(join(tmpdir(), "akrim-validate-"));

/** The rule each kind of planted sample mistake must raise. */
const RULE_FOR: Record<MistakeKind, string | null> = {
  "trailing-space-id": "cell.read-as",
  "nbsp-in-status": "cell.read-as",
  "typed-sum-row": "cell.total-row",
  "unknown-instrument-row": "usage.unknown-instrument",
  "words-for-lists": "cell.read-as",
  "share-as-fraction": "effects.scale",
  "text-in-number": "cell.text-number",
  "herav-exceeds-antall": "usage.herav-exceeds-antall",
  "misspelt-instrument-id": "usage.unknown-instrument",
  "date-outside-period": "cell.date-outside-period",
  "actor-name": "privacy.name-like-reference",
  "personal-id-in-comment": "privacy.national-id",
  "deleted-column": "structure.missing-column",
  // Two files for one unit × agency × period is a consolidation conflict, not a fault inside one workbook.
  "duplicate-submission": null,
};

describe("sample workbooks from the template plan", () => {
  const files = samples.map((s) => {
    const path = join(dir, s.fileName);
    writeFileSync(path, writeXlsx(planSample(cat, s)));
    return { sample: s, path };
  });

  test("clean samples give zero errors; the only warnings are customs' instruments outside the catalogue", () => {
    const clean = files.filter((f) => f.sample.mistakes.every((m) => RULE_FOR[m.kind] === null));
    expect(clean.length).toBeGreaterThan(100);
    for (const f of clean) {
      const r = validateFile(f.path, cat);
      expect(r.unreadable).toBe(false);
      const notOk = r.findings.filter(
        (x) => x.severity === "error" || (x.severity === "warning" && x.rule !== "usage.agency-mismatch"),
      );
      expect(
        notOk.map((x) => `${f.sample.fileName}: ${x.rule} ${x.cell} ${renderFindingBoth(x).message.en}`),
      ).toEqual([]);
      for (const w of r.findings.filter((x) => x.rule === "usage.agency-mismatch")) {
        expect(f.sample.identity.agency).toBe("TOLL");
        expect(w.severity).toBe("warning");
      }
    }
  });

  test("every planted mistake is found at its cell with its rule", () => {
    const planted = files.filter((f) => f.sample.mistakes.some((m) => RULE_FOR[m.kind] !== null));
    expect(planted.length).toBeGreaterThanOrEqual(7);
    for (const f of planted) {
      const r = validateFile(f.path, cat);
      for (const m of f.sample.mistakes) {
        const rule = RULE_FOR[m.kind];
        if (rule === null) continue;
        const hit = r.findings.find(
          (x) =>
            x.rule === rule &&
            x.sheet === m.sheet &&
            (m.kind === "deleted-column" ? x.column === m.column : x.row === m.row && x.column === m.column),
        );
        if (!hit)
          throw new Error(
            `${f.sample.fileName}: ${m.kind} not found in ${JSON.stringify(r.findings, null, 1)}`,
          );
        if (m.kind === "personal-id-in-comment") expect(JSON.stringify(r)).not.toMatch(/15108695088/);
      }
    }
  });
});

describe("planted-mistake cases as .xlsx files", () => {
  // Not expressible through the writer: error values cannot be typed into a file, the edit list has no hidden
  // rows or merges, reader notes come from the reader, and an Excel table renames a duplicate header itself.
  const snapshotOnly = new Set([
    "Excel error values",
    "hidden sheet, hidden rows, merged cells",
    "reader notes become findings",
    "a missing comment column, a duplicate header and a column of the user's own",
  ]);
  const cases = CORPUS.filter((c) => !snapshotOnly.has(c.name));

  test("a clean fixture survives the round trip with no findings", () => {
    const wb = roundTrip(filledTemplate());
    expect(validateWorkbook(wb, cat).map((f) => `${f.rule} ${f.cell}`)).toEqual([]);
  });

  test.each(cases.map((c) => [c.name, c] as const))("%s", (_n, c) => {
    const wb = filledTemplate({ agency: c.agency, period: c.period });
    c.mutate(wb);
    const findings = validateWorkbook(roundTrip(wb), cat);
    for (const exp of c.expect) {
      const hit = findings.find(
        (f) =>
          f.rule === exp.rule && f.sheet === exp.sheet && f.cell === exp.cell && f.severity === exp.severity,
      );
      if (!hit)
        throw new Error(
          `expected ${JSON.stringify(exp)} among ${JSON.stringify(findings.map((f) => [f.rule, f.sheet, f.cell]))}`,
        );
      if (exp.value !== undefined) expect(hit.value).toBe(exp.value);
    }
  });

  test("a hidden data sheet read from a file", () => {
    const wb = filledTemplate();
    wb.sheets.find((s) => s.name === "Aktører")!.visibility = "hidden";
    const snap = roundTrip(wb);
    expect(
      validateWorkbook(snap, cat).some((f) => f.rule === "structure.hidden-sheet" && f.sheet === "Aktører"),
    ).toBe(true);
  });
});
