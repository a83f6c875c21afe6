/**
 * The benchmark harness behind `npm run bench`. Every measurement is reported next to a baseline measured
 * in the same run (a ratio), never as an absolute pass/fail time.
 */
export interface BenchRow {
  section: string;
  metric: string;
  value: number;
  unit: string;
  /** What the ratio compares against, e.g. "merely reading the same file". */
  baseline?: { label: string; value: number };
}

export interface Bench {
  name: string;
  run(report: (row: BenchRow) => void): Promise<void>;
}

/** Median wall time in milliseconds of `fn` over `times` runs (after one warm-up run). */
export async function timeMedian(fn: () => unknown | Promise<unknown>, times = 3): Promise<number> {
  await fn();
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

export function formatRow(r: BenchRow): string {
  const v = r.value >= 100 ? r.value.toFixed(0) : r.value.toPrecision(3);
  const ratio = r.baseline ? `  ×${(r.value / r.baseline.value).toFixed(2)} vs ${r.baseline.label}` : "";
  return `  ${r.metric.padEnd(58)} ${v.padStart(12)} ${r.unit.padEnd(8)}${ratio}`;
}
