import { readFileSync } from "node:fs";
import { join } from "node:path";
import { defaultCatalogue } from "../../src/catalogue";
import { containsIdentityNumber } from "../../src/core/identifiers";
import type { Finding } from "../../src/core/model/finding";
import { validateWorkbook, RULES } from "../../src/core/validation";
import { CORPUS } from "./corpus";
import { filledTemplate, setCell, sheetOf } from "./fixtures";
import { sheet, workbook } from "../helpers/snapshot";
import { renderFindingBoth } from "../../src/core/validation/render";
import { withRuleTable } from "../../src/core/validation/rule-table";

const cat = defaultCatalogue();

function show(fs: Finding[]) {
  return fs
    .map((f) => `${f.severity} ${f.rule} ${f.sheet}!${f.cell} ${renderFindingBoth(f).message.en}`)
    .join("\n");
}

describe("clean workbooks", () => {
  test.each([
    ["OSL", "SKE", "2026"],
    ["BGO", "AT", "2026-T1"],
    ["TRD", "NAV", "2026-T2"],
    ["LINJE", "POL", "2026-T3"],
    ["ALT", "TOLL", "2027"],
  ])("%s %s %s has no findings", (unit, agency, period) => {
    const wb = filledTemplate({ unit, agency, period });
    const findings = validateWorkbook(wb, cat);
    expect(show(findings)).toBe("");
  });
});

describe("planted mistakes", () => {
  test.each(CORPUS.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const wb = filledTemplate({ agency: c.agency, period: c.period });
    c.mutate(wb);
    const findings = validateWorkbook(wb, cat);
    for (const exp of c.expect) {
      const hit = findings.find(
        (f) =>
          f.rule === exp.rule && f.sheet === exp.sheet && f.cell === exp.cell && f.severity === exp.severity,
      );
      if (!hit) throw new Error(`expected ${JSON.stringify(exp)} among\n${show(findings)}`);
      if (exp.value !== undefined) expect(hit.value).toBe(exp.value);
    }
    // Nothing else is an error: every error finding is one of the planted ones.
    const unexpected = findings.filter(
      (f) =>
        f.severity === "error" &&
        !c.expect.some((x) => x.rule === f.rule && x.sheet === f.sheet && x.cell === f.cell),
    );
    expect(show(unexpected)).toBe("");
  });

  test("every rule has a planted case, except the list summary", () => {
    const planted = new Set(CORPUS.flatMap((c) => c.expect.map((x) => x.rule)));
    // file.unreadable is raised by the command for a file the reader refuses (tests/validation/cli.test.ts);
    // consolidate.* by the consolidation (tests/consolidate); workbook.not-a-template replaces the whole
    // workbook (below).
    const missing = Object.keys(RULES).filter(
      (r) =>
        !planted.has(r) &&
        r !== "validation.truncated" &&
        r !== "file.unreadable" &&
        r !== "workbook.not-a-template" &&
        !r.startsWith("consolidate."),
    );
    // read.* rules beyond the two planted here are mapped one to one from the reader's notes (tested below).
    expect(missing.filter((r) => !r.startsWith("read."))).toEqual([]);
  });
});

