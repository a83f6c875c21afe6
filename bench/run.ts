/** `npm run bench [name...]`: runs the benchmarks (all, or those named) and prints one table per section. */
import { formatRow, type Bench, type BenchRow } from "./harness";
import { cliBench } from "./cli.bench";
import { consolidateBench } from "./consolidate.bench";
import { officeBench } from "./office.bench";
import { paneBench } from "./pane.bench";
import { templateBench } from "./template.bench";
import { validateBench } from "./validate.bench";
import { xlsxBench } from "./xlsx.bench";

const benches: Bench[] = [
  xlsxBench,
  templateBench,
  validateBench,
  consolidateBench,
  cliBench,
  officeBench,
  paneBench,
];

async function main() {
  const only = process.argv.slice(2);
  const chosen = only.length ? benches.filter((b) => only.includes(b.name)) : benches;
  console.log(`akrim-rapport benchmarks, Node ${process.version}, ${new Date().toISOString()}`);
  for (const b of chosen) {
    console.log(`\n## ${b.name}`);
    let section = "";
    await b.run((row: BenchRow) => {
      if (row.section !== section) {
        section = row.section;
        console.log(`${section}`);
      }
      console.log(formatRow(row));
    });
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
