/**
 * The value axis of a chart of counts: round steps (1, 2 or 5 times a power of ten, or 25 times one), at least four
 * labels from 0 so that a reader can place a value between them, and at most six so that they fit a narrow pane.
 */
const MAX_INTERVALS = 5;
const MIN_INTERVALS = 3;

/** The axis labels from 0 up to a round value at or above `max` (a count; a negative one counts as 0). */
export function axisTicks(max: number): number[] {
  const top = Number.isFinite(max) ? Math.max(0, max) : 0;
  const step = roundStep(top);
  const intervals = Math.max(MIN_INTERVALS, Math.ceil(top / step));
  return Array.from({ length: intervals + 1 }, (_, i) => i * step);
}

/** The smallest of 1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, ... that reaches `top` in five steps or fewer. */
function roundStep(top: number): number {
  for (let p = 1; ; p *= 10) {
    for (const m of p >= 10 ? [1, 2, 2.5, 5] : [1, 2, 5]) {
      if (Math.ceil(top / (m * p)) <= MAX_INTERVALS) return m * p;
    }
  }
}
