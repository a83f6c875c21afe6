/**
 * The Excel adapter through the recording fake (tests/office/fake-excel.ts): syncs, request bytes and time
 * per operation at 100, 10,000 and 100,000 rows. Time is compared with the plan alone on the same data
 * (read → plan → apply against plan), so the ratio is the adapter's own cost in this process; Excel's own
 * time per sync is not in it (there is no Excel here).
 */
import { defaultCatalogue } from "../src/catalogue";
import { rollupWorkbook } from "../src/core/rollup";
import { planTemplate } from "../src/core/template";
import { planHighlights, planReport, validateSubmission } from "../src/core/validation";
import { insertTemplate, rollUp, runCheck } from "../src/workbook/office/operations";
import { readSnapshot } from "../src/workbook/office/read";
import { FakeExcel } from "../tests/office/fake-excel";
import { IDENTITY, templateWorkbook } from "../tests/office/workbooks";
import type { Bench, BenchRow } from "./harness";

const SIZES = [100, 10_000, 100_000];
/** Reads sized for Excel on the web, as the adapter does there by default. */
const WEB = { maxResponseBytes: 4_000_000 };

/** Median time of `op` over `times` runs, each on a freshly prepared fake (preparation not timed). */
async function timeOp<T>(prepare: () => Promise<T>, op: (t: T) => Promise<unknown>, times: number) {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const t = await prepare();
    const t0 = performance.now();
    await op(t);
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

async function timePlain(fn: () => unknown, times: number) {
  return timeOp(
    async () => undefined,
    async () => fn(),
    times,
  );
}

export const officeBench: Bench = {
  name: "office",
  async run(report: (row: BenchRow) => void) {
    const catalogue = defaultCatalogue();
    for (const rows of SIZES) {
      const times = rows >= 100_000 ? 1 : 3;
      const section = `${rows.toLocaleString("en")} rows (fake Excel; requests limited to 5 MB as on the web)`;
      const traffic = (name: string, fake: FakeExcel) => {
        report({ section, metric: `${name}: syncs`, value: fake.syncs, unit: "syncs" });
        const sent = fake.requests.reduce((n, r) => n + r.bytes, 0);
        report({ section, metric: `${name}: request bytes, total`, value: sent / 1024, unit: "KiB" });
        report({
          section,
          metric: `${name}: request bytes, largest`,
          value: fake.maxRequestBytes() / 1024,
          unit: "KiB",
        });
        const answered = Math.max(...fake.requests.filter((r) => r.ok).map((r) => r.responseBytes));
        report({ section, metric: `${name}: response bytes, largest`, value: answered / 1024, unit: "KiB" });
        const refused = fake.requests.filter((r) => !r.ok).length;
        if (refused)
          report({ section, metric: `${name}: requests Excel refused`, value: refused, unit: "requests" });
      };

      // insert: the template next to a sheet of `rows` rows.
      const withData = async () => {
        const fake = new FakeExcel();
        fake.addSheet(
          "Data",
          Array.from({ length: rows }, (_, i) => [i, `rad ${i}`]),
        );
        return fake;
      };
      {
        const fake = await withData();
        await insertTemplate(fake.context, catalogue, IDENTITY, { supported: fake.isSetSupported });
        traffic("insert", fake);
        const plan = await timePlain(
          () => planTemplate(catalogue, IDENTITY, { existingSheetNames: ["Data"] }),
          3,
        );
        const full = await timeOp(
          withData,
          (f) => insertTemplate(f.context, catalogue, IDENTITY, { supported: f.isSetSupported }),
          3,
        );
        report({ section, metric: "insert: plan alone (baseline)", value: plan, unit: "ms" });
        report({
          section,
          metric: "insert: read → plan → apply",
          value: full,
          unit: "ms",
          baseline: { label: "the plan alone", value: plan },
        });
      }

      // check: a filled template of `rows` usage rows (a fixed handful of mistakes), web limits.
      const filled = () => templateWorkbook(rows, { responseLimit: 5_000_000 });
      {
        const fake = await filled();
        const snapshot = await readSnapshot(fake.context, { formulas: true });
        fake.resetCounters();
        await runCheck(fake.context, catalogue, { supported: fake.isSetSupported, ...WEB });
        traffic("check", fake);
        const plan = await timePlain(() => {
          const { findings } = validateSubmission(snapshot, catalogue);
          planHighlights(findings);
          planReport(findings, snapshot);
        }, times);
        const full = await timeOp(
          filled,
          (f) => runCheck(f.context, catalogue, { supported: f.isSetSupported, ...WEB }),
          times,
        );
        report({ section, metric: "check: validate and plan alone (baseline)", value: plan, unit: "ms" });
        report({
          section,
          metric: "check: read → validate → plan → apply",
          value: full,
          unit: "ms",
          baseline: { label: "validate and plan alone", value: plan },
        });

        fake.resetCounters();
        await rollUp(fake.context, catalogue, WEB);
        traffic("roll-up", fake);
        const rollPlan = await timePlain(() => rollupWorkbook(snapshot, catalogue), times);
        const rollFull = await timeOp(
          async () => fake,
          (f) => rollUp(f.context, catalogue, WEB),
          times,
        );
        report({ section, metric: "roll-up: computing alone (baseline)", value: rollPlan, unit: "ms" });
        report({
          section,
          metric: "roll-up: read → compute",
          value: rollFull,
          unit: "ms",
          baseline: { label: "computing alone", value: rollPlan },
        });
      }
    }
  },
};
