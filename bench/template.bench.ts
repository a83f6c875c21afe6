/**
 * Template generation: planning (pure) and planning + writing the .xlsx file, for one template and for the
 * whole sample year, against writing the same number of empty one-sheet workbooks in the same run.
 */
import { defaultCatalogue } from "../src/catalogue";
import { generateSamples, planSample } from "../src/core/samples";
import { planTemplate } from "../src/core/template";
import { writeXlsx } from "../src/workbook/xlsx";
import { timeMedian, type Bench } from "./harness";

export const templateBench: Bench = {
  name: "template",
  async run(report) {
    const catalogue = defaultCatalogue();
    const empty = () => writeXlsx([{ kind: "addSheet", sheet: "Ark1" }]);
    const identity = { unit: "OSL", agency: "SKE", period: "2026-T1" };
    const plan = () => {
      const p = planTemplate(catalogue, identity, { existingSheetNames: [] });
      if (!("edits" in p)) throw new Error("template could not be planned");
      return p.edits;
    };

    const section = "one template (OSL, SKE, 2026-T1)";
    const emptyOne = await timeMedian(empty, 21);
    const baseline = { label: "writing an empty workbook", value: emptyOne };
    report({ section, metric: "write an empty one-sheet workbook (baseline)", value: emptyOne, unit: "ms" });
    report({ section, metric: "plan the template", value: await timeMedian(plan, 9), unit: "ms", baseline });
    report({
      section,
      metric: "plan and write the template",
      value: await timeMedian(() => writeXlsx(plan()), 9),
      unit: "ms",
      baseline,
    });
    report({ section, metric: "template file size", value: writeXlsx(plan()).length / 1024, unit: "KiB" });

    const samples = generateSamples(catalogue);
    const all = `the sample year (${samples.length} filled templates)`;
    const emptyAll = await timeMedian(() => samples.forEach(empty), 5);
    const baselineAll = { label: `writing ${samples.length} empty workbooks`, value: emptyAll };
    report({
      section: all,
      metric: `write ${samples.length} empty workbooks (baseline)`,
      value: emptyAll,
      unit: "ms",
    });
    report({
      section: all,
      metric: "generate the sample data",
      value: await timeMedian(() => generateSamples(catalogue), 3),
      unit: "ms",
      baseline: baselineAll,
    });
    report({
      section: all,
      metric: "plan every filled template",
      value: await timeMedian(() => samples.forEach((s) => planSample(catalogue, s)), 3),
      unit: "ms",
      baseline: baselineAll,
    });
    report({
      section: all,
      metric: "plan and write every filled template",
      value: await timeMedian(() => samples.forEach((s) => writeXlsx(planSample(catalogue, s))), 3),
      unit: "ms",
      baseline: baselineAll,
    });
  },
};
