/** Reporting periods: a year `YYYY` or a tertial `YYYY-T1|T2|T3`. Dates are ISO strings (YYYY-MM-DD). */

export interface Period {
  id: string;
  year: number;
  /** 1–3 for a tertial, null for a whole year. */
  tertial: 1 | 2 | 3 | null;
  /** First and last day, inclusive, as YYYY-MM-DD. */
  start: string;
  end: string;
}

import { memoText } from "./memo";

const PERIOD_RE = /^(\d{4})(?:-T([123]))?$/;

export function parsePeriod(text: string | null | undefined): Period | null {
  return text ? periodOf(text) : null;
}

/** Each distinct period text is read once (every row's dates are checked against the period). */
const periodOf = memoText((text): Period | null => {
  const m = PERIOD_RE.exec(text.trim().toUpperCase());
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 2000 || year > 2100) return null;
  const tertial = m[2] ? (Number(m[2]) as 1 | 2 | 3) : null;
  const pad = (n: number) => String(n).padStart(2, "0");
  const firstMonth = tertial ? (tertial - 1) * 4 + 1 : 1;
  const lastMonth = tertial ? tertial * 4 : 12;
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  return Object.freeze({
    id: tertial ? `${year}-T${tertial}` : String(year),
    year,
    tertial,
    start: `${year}-${pad(firstMonth)}-01`,
    end: `${year}-${pad(lastMonth)}-${pad(lastDay)}`,
  });
});

/** Excel's serial day number (1900 date system) for an ISO date, and back. */
const EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

export function dateToSerial(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return Math.round((Date.UTC(y, m - 1, d) - EPOCH) / DAY);
}

export function serialToDate(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return null;
  return new Date(EPOCH + Math.floor(serial) * DAY).toISOString().slice(0, 10);
}

/** Periods sort by year, then tertial, a whole year after its tertials. */
export function comparePeriods(a: Period, b: Period): number {
  return a.year - b.year || (a.tertial ?? 4) - (b.tertial ?? 4);
}
