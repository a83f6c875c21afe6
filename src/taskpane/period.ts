/** Period choices for a new template: the current tertial by default. */
import { parsePeriod } from "../core/period";

export type PeriodKind = "year" | "T1" | "T2" | "T3";

export function currentTertial(now: Date): { year: number; kind: PeriodKind } {
  const month = now.getMonth(); // 0-based
  return { year: now.getFullYear(), kind: `T${Math.floor(month / 4) + 1}` as PeriodKind };
}

export function periodId(year: number, kind: PeriodKind): string {
  const id = kind === "year" ? String(year) : `${year}-${kind}`;
  if (!parsePeriod(id)) throw new RangeError(`invalid period ${id}`);
  return id;
}

/** Years offered: two back, the current one and the next. */
export function yearChoices(now: Date): number[] {
  const y = now.getFullYear();
  return [y - 2, y - 1, y, y + 1];
}
