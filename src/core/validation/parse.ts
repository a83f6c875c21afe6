/** Reading what a person typed: numbers written as text ("12 stk", "1 234,50") and dates written as text. */

/** Text around a number that is only a unit or a currency ("12 stk", "kr 1 500", "ca. 40"). */
const NUMBER_IN_TEXT_RE = /^([^\d+-]{0,12}?)([+-]?\d[\d \u00a0\u202f.,']*)([^\d]{0,20})$/;
const GROUPED_DOTS_RE = /^\d{1,3}(\.\d{3})+$/;

/**
 * The number a text cell most likely means, or null. Accepts Norwegian forms: space, non-breaking space,
 * apostrophe or dot as thousands separator and comma as decimal separator ("1 234,50" → 1234.5,
 * "1.234.567" → 1234567), and a unit or currency word before or after ("12 stk", "kr 5 000").
 * Text with two numbers ("12-15", "3 av 4") gives null: there is no single number to suggest.
 */
export function numberFromText(text: string): number | null {
  const s = text.trim();
  if (s === "" || s.length > 60) return null;
  const m = NUMBER_IN_TEXT_RE.exec(s);
  if (!m) return null;
  const before = m[1].trim();
  const after = m[3].trim();
  if (/\d/.test(before) || /\d/.test(after)) return null;
  if (before !== "" && !/^(kr\.?|nok|ca\.?|cirka|omtrent|~)$/i.test(before)) return null;
  let num = m[2].replace(/[\s\u00a0\u202f']/g, "");
  if (num.endsWith(".") || num.endsWith(",")) num = num.slice(0, -1);
  const commas = (num.match(/,/g) ?? []).length;
  const dots = (num.match(/\./g) ?? []).length;
  if (commas > 1) return null;
  if (commas === 1) {
    // Decimal comma; dots, if any, group thousands.
    const [int, frac] = num.split(",");
    if (dots > 0 && !GROUPED_DOTS_RE.test(int.replace(/^[+-]/, ""))) return null;
    num = `${int.replace(/\./g, "")}.${frac}`;
  } else if (dots > 1 || (dots === 1 && GROUPED_DOTS_RE.test(num.replace(/^[+-]/, "")))) {
    if (!GROUPED_DOTS_RE.test(num.replace(/^[+-]/, ""))) return null;
    num = num.replace(/\./g, "");
  }
  if (!/^[+-]?\d+(\.\d+)?$/.test(num)) return null;
  const n = Number(num);
  return Number.isFinite(n) ? n : null;
}

const DMY_RE = /^(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})$/;
const ISO_RE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/;

function isoDate(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1) return null;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > last) return null;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** A date typed as text: dd.mm.yyyy, d.m.yy, dd/mm/yyyy or yyyy-mm-dd; ISO string or null. */
export function dateFromText(text: string): string | null {
  const s = text.trim();
  if (s.length > 30) return null;
  let m = DMY_RE.exec(s);
  if (m) {
    let y = Number(m[3]);
    if (m[3].length === 2) y += 2000;
    return isoDate(y, Number(m[2]), Number(m[1]));
  }
  m = ISO_RE.exec(s);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  return null;
}

/** Formats a number the Norwegian way for messages: 1234.5 → "1 234,5". */
export function formatNumberNb(n: number): string {
  const [int, frac] = String(Math.abs(n)).split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  return `${n < 0 ? "−" : ""}${grouped}${frac ? `,${frac}` : ""}`;
}
