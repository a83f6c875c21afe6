/**
 * The files of a consolidation that someone must follow up, for the top of its result: every file that is not
 * counted, with the finding that says why and what to do, and every file with errors (data-quality errors such as
 * a personal ID number, an instrument id that is not in the catalogue, text in a number cell), each kind of error
 * once with how many cells have it. The workbook's findings sheet keeps every finding; this is the short list.
 */
import type { Finding } from "../model/finding";
import { TREATMENT_RULES } from "./consolidate";
import type { ConsolidationEntry } from "./types";

/** One kind of error in a file: its first finding (where it is, what to do) and how many findings of that kind. */
export interface ErrorKind {
  first: Finding;
  count: number;
}

export interface FileAttention {
  /** The file as the user knows it (`NASJONAL.xlsx › OSL_AT_2026.xlsx` when it came through a consolidation). */
  file: string;
  /** The finding that says why the file is not counted, or null when it is counted. */
  notCounted: Finding | null;
  /** The file's errors other than `notCounted`, one entry per rule in the order first found. */
  errors: ErrorKind[];
}

/** The file name shown for an entry: with the consolidated workbooks it came through, outermost first. */
export function entryFileName(e: Pick<ConsolidationEntry, "file" | "via">): string {
  return e.via ? `${e.via} › ${e.file}` : e.file;
}

/** Files not counted first, then counted files with errors; within each, in register order. */
export function filesToFollowUp(
  entries: readonly Pick<ConsolidationEntry, "file" | "via" | "treatment" | "findings">[],
): FileAttention[] {
  const notCounted: FileAttention[] = [];
  const withErrors: FileAttention[] = [];
  for (const e of entries) {
    const rule = e.treatment === "counted" ? null : TREATMENT_RULES[e.treatment];
    const reason = rule === null ? null : (e.findings.find((f) => f.rule === rule) ?? null);
    const kinds = new Map<string, ErrorKind>();
    for (const f of e.findings) {
      if (f.severity !== "error" || f === reason) continue;
      const kind = kinds.get(f.rule);
      if (kind) kind.count++;
      else kinds.set(f.rule, { first: f, count: 1 });
    }
    const item: FileAttention = { file: entryFileName(e), notCounted: reason, errors: [...kinds.values()] };
    if (reason) notCounted.push(item);
    else if (item.errors.length) withErrors.push(item);
  }
  return [...notCounted, ...withErrors];
}
