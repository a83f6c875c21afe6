/** Collects findings: the severity from the registry, identity numbers masked, the list bounded. */
import type { LocalText } from "../../catalogue/schema";
import type { RULE_TEXTS_NB } from "../../i18n/rules.nb";
import { identityNumberInNumber, maskIdentityNumbers } from "../identifiers";
import type { Finding, FindingParams, HintKey, MessageKey, ParamValue } from "../model/finding";
import type { CellValue } from "../model/snapshot";
import { RULES, type RuleId } from "./rules";

export interface Where {
  sheet: string | null;
  /** 1-based sheet row. */
  row: number | null;
  column: string | null;
  cell: string | null;
}

export const NOWHERE: Where = { sheet: null, row: null, column: null, cell: null };

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

/** Shortens a value for use inside a message (identity numbers masked); the message's text quotes it. */
export function short(s: string, max = 60): string {
  const t = maskIdentityNumbers(s);
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** The message variants a rule's texts offer. */
export type MessageKeyOf<R extends RuleId> = Extract<keyof (typeof RULE_TEXTS_NB)[R], MessageKey>;
/** The hint variants a rule's texts offer. */
export type HintKeyOf<R extends RuleId> = Extract<keyof (typeof RULE_TEXTS_NB)[R], HintKey>;

/** Which of the rule's texts a finding uses, when not its `message` and general `hint`. */
export interface TextKeys<R extends RuleId> {
  message?: MessageKeyOf<R>;
  hint?: HintKeyOf<R>;
}

/** A finding of `rule` at `where`: the severity is the registry's, the words are the catalogue's. */
export function newFinding<R extends RuleId>(
  rule: R,
  where: Where,
  value: string | null,
  params: FindingParams = {},
  keys: TextKeys<R> = {},
): Finding {
  const f: Finding = {
    rule,
    severity: RULES[rule].severity,
    sheet: where.sheet,
    row: where.row,
    column: where.column,
    cell: where.cell,
    value,
    params,
  };
  if (keys.message !== undefined && keys.message !== "message") f.messageKey = keys.message;
  if (keys.hint !== undefined && keys.hint !== "hint") f.hintKey = keys.hint;
  // Masked here too, so findings made outside a check (consolidation's) never carry an identity number either.
  return sanitize(f);
}

export class Collector {
  readonly findings: Finding[] = [];
  /** Count of findings per rule and sheet (listed or not). */
  private readonly counts = new Map<RuleId, Map<string | null, number>>();

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

  add<R extends RuleId>(
    rule: R,
    where: Where,
    value: string | null,
    params: FindingParams = {},
    keys: TextKeys<R> = {},
  ): void {
    let bySheet = this.counts.get(rule);
    if (!bySheet) this.counts.set(rule, (bySheet = new Map()));
    const n = (bySheet.get(where.sheet) ?? 0) + 1;
    bySheet.set(where.sheet, n);
    if (n > this.maxPerRuleAndSheet) return;
    this.findings.push(newFinding(rule, where, value, params, keys));
  }

  /** Adds one summary finding per rule and sheet whose findings were not all listed. */
  finish(): Finding[] {
    for (const [rule, bySheet] of this.counts) {
      for (const [sheet, n] of bySheet) {
        if (n <= this.maxPerRuleAndSheet) continue;
        const more = n - this.maxPerRuleAndSheet;
        this.findings.push(
          newFinding(
            "validation.truncated",
            { ...NOWHERE, sheet },
            null,
            sheet ? { more, rule, total: n, sheet } : { more, rule, total: n },
            { message: sheet ? "message.sheet" : "message" },
          ),
        );
      }
    }
    return this.findings;
  }
}

const DIGITS_11_RE = /\d[\d .-]{9,}\d/;

function maskField(s: string | null): string | null {
  return s !== null && DIGITS_11_RE.test(s) ? maskIdentityNumbers(s) : s;
}

function maskParam(v: ParamValue): ParamValue {
  if (typeof v === "string") return maskField(v) ?? "";
  // A number cell can hold an identity number (e.g. in Herav): it is then shown masked, as text.
  if (typeof v === "number") {
    const id = identityNumberInNumber(v);
    return id ? maskIdentityNumbers(id.digits) : v;
  }
  if ("date" in v) return v;
  const nb = maskField(v.nb) ?? "";
  const en = maskField(v.en) ?? "";
  return nb === v.nb && en === v.en ? v : { nb, en };
}

/** The guard every finding passes when it is made: no field may carry an identity number, whatever a check put there. */
function sanitize(f: Finding): Finding {
  const params: Record<string, ParamValue> = {};
  for (const [k, v] of Object.entries(f.params)) params[k] = maskParam(v);
  return {
    ...f,
    sheet: maskField(f.sheet),
    column: maskField(f.column),
    value: maskField(f.value),
    params,
  };
}

/**
 * A file that could not be read at all: one finding, so the other files are still checked. `reason` is the
 * reader's own words for why (they name the file); `detail` a technical reason when the reader gave no words.
 */
export function unreadableFinding(file: string, reason: LocalText | { detail: string }): Finding {
  return "detail" in reason
    ? newFinding(
        "file.unreadable",
        NOWHERE,
        null,
        { file, detail: reason.detail },
        { message: "message.unexpected" },
      )
    : newFinding("file.unreadable", NOWHERE, null, { reason });
}
