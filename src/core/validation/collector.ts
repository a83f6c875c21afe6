/** Collects findings: fills in severity and hint from the rule, masks identity numbers, bounds the list. */
import type { LocalText } from "../../catalogue/schema";
import { maskIdentityNumbers } from "../identifiers";
import type { Finding } from "../model/finding";
import type { CellValue } from "../model/snapshot";
import { RULES, type RuleId } from "./rules";

export interface Where {
  sheet: string | null;
  /** 1-based sheet row. */
  row: number | null;
  column: string | null;
  cell: string | null;
}

/** How long a cell value may be in a finding; longer values are shortened with an ellipsis. */
export const MAX_VALUE_LENGTH = 200;

/** The cell's value as text for a finding: identity numbers masked, long text shortened. */
export function valueText(v: CellValue | undefined): string | null {
  if (v === null || v === undefined) return null;
  let s: string;
  if (typeof v === "object") s = v.error;
  else if (typeof v === "number") s = Number.isFinite(v) ? String(v) : "";
  else s = String(v);
  if (s === "") return null;
  s = maskIdentityNumbers(s);
  return s.length > MAX_VALUE_LENGTH ? `${s.slice(0, MAX_VALUE_LENGTH - 1)}…` : s;
}

/** Shortens a value for use inside a message. */
export function quote(s: string, max = 60): string {
  const t = maskIdentityNumbers(s);
  return `«${t.length > max ? `${t.slice(0, max - 1)}…` : t}»`;
}

export class Collector {
  readonly findings: Finding[] = [];
  /** Count of findings per rule and sheet (listed or not). */
  private readonly counts = new Map<string, Map<string | null, number>>();

  /** @param maxPerRuleAndSheet findings of one rule on one sheet beyond this are counted, not listed. */
  constructor(private readonly maxPerRuleAndSheet: number) {}

  /**
   * True when findings of this rule on this sheet are no longer listed: the finding is then only counted, and
   * the caller skips building it. Keeps a mistake repeated on 100,000 rows cheap.
   */
  skip(rule: RuleId, sheet: string | null): boolean {
    let bySheet = this.counts.get(rule);
    const n = bySheet?.get(sheet) ?? 0;
    if (n < this.maxPerRuleAndSheet) return false;
    if (!bySheet) this.counts.set(rule, (bySheet = new Map()));
    bySheet.set(sheet, n + 1);
    return true;
  }

  add(rule: RuleId, where: Where, value: string | null, message: LocalText, hint?: LocalText): void {
    let bySheet = this.counts.get(rule);
    if (!bySheet) this.counts.set(rule, (bySheet = new Map()));
    const n = (bySheet.get(where.sheet) ?? 0) + 1;
    bySheet.set(where.sheet, n);
    if (n > this.maxPerRuleAndSheet) return;
    const spec = RULES[rule];
    this.findings.push({
      rule,
      severity: spec.severity,
      sheet: where.sheet,
      row: where.row,
      column: where.column,
      cell: where.cell,
      value,
      message,
      hint: hint ?? spec.hint,
    });
  }

  /** Adds one summary finding per rule and sheet whose findings were not all listed. */
  finish(): Finding[] {
    for (const [rule, bySheet] of this.counts) {
      for (const [sheet, n] of bySheet) {
        if (n <= this.maxPerRuleAndSheet) continue;
        const more = n - this.maxPerRuleAndSheet;
        const spec = RULES["validation.truncated"];
        this.findings.push({
          rule: "validation.truncated",
          severity: spec.severity,
          sheet,
          row: null,
          column: null,
          cell: null,
          value: null,
          message: {
            nb: `${more} flere funn av typen ${rule}${sheet ? ` på arket ${sheet}` : ""} er ikke listet (${n} i alt).`,
            en: `${more} more findings of rule ${rule}${sheet ? ` on sheet ${sheet}` : ""} are not listed (${n} in all).`,
          },
          hint: spec.hint,
        });
      }
    }
    return this.findings.map(sanitize);
  }
}

const DIGITS_11_RE = /\d[\d .-]{9,}\d/;

function maskField(s: string | null): string | null {
  return s !== null && DIGITS_11_RE.test(s) ? maskIdentityNumbers(s) : s;
}

function maskText(t: LocalText): LocalText {
  const nb = maskField(t.nb) ?? "";
  const en = maskField(t.en) ?? "";
  return nb === t.nb && en === t.en ? t : { nb, en };
}

/** The last guard: no text in a finding may carry an identity number, whatever a check put there. */
function sanitize(f: Finding): Finding {
  return {
    ...f,
    sheet: maskField(f.sheet),
    column: maskField(f.column),
    value: maskField(f.value),
    message: maskText(f.message),
    hint: maskText(f.hint),
  };
}
