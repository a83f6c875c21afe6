/**
 * One reading of every cell, for checking and for counting alike. What a person typed is read once, here:
 * text is Unicode-normalised (NFC) and trimmed of every kind of space (also non-breaking and zero-width), and
 * ids and list values match without regard to case or repeated spaces and are given their catalogue form.
 * The check reports where the reading changed what was typed; the roll-up counts exactly what was read. So a
 * value the check accepts is the value the roll-up counts.
 */
import type { Catalogue } from "../../catalogue/loader";
import type { Column, TableSheet } from "../../catalogue/schema";
import { memoText } from "../memo";
import { dateToSerial } from "../period";
import { dateFromText, numberFromText } from "../validation/parse";
import type { CellValue } from "./snapshot";

/** Spaces JavaScript's trim leaves alone: zero-width space, joiners and the byte-order mark. */
const INVISIBLE_RE = /[\u200b-\u200d\u2060\ufeff]/g;
/** Text that needs no work: printable ASCII without spaces at either end (nearly every cell). */
const PLAIN_RE = /^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/;

/** Text as read: NFC, no invisible characters, trimmed (JavaScript's trim also removes non-breaking spaces). */
export function cleanText(s: string): string {
  return PLAIN_RE.test(s) ? s : cleanOnce(s);
}

/** Text outside plain ASCII (names with æøå, comments) repeats from row to row: normalise each once. */
const cleanOnce = memoText((s) => s.normalize("NFC").replace(INVISIBLE_RE, "").trim());

/** The key two texts compare by: clean, inner spaces folded to one, lower case. */
export const foldKey: (s: string) => string = memoText((s) =>
  cleanText(s).replace(/\s+/g, " ").toLocaleLowerCase("nb"),
);

/** The words that make a row a typed total ("Sum", "I alt", …); such a row is never counted. */
const TOTAL_WORDS = new Set([
  "sum",
  "summer",
  "summert",
  "totalt",
  "total",
  "i alt",
  "sum totalt",
  "totalsum",
]);

const TOTAL_START_RE = /^[\s\u200b-\u200d\u2060\ufeff]*[stiSTI]/;

/** True when a cell's text marks a typed totals row: `Sum`, `Summer`, `Totalt`, `Total` or `I alt` (any case, a colon allowed). */
export function isTotalWord(v: CellValue | undefined): boolean {
  if (typeof v !== "string" || v.length > 30) return false;
  // Every total word begins with s, t or i (after spaces): this runs on the first cell of every row.
  if (!TOTAL_START_RE.test(v)) return false;
  return TOTAL_WORDS.has(foldKey(v).replace(/:$/, "").trim());
}

/** Reads one cell of a column; gets the raw value, returns the value checks and counts use. */
export type CellReader = (raw: CellValue) => CellValue;

function byFold(values: Iterable<string>): Map<string, string> {
  const m = new Map<string, string>();
  for (const v of values) if (!m.has(foldKey(v))) m.set(foldKey(v), v);
  return m;
}

/** `Brukermål 1`, `brukermål1`, `BM 1` → `BM1`; `Brukermål 2` … likewise. */
const GOAL_WORDS_RE = /^(?:brukermål|brukermal|user goal|bm)\s*(\d)$/;

const AGENCY_SPLIT_RE = /\s*[,;/+&]\s*|\s+og\s+|\s+and\s+|\s+/i;

const readers = new WeakMap<Catalogue, Map<Column, CellReader>>();

