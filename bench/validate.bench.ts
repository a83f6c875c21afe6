/**
 * Validation throughput: the engine alone on a 100,000-row Virkemiddelbruk, and whole files (read + validate)
 * with validation time as a ratio to reading the same file (target: validation < 0.20 × reading).
 */
import { defaultCatalogue } from "../src/catalogue";
import { readSubmission } from "../src/core/model/submission";
import { validateWorkbook } from "../src/core/validation";
import { readXlsx, writeXlsx } from "../src/workbook/xlsx";
import { filledTemplate, setCell } from "../tests/validation/fixtures";
import { snapshotEdits } from "../tests/validation/files";
import { timeMedian, type Bench } from "./harness";

const ROWS = 100_000;

export const validateBench: Bench = {
  name: "validate",
  async run(report) {
    const cat = defaultCatalogue();
    const clean = filledTemplate({ usageRows: ROWS });
    // A realistic share of mistakes: one row in a thousand has a text number, one in ten thousand a typo.
    const dirty = filledTemplate({ usageRows: ROWS });
    for (let r = 2; r <= ROWS + 1; r += 1000) setCell(dirty, "Virkemiddelbruk", `E${r}`, "12 stk");
    for (let r = 5; r <= ROWS + 1; r += 10_000) setCell(dirty, "Virkemiddelbruk", `A${r}`, "V1O1");

    const section = `Engine on a ${ROWS.toLocaleString("en-US")}-row Virkemiddelbruk snapshot`;
    const tRead = await timeMedian(() => readSubmission(clean, cat));
    report({ section, metric: "locate tables (readSubmission) only", value: tRead, unit: "ms" });
    // Validation is quick: more runs for a stable median (a garbage collection can land in any one run).
    const tClean = await timeMedian(() => validateWorkbook(clean, cat), 9);
    report({ section, metric: "validate, clean", value: tClean, unit: "ms" });
    report({ section, metric: "throughput, clean", value: ROWS / (tClean / 1000), unit: "rows/s" });
    const tDirty = await timeMedian(() => validateWorkbook(dirty, cat), 9);
    report({ section, metric: "validate, 0.1 % rows with mistakes", value: tDirty, unit: "ms" });
    report({ section, metric: "throughput, with mistakes", value: ROWS / (tDirty / 1000), unit: "rows/s" });

    const fileSection = "Whole file: read (.xlsx → snapshot) + validate";
    const bytes = writeXlsx(snapshotEdits(dirty));
    report({ section: fileSection, metric: "file size", value: bytes.length / 1024 / 1024, unit: "MB" });
    let snapshot = readXlsx(bytes, "bench.xlsx");
    const tFileRead = await timeMedian(() => {
      snapshot = readXlsx(bytes, "bench.xlsx");
    });
    report({ section: fileSection, metric: "read the file", value: tFileRead, unit: "ms" });
    const tFileValidate = await timeMedian(() => validateWorkbook(snapshot, cat), 9);
    report({
      section: fileSection,
      metric: "validate what was read (target < 0.20 × reading)",
      value: tFileValidate,
      unit: "ms",
      baseline: { label: "reading the same file", value: tFileRead },
    });
  },
};