describe("a workbook that is not a template", () => {
  const only = (fs: Finding[]) => fs.map((f) => [f.rule, f.severity, f.sheet, f.cell]);

  test("an empty workbook gets one finding that says it is empty", () => {
    const findings = validateWorkbook(workbook([sheet("Ark1", [[null, ""]])]), cat);
    expect(only(findings)).toEqual([["workbook.not-a-template", "error", null, null]]);
    expect(renderFindingBoth(findings[0]).message).toEqual({
      nb: "Arbeidsboken er tom, så den er ikke en utfylt rapporteringsmal.",
      en: "The workbook is empty, so it is not a filled-in reporting template.",
    });
  });

  test("a foreign workbook gets one finding that names the template's sheets", () => {
    // "Katalog" is also the name of the template's hidden list sheet, but a common word: not enough.
    const findings = validateWorkbook(
      workbook([
        sheet("Budsjett", [
          ["Post", "Beløp"],
          ["Lønn", 1200],
        ]),
        sheet("Katalog", [["Vare", "Pris"]]),
      ]),
      cat,
    );
    expect(only(findings)).toEqual([["workbook.not-a-template", "error", null, null]]);
    expect(renderFindingBoth(findings[0]).message.nb).toBe(
      "Arbeidsboken er ikke en rapporteringsmal: den har ingen av malens ark (Forside, Virkemiddelbruk, " +
        "Aktører, Aksjoner, Effekter) og ingen av malens dokumentegenskaper.",
    );
  });

  test("a national identity number in a foreign workbook is still found, masked", () => {
    const findings = validateWorkbook(
      workbook([
        sheet("Budsjett", [
          ["Post", "Beløp"],
          ["Lønn", 1200],
          ["Kontakt", "15108695088"],
        ]),
      ]),
      cat,
    );
    expect(only(findings)).toEqual([
      ["workbook.not-a-template", "error", null, null],
      ["privacy.national-id", "error", "Budsjett", "B3"],
    ]);
    expect(findings[1].value).toBe("151086*****");
  });

  test("a template with a data sheet or a document property left is checked as a template", () => {
    const onlyCover = filledTemplate();
    onlyCover.sheets = onlyCover.sheets.filter((s) => s.name === "Forside");
    onlyCover.tables = [];
    const rules = new Set(validateWorkbook(onlyCover, cat).map((f) => f.rule));
    expect(rules.has("workbook.not-a-template")).toBe(false);
    expect(rules.has("structure.missing-sheet")).toBe(true);

    const onlyProperties = workbook([sheet("Ark1", [])], [], { AkrimRapporteringsenhet: "OSL" });
    const found = validateWorkbook(onlyProperties, cat).map((f) => f.rule);
    expect(found).not.toContain("workbook.not-a-template");
    expect(found).toContain("structure.missing-sheet");
  });
});