function readerFor(catalogue: Catalogue, col: Column): CellReader {
  const text: CellReader = (v) => {
    if (typeof v !== "string") return v;
    const s = cleanText(v);
    return s === "" ? null : s;
  };
  const canonical = (
    known: Map<string, string>,
    extra?: (folded: string) => string | undefined,
  ): CellReader => {
    // Nearly every cell holds a value exactly as the list writes it (from the drop-down): no work then.
    const exact = new Set(known.values());
    return (v) => {
      if (typeof v !== "string") return v;
      if (exact.has(v)) return v;
      const s = cleanText(v);
      if (s === "") return null;
      const folded = s.replace(/\s+/g, " ").toLocaleLowerCase("nb");
      return known.get(folded) ?? extra?.(folded) ?? s;
    };
  };
  switch (col.type) {
    case "instrumentId":
      return canonical(byFold(catalogue.instruments.map((i) => i.id)));
    case "indicatorId":
      return canonical(byFold(catalogue.effectIndicators.map((i) => i.id)));
    case "goal": {
      const goals = catalogue.taxonomy.filter((n) => n.level === "brukermål").map((n) => n.id);
      const known = byFold(goals);
      return canonical(known, (f) => {
        const m = GOAL_WORDS_RE.exec(f);
        return m ? known.get(`bm${m[1]}`) : undefined;
      });
    }
    case "grouping":
      return canonical(byFold(catalogue.taxonomy.filter((n) => n.level === "gruppering").map((n) => n.id)));
    case "enum":
      return canonical(byFold((catalogue.enumerations[col.enumeration ?? ""] ?? []).map((e) => e.value)));
    case "agencyList": {
      const known = byFold(catalogue.agencies.map((a) => a.id));
      const exact = new Set(known.values());
      const written = (s: string) => s.split(", ").every((code) => exact.has(code));
      return (v) => {
        if (typeof v !== "string") return v;
        if (written(v)) return v;
        const s = cleanText(v);
        if (s === "") return null;
        const parts = s.split(AGENCY_SPLIT_RE).filter((p) => p !== "");
        const codes = parts.map((p) => known.get(p.toLocaleLowerCase("nb")));
        // Only a list of known codes is given its written form; anything else stays as typed for the check.
        return codes.every((c) => c !== undefined) ? [...new Set(codes)].join(", ") : s;
      };
    }
    case "date":
      return (v) => {
        if (typeof v !== "string") return v;
        const s = cleanText(v);
        if (s === "") return null;
        const iso = dateFromText(s);
        return iso ? dateToSerial(iso) : s;
      };
    case "decimal":
      // Effect values: `45 %`, `0,45` and `1 234,5` typed as text are understood (they are listed, not summed by
      // the sheet's formulas). Counts and amounts stay as typed: the sheet's own formulas cannot count text.
      return (v) => {
        if (typeof v !== "string") return v;
        const s = cleanText(v);
        if (s === "") return null;
        const n = numberFromText(s.replace(/\s*%$/, ""));
        return n ?? s;
      };
    default:
      return text;
  }
}

/** The readers of a table's columns (in catalogue order), built once per catalogue. */
export function columnReaders(catalogue: Catalogue, spec: TableSheet): CellReader[] {
  let cache = readers.get(catalogue);
  if (!cache) readers.set(catalogue, (cache = new Map()));
  return spec.columns.map((col) => {
    let r = cache.get(col);
    if (!r) cache.set(col, (r = readerFor(catalogue, col)));
    return r;
  });
}

const letters = (s: string) => s.replace(/[\s,;/+&]|\bog\b|\band\b/gi, "");

/** Whether the reading gave a different value than typed in a way worth telling (not plain trimming of free text). */
export function readingChanged(col: Column, raw: CellValue, read: CellValue): boolean {
  if (typeof raw !== "string" || raw === read) return false;
  if (read === null) return false;
  switch (col.type) {
    case "text":
    case "reference":
    case "instrumentName":
      return false;
    case "date":
      // A text date is reported by the date check itself.
      return typeof read === "string" && read !== raw;
    case "wholeNumber":
    case "nok":
      return false;
    case "agencyList":
      // Separators are a matter of taste (no formula reads the list); case and words are worth a word.
      return letters(raw) !== letters(String(read));
    default:
      return true;
  }
}
