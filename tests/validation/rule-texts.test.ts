/**
 * The rules' words: every rule of the registry has its texts in both languages with the same keys and the same
 * placeholders, and every finding the checks and the consolidation emit carries every param its texts use.
 */
import { defaultCatalogue } from "../../src/catalogue";
import {
  consolidate,
  consolidationJson,
  consolidationText,
  planConsolidatedWorkbook,
} from "../../src/core/consolidate";
import type { ConsolidationInput } from "../../src/core/consolidate";
import type { Finding } from "../../src/core/model/finding";
import { planReport, RULE_IDS, validateWorkbook } from "../../src/core/validation";
import { placeholders, renderFinding, ruleTexts } from "../../src/core/validation/render";
import { ENGLISH_ONLY_PLACEHOLDERS, RULE_TEXTS_EN } from "../../src/i18n/rules.en";
import { RULE_TEXTS_NB } from "../../src/i18n/rules.nb";
import { template, usageRow, type TemplateSpec } from "../rollup/fixtures";
import { CORPUS } from "./corpus";
import { filledTemplate } from "./fixtures";

const cat = defaultCatalogue();
const UNFILLED = /\{\w+\}/;

/** Both languages of a finding, checked: words in each, and no placeholder left unfilled. */
function expectRendered(f: Finding) {
  for (const lang of ["nb", "en"] as const) {
    const { message, hint } = renderFinding(f, lang);
    expect(message.trim()).not.toBe("");
    expect(hint.trim()).not.toBe("");
    if (UNFILLED.test(message) || UNFILLED.test(hint))
      throw new Error(`${f.rule} (${lang}) left a placeholder: ${message} / ${hint}`);
  }
}

describe("the rule catalogues", () => {
  test("every rule of the registry has what, hint and message in Norwegian and English", () => {
    expect(Object.keys(RULE_TEXTS_NB).sort()).toEqual([...RULE_IDS].sort());
    expect(Object.keys(RULE_TEXTS_EN).sort()).toEqual([...RULE_IDS].sort());
    for (const id of RULE_IDS)
      for (const lang of ["nb", "en"] as const) {
        const t = ruleTexts(id, lang);
        for (const key of ["what", "hint", "message"] as const) expect(t[key].trim()).not.toBe("");
      }
  });

  test.each(RULE_IDS.map((id) => [id]))("%s: the same keys and placeholders in both languages", (id) => {
    const nb = RULE_TEXTS_NB[id] as Record<string, string>;
    const en = RULE_TEXTS_EN[id] as Record<string, string>;
    expect(Object.keys(en).sort()).toEqual(Object.keys(nb).sort());
    for (const key of Object.keys(nb)) {
      const names = (text: string) =>
        [...new Set(placeholders(text))].filter((n) => !ENGLISH_ONLY_PLACEHOLDERS.includes(n)).sort();
      expect([key, names(en[key])]).toEqual([key, names(nb[key])]);
    }
  });

  test("the general description and fix of a rule need no params", () => {
    for (const id of RULE_IDS)
      for (const lang of ["nb", "en"] as const) {
        const t = ruleTexts(id, lang);
        expect([id, placeholders(t.what), placeholders(t.hint)]).toEqual([id, [], []]);
      }
  });
});

describe("every emitted finding gives the params its words need", () => {
  test.each(CORPUS.map((c) => [c.name, c] as const))("planted: %s", (_name, c) => {
    const wb = filledTemplate({ agency: c.agency, period: c.period });
    c.mutate(wb);
    const findings = validateWorkbook(wb, cat);
    expect(findings.length).toBeGreaterThan(0);
    findings.forEach(expectRendered);
    // The report sheet renders them too.
    expect(planReport(findings, wb, { onExisting: "numbered" }).ok).toBe(true);
  });

  test("the list summary of a mistake repeated on many rows", () => {
    const wb = filledTemplate();
    const corpusCase = CORPUS.find((c) => c.expect.some((x) => x.rule === "cell.text-number"))!;
    corpusCase.mutate(wb);
    const findings = validateWorkbook(wb, cat, { maxFindingsPerRule: 0 });
    const summaries = findings.filter((f) => f.rule === "validation.truncated");
    expect(summaries.length).toBeGreaterThan(0);
    summaries.forEach(expectRendered);
  });

  test("the consolidation's own findings, in its JSON, its text and its workbook", () => {
    const input = (spec: TemplateSpec, hash?: string): ConsolidationInput => ({
      file: spec.name ?? "x.xlsx",
      hash: hash ?? JSON.stringify({ ...spec, name: undefined }),
      snapshot: template(spec),
      findings: validateWorkbook(template(spec), cat),
    });
    const osl = { name: "osl-at.xlsx", unit: "OSL", agency: "AT", usage: [usageRow("V122", 10, 4)] };
    const inputs: ConsolidationInput[] = [
      input(osl),
      { ...input({ ...osl, name: "kopi.xlsx" }), hash: JSON.stringify({ ...osl, name: undefined }) },
      input({ ...osl, name: "osl-at-2.xlsx", period: "2025-T1", usage: [usageRow("V122", 3)] }),
      input({ name: "bgo-nav.xlsx", unit: "BGO", agency: "NAV", usage: [usageRow("V133", 1)] }),
      input({ name: "bgo-nav-2.xlsx", unit: "BGO", agency: "NAV", usage: [usageRow("V133", 2)] }),
      input({
        name: "trd-pol.xlsx",
        unit: "TRD",
        agency: "POL",
        status: "Utkast",
        catalogueVersion: "2018.1",
      }),
      input({ name: "trd-ske.xlsx", unit: "TRD", agency: "SKE", status: null, templateVersion: "2025.9" }),
      input({ name: "anon.xlsx", unit: null, agency: "AT", period: "2025-T7" }),
      {
        file: "broken.xlsx",
        hash: "h",
        snapshot: null,
        readError: { nb: "Filen er skadet.", en: "The file is damaged." },
      },
    ];
    const result = consolidate(inputs, cat);
    const own = result.entries.flatMap((e) => e.findings).filter((f) => f.rule.startsWith("consolidate."));
    expect([...new Set(own.map((f) => f.rule))].sort()).toEqual([
      "consolidate.catalogue-version",
      "consolidate.conflict",
      "consolidate.draft",
      "consolidate.duplicate",
      "consolidate.no-identity",
      "consolidate.overlap",
      "consolidate.template-version",
      "consolidate.unreadable",
    ]);
    result.entries.flatMap((e) => e.findings).forEach(expectRendered);
    // Findings of no file: the submissions the catalogue expects and the files do not hold.
    expect(result.findings.map((f) => f.rule)).toContain("consolidate.missing-submission");
    result.findings.forEach(expectRendered);
    const outputs = [
      JSON.stringify(consolidationJson(result)),
      consolidationText(result, "nb"),
      consolidationText(result, "en"),
      // Page layouts carry Excel's page-number fields as {page} and {pages}, which are not findings' words.
      JSON.stringify(planConsolidatedWorkbook(result).filter((e) => e.kind !== "setPageLayout")),
    ];
    for (const out of outputs) expect(out).not.toMatch(/[^"]\{\w+\}/);
  });
});
