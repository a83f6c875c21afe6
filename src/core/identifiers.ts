/**
 * Norwegian identifiers: organisation numbers and personal identity numbers (fødselsnummer, D-number,
 * H-number), and finding and masking identity numbers inside cell values.
 *
 * A personal identity number is DDMMYY + a 3-digit individual number + 2 check digits. A D-number adds 4 to
 * the first digit, an H-number adds 40 to the month. Two check-digit rules are accepted:
 * - the current rule: both weighted sums are 0 modulo 11;
 * - the rule announced for numbers issued from 2032: the first weighted sum may leave a remainder of 0, 1, 2
 *   or 3, the second is unchanged.
 * To keep false positives on ordinary 11-digit amounts rare, a number counts only when its check digits AND
 * its date are valid.
 */

const K1_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2, 1];
const K2_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1];
const ORG_WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2];

export type IdentityNumberKind = "fødselsnummer" | "D-nummer" | "H-nummer";

export interface IdentityNumberInfo {
  kind: IdentityNumberKind;
  /** "current" when the number passes today's rule, "2032" when only the rule announced for 2032 accepts it. */
  rule: "current" | "2032";
  /** Birth date as YYYY-MM-DD (for D- and H-numbers the date encoded in the number). */
  birthDate: string;
}

/** Checks a 9-digit organisation number (mod 11 with weights 3,2,7,6,5,4,3,2). */
export function isOrganisationNumber(text: string): boolean {
  const s = text.replace(/[\s.]/g, "");
  if (!/^\d{9}$/.test(s)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += ORG_WEIGHTS[i] * (s.charCodeAt(i) - 48);
  const rest = sum % 11;
  if (rest === 1) return false;
  const check = rest === 0 ? 0 : 11 - rest;
  return check === s.charCodeAt(8) - 48;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The birth year a number encodes, from its two-digit year and individual number; null where no issued
 * series covers the combination.
 */
function birthYear(yy: number, individual: number): number | null {
  if (individual <= 499) return 1900 + yy;
  if (individual <= 749 && yy >= 54) return 1800 + yy;
  if (individual >= 500 && yy <= 39) return 2000 + yy;
  if (individual >= 900 && yy >= 40) return 1900 + yy;
  return null;
}

/**
 * Reads an 11-digit string as a personal identity number; null unless the check digits (either rule) and the
 * date are valid. `digits` must be exactly 11 ASCII digits.
 */
export function identityNumberInfo(digits: string): IdentityNumberInfo | null {
  if (digits.length !== 11) return null;
  const d = new Array<number>(11);
  for (let i = 0; i < 11; i++) {
    const c = digits.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return null;
    d[i] = c;
  }
  let s1 = 0;
  for (let i = 0; i < 10; i++) s1 += K1_WEIGHTS[i] * d[i];
  let s2 = 0;
  for (let i = 0; i < 11; i++) s2 += K2_WEIGHTS[i] * d[i];
  const r1 = s1 % 11;
  if (s2 % 11 !== 0 || r1 > 3) return null;
  const rule = r1 === 0 ? "current" : "2032";

  let day = d[0] * 10 + d[1];
  let month = d[2] * 10 + d[3];
  const yy = d[4] * 10 + d[5];
  const individual = d[6] * 100 + d[7] * 10 + d[8];
  let kind: IdentityNumberKind = "fødselsnummer";
  if (day > 40) {
    day -= 40;
    kind = "D-nummer";
  } else if (month > 40) {
    month -= 40;
    kind = "H-nummer";
  }
  if (month < 1 || month > 12 || day < 1) return null;
  const year = birthYear(yy, individual);
  if (year === null) return null;
  if (day > daysInMonth(year, month)) return null;
  const pad = (n: number) => String(n).padStart(2, "0");
  return { kind, rule, birthDate: `${year}-${pad(month)}-${pad(day)}` };
}

export function isIdentityNumber(text: string): boolean {
  const s = text.trim();
  const m = /^(\d{6})[ .-]?(\d{5})$/.exec(s);
  return m !== null && identityNumberInfo(m[1] + m[2]) !== null;
}

export interface IdentityNumberMatch {
  /** Position of the number in the text and its length (with any separator). */
  index: number;
  length: number;
  info: IdentityNumberInfo;
}

/** Six digits, an optional single space, dot or hyphen, five digits; not inside a longer run of digits. */
const CANDIDATE_RE = /(?<!\d)(\d{6})[ .-]?(\d{5})(?!\d)/g;
const MIN_DIGITS = 11;

/** Counts ASCII digits, stopping early once enough are seen: a cheap filter before the regex runs. */
function hasEnoughDigits(text: string): boolean {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57 && ++n >= MIN_DIGITS) return true;
  }
  return false;
}

/** Every valid identity number inside a text. */
export function findIdentityNumbers(text: string): IdentityNumberMatch[] {
  if (text.length < MIN_DIGITS || !hasEnoughDigits(text)) return [];
  const out: IdentityNumberMatch[] = [];
  CANDIDATE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CANDIDATE_RE.exec(text)) !== null) {
    const info = identityNumberInfo(m[1] + m[2]);
    if (info) out.push({ index: m.index, length: m[0].length, info });
  }
  return out;
}

/**
 * The identity number a numeric cell holds, as 11 digits, or null. Excel drops a leading zero (a person born
 * on the 1st to the 9th of a month), so 10-digit integers are read with a zero in front.
 */
export function identityNumberInNumber(n: number): { digits: string; info: IdentityNumberInfo } | null {
  if (!Number.isInteger(n) || n < 1e9 || n >= 1e11) return null;
  const digits = String(n).padStart(11, "0");
  const info = identityNumberInfo(digits);
  return info ? { digits, info } : null;
}

/** The masked form of one number: the date part kept, the personal part replaced, e.g. "311299*****". */
function maskOne(matched: string): string {
  return matched.slice(0, matched.length - 5) + "*****";
}

/** Replaces every valid identity number in a text by its masked form. Text without one is returned as is. */
export function maskIdentityNumbers(text: string): string {
  const found = findIdentityNumbers(text);
  if (found.length === 0) return text;
  let out = "";
  let at = 0;
  for (const f of found) {
    out += text.slice(at, f.index) + maskOne(text.slice(f.index, f.index + f.length));
    at = f.index + f.length;
  }
  return out + text.slice(at);
}

/** Whether a text still holds a valid identity number (for checks on output). */
export function containsIdentityNumber(text: string): boolean {
  return findIdentityNumbers(text).length > 0;
}

const PARTICLES = new Set([
  "van",
  "von",
  "de",
  "der",
  "den",
  "da",
  "di",
  "du",
  "la",
  "le",
  "af",
  "av",
  "bin",
]);
const CAPITALISED_WORD_RE = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*$/u;
const HAS_DIGIT_RE = /\d/;

/**
 * Whether a text looks like a person's name: two to five words, at least two of them capitalised
 * (e.g. "Ola Nordmann", "Anne-Lise van Dijk"), only name particles otherwise, and no digits.
 * A pseudonymous case reference ("A-2026-014", "OSL-17") has digits or upper-case codes and does not match.
 */
export function looksLikePersonName(text: string): boolean {
  const s = text.trim();
  if (s.length < 5 || s.length > 80 || HAS_DIGIT_RE.test(s)) return false;
  const words = s.split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  let capitalised = 0;
  for (const w of words) {
    if (CAPITALISED_WORD_RE.test(w)) capitalised++;
    else if (!PARTICLES.has(w)) return false;
  }
  return capitalised >= 2;
}
