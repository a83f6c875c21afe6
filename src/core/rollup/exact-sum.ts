/**
 * Exact floating-point summation (Shewchuk's algorithm, as in Python's math.fsum). A sum is kept as a list
 * of non-overlapping partials whose exact total is the exact sum of everything added. The rounded result
 * therefore does not depend on the order of the terms, and merging two sums is exact and associative: the
 * total of a consolidation is the same whether files are added one by one or region by region.
 */

/** Partials, smallest magnitude first. An empty list is zero. */
export type ExactSum = number[];

/** Adds `x` to the sum in place. */
export function addTo(partials: ExactSum, x: number): void {
  let i = 0;
  for (let j = 0; j < partials.length; j++) {
    let y = partials[j];
    if (Math.abs(x) < Math.abs(y)) {
      const t = x;
      x = y;
      y = t;
    }
    const hi = x + y;
    const lo = y - (hi - x);
    if (lo !== 0) partials[i++] = lo;
    x = hi;
  }
  partials.length = i;
  if (x !== 0 || i === 0) partials.push(x);
}

/** Adds every term of `b` to `a` in place. */
export function mergeInto(a: ExactSum, b: ExactSum): void {
  for (const x of b) addTo(a, x);
}

/** The sum, correctly rounded to the nearest double. */
export function sumValue(partials: ExactSum): number {
  let n = partials.length;
  if (n === 0) return 0;
  let hi = partials[--n];
  let lo = 0;
  while (n > 0) {
    const x = hi;
    const y = partials[--n];
    hi = x + y;
    const yr = hi - x;
    lo = y - yr;
    if (lo !== 0) break;
  }
  // Round half to even across the remaining partials (the correction math.fsum makes).
  if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
    const y = lo * 2;
    const x = hi + y;
    const yr = x - hi;
    if (y === yr) hi = x;
  }
  return hi === 0 ? 0 : hi;
}
