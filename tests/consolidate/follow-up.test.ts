/** The files to follow up, named at the top of a consolidation's result: not counted first, then files with errors. */
import { defaultCatalogue } from "../../src/catalogue";
import { filesToFollowUp } from "../../src/core/consolidate/attention";
import type { Finding } from "../../src/core/model/finding";
import { renderFinding } from "../../src/core/validation/render";
import { consolidateFiles } from "../../src/taskpane/work";
import { BROKEN, CLEAN, FAULTY, followUpFiles } from "./follow-up-files";

const at = (rule: Finding["rule"], severity: Finding["severity"], cell: string | null): Finding => ({
  rule,
  severity,
  sheet: cell ? "Virkemiddelbruk" : null,
  row: null,
  column: null,
  cell,
  value: null,
  params: {},
});

describe("files to follow up after a consolidation", () => {
  it("names the unreadable file with why and what to do, then each kind of data-quality error once", async () => {
    const result = await consolidateFiles(followUpFiles(), defaultCatalogue(), () => undefined);
    expect(result.counted).toBe(2);
    const [broken, faulty, ...rest] = result.followUp;
    expect(rest).toEqual([]);

    expect(broken.file).toBe(BROKEN);
    expect(broken.notCounted?.rule).toBe("consolidate.unreadable");
    const why = renderFinding(broken.notCounted!, "nb");
    expect(why.message).toMatch(/^Filen «skadet\.xlsx» er en tekstfil .*ikke en Excel-arbeidsbok\./);
    expect(why.hint).toBe("Be om filen på nytt som .xlsx.");

    // The clean file is counted and has no errors: it is not named.
    expect(result.followUp.map((f) => f.file)).not.toContain(CLEAN);
    expect(faulty.file).toBe(FAULTY);
    expect(faulty.notCounted).toBeNull();
    // Row 2: V1O1 (letter O), row 3: "19 stk" in Antall, row 4: a personal ID number in Kommentar.
    expect(faulty.errors.map((e) => [e.first.rule, e.first.cell, e.count])).toEqual([
      ["usage.unknown-instrument", "A2", 1],
      ["cell.text-number", "E3", 1],
      ["privacy.national-id", "I4", 1],
    ]);
    const texts = faulty.errors.map((e) => renderFinding(e.first, "nb"));
    expect(texts[0].hint).toMatch(/^Mente du V101 /);
    expect(texts[1].hint).toBe("Skriv bare tallet: 19.");
    // The number is masked in what the pane shows.
    expect(texts[2].message).toContain("151086*****");
  });

  it("counts errors of one kind together and leaves warnings and notes out", () => {
    const list = filesToFollowUp([
      { file: "a.xlsx", via: null, treatment: "counted", findings: [at("cell.formula", "info", "E2")] },
      {
        file: "b.xlsx",
        via: "VEST.xlsx",
        treatment: "counted",
        findings: [
          at("cell.text-number", "error", "E2"),
          at("usage.name-mismatch", "warning", "B3"),
          at("cell.text-number", "error", "E5"),
        ],
      },
      {
        file: "c.xlsx",
        via: null,
        treatment: "conflict",
        findings: [at("cell.negative", "error", "E4"), at("consolidate.conflict", "error", null)],
      },
    ]);
    expect(
      list.map((f) => [f.file, f.notCounted?.rule ?? null, f.errors.map((e) => [e.first.cell, e.count])]),
    ).toEqual([
      ["c.xlsx", "consolidate.conflict", [["E4", 1]]],
      ["VEST.xlsx › b.xlsx", null, [["E2", 2]]],
    ]);
  });
});
