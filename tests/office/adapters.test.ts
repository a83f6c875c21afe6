import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** Whether a source file imports from the sibling adapter folder `other`. */
const importsFrom = (src: string, other: string) => new RegExp(`from\\s+["']\\.\\./${other}\\b`).test(src);

/** The files of one adapter that import from the other (what both need lives in src/core). */
function crossing(folder: string, other: string): string[] {
  return readdirSync(folder).filter((f) => importsFrom(readFileSync(join(folder, f), "utf8"), other));
}

describe("the two workbook adapters stand on their own", () => {
  it("sees an import across when there is one", () => {
    expect(importsFrom(`import { writeXlsx } from "../xlsx/writer";`, "xlsx")).toBe(true);
    expect(importsFrom(`import { applyEdits } from "../office";`, "office")).toBe(true);
    expect(importsFrom(`import { checkEdits } from "../../core/model/check-edits";`, "xlsx")).toBe(false);
  });

  it("the Office adapter imports nothing from the file adapter", () => {
    expect(crossing("src/workbook/office", "xlsx")).toEqual([]);
  });

  it("the file adapter imports nothing from the Office adapter", () => {
    expect(crossing("src/workbook/xlsx", "office")).toEqual([]);
  });
});