describe("details a controller relies on", () => {
  test("did-you-mean for ids and names", () => {
    const wb = filledTemplate();
    setCell(wb, "Virkemiddelbruk", "A2", "V1O1");
    setCell(wb, "Virkemiddelbruk", "A3", "utlegg");
    const fs = validateWorkbook(wb, cat).filter((f) => f.rule === "usage.unknown-instrument");
    expect(fs.map((f) => renderFindingBoth(f).hint.nb)).toEqual([
      expect.stringContaining("Mente du V101 (avdekkingskontroll)"),
      expect.stringContaining("Mente du V113 (utlegg)"),
    ]);
  });

  test("a text number suggests the number", () => {
    const wb = filledTemplate();
    setCell(wb, "Virkemiddelbruk", "H2", "1 234 567,50");
    const f = validateWorkbook(wb, cat).find((x) => x.rule === "cell.text-number")!;
    expect(renderFindingBoth(f).hint.en).toContain("1234567.5");
    expect(renderFindingBoth(f).hint.nb).toContain("1234567,5");
  });

  test("a logical value in a number column is named as Excel names it in each language", () => {
    const wb = filledTemplate();
    setCell(wb, "Virkemiddelbruk", "E2", false);
    const f = validateWorkbook(wb, cat).find((x) => x.rule === "cell.not-a-number")!;
    expect(renderFindingBoth(f).message.nb).toContain("(USANN)");
    expect(renderFindingBoth(f).message.en).toContain("(FALSE)");
  });

  test("the agency mismatch says when the mapping is reconstructed", () => {
    const wb = filledTemplate({ agency: "NAV" });
    const other = cat.instruments.find(
      (i) => i.provenance.agenciesBasis === "reconstructed" && !i.agencies.includes("NAV"),
    )!;
    const rows = sheetOf(wb, "Virkemiddelbruk").rows;
    rows.push([other.id, other.name.nb, other.goal, other.grouping, 4, 4, 0, null, null]);
    wb.tables[0].ref = `A1:I${rows.length}`;
    const f = validateWorkbook(wb, cat).find((x) => x.rule === "usage.agency-mismatch")!;
    expect(f.severity).toBe("warning");
    expect(renderFindingBoth(f).message.nb).toContain("rekonstruert");
    expect(renderFindingBoth(f).message.en).toContain("reconstructed");
  });

  test("identity numbers never appear unmasked in any field", () => {
    const wb = filledTemplate();
    setCell(wb, "Virkemiddelbruk", "E2", "15108695088"); // also a text number
    setCell(wb, "Aktører", "A2", "31129956715");
    setCell(wb, "Forside", "B2", "15108695088");
    wb.properties.set("AkrimKontakt", "fnr 31129956715");
    const fs = validateWorkbook(wb, cat);
    expect(fs.filter((f) => f.rule === "privacy.national-id")).toHaveLength(4);
    const text = JSON.stringify(fs);
    expect(containsIdentityNumber(text)).toBe(false);
    expect(text).toContain("151086*****");
  });

  test("an identity number typed as a number in a number cell is masked in the finding's params too", () => {
    const wb = filledTemplate();
    // F2 is "Herav tverretatlig": a number larger than Antall, so a finding quotes it as a parameter.
    setCell(wb, "Virkemiddelbruk", "F2", 31129956715);
    const fs = validateWorkbook(wb, cat);
    const herav = fs.find((f) => f.rule === "usage.herav-exceeds-antall");
    expect(herav?.params.herav).toBe("311299*****");
    expect(containsIdentityNumber(JSON.stringify(fs))).toBe(false);
  });

  test("a long run of the same mistake is bounded and summarised", () => {
    const wb = filledTemplate({ usageRows: 3000 });
    const s = sheetOf(wb, "Virkemiddelbruk");
    for (let r = 1; r < s.rows.length; r++) s.rows[r]![4] = "x";
    wb.tables[0].ref = `A1:I${s.rows.length}`;
    const fs = validateWorkbook(wb, cat, { maxFindingsPerRule: 100 });
    expect(fs.filter((f) => f.rule === "cell.not-a-number")).toHaveLength(100);
    const summary = fs.find((f) => f.rule === "validation.truncated")!;
    expect(renderFindingBoth(summary).message.en).toContain("2900 of 3000");
  });

  test("findings are well-formed", () => {
    const wb = filledTemplate();
    for (const c of CORPUS) {
      try {
        c.mutate(wb);
      } catch {
        // a later mutation may need a sheet an earlier one removed
      }
    }
    const fs = validateWorkbook(wb, cat);
    expect(fs.length).toBeGreaterThan(20);
    for (const f of fs) {
      expect(["error", "warning", "info"]).toContain(f.severity);
      expect(f.row === null || (Number.isInteger(f.row) && f.row >= 1)).toBe(true);
      expect(f.cell === null || /^[A-Z]{1,3}[1-9]\d*$/.test(f.cell)).toBe(true);
      expect(
        renderFindingBoth(f).message.nb.length &&
          renderFindingBoth(f).message.en.length &&
          renderFindingBoth(f).hint.nb.length &&
          renderFindingBoth(f).hint.en.length,
      ).toBeTruthy();
      expect(Object.keys(RULES)).toContain(f.rule);
    }
  });
});

test("the developer documentation lists every rule with its severity (npm run docs:rules writes it)", () => {
  const doc = readFileSync(join(__dirname, "../../docs/dev/validation.md"), "utf8");
  for (const [id, spec] of Object.entries(RULES)) expect(doc).toContain(`| \`${id}\` | ${spec.severity} |`);
  expect(withRuleTable(doc)).toBe(doc);
});
