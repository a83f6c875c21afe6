/**
 * The text output of `consolidate`: the summary first (files, what was counted, errors, warnings, notes,
 * conflicts), then only the submissions that need attention, then the steering parameters in total. `--verbose`
 * lists every submission (the core's full report).
 */
import {
  CONFLICT_RULE,
  consolidationEntryLine,
  consolidationText,
  missingText,
  type Consolidation,
  type ConsolidationEntry,
} from "../core/consolidate";
import { parameterValues, rollupText } from "../core/rollup";
import { translate, type Lang } from "../i18n";
import type { SkippedFile } from "./batch";

const sev = (e: ConsolidationEntry, s: "error" | "warning" | "info") =>
  e.findings.filter((f) => f.severity === s).length;

function needsAttention(e: ConsolidationEntry): boolean {
  return e.treatment !== "counted" && e.treatment !== "duplicate"
    ? true
    : sev(e, "error") + sev(e, "warning") > 0;
}

/** "12 innsendinger, 10 telles med: 1 feil, 2 advarsler, 1 konflikt." in the language asked for. */
function summaryLine(result: Consolidation, lang: Lang, skipped: number): string {
  const entries = result.entries;
  const total = (s: "error" | "warning" | "info") => entries.reduce((n, e) => n + sev(e, s), 0);
  const infos = total("info");
  const counts = [
    translate(lang, "text.count.errors", { count: total("error") }),
    translate(lang, "text.count.warnings", { count: total("warning") }),
    ...(infos ? [translate(lang, "text.count.infos", { count: infos })] : []),
    ...(result.conflicts.length
      ? [translate(lang, "text.count.conflicts", { count: result.conflicts.length })]
      : []),
    ...(skipped ? [translate(lang, "text.count.lockFiles", { count: skipped })] : []),
  ];
  const submissions = translate(lang, "text.count.submissions", { count: entries.length });
  const countedN = entries.filter((e) => e.treatment === "counted").length;
  return `${submissions}, ${translate(lang, "text.countedSubmissions", { count: countedN })}: ${counts.join(", ")}.`;
}

export function consolidateText(
  result: Consolidation,
  lang: Lang = "nb",
  opts: { verbose?: boolean; skipped?: SkippedFile[] } = {},
): string {
  const entries = result.entries;
  const skipped = opts.skipped ?? [];
  const out: string[] = [summaryLine(result, lang, skipped.length)];
  // Who has not sent yet: the summary line, then the list.
  out.push(...missingText(result, lang));
  if (entries.some((e) => e.treatment === "counted"))
    out.push(
      translate(lang, "text.countedWhat", {
        units: result.units.length,
        agencies: result.agencies.length,
        periods: result.periods.length,
        list: result.periods.join(", "),
      }),
    );
  if (opts.verbose) {
    out.push("", consolidationText(result, lang));
  } else {
    const attention = entries.filter(needsAttention);
    if (attention.length) {
      out.push("", translate(lang, "text.needAttention", { count: attention.length }));
      for (const e of attention) out.push(consolidationEntryLine(e, lang));
    }
    const rest = entries.length - attention.length;
    if (rest) out.push(translate(lang, "text.noAttention", { count: rest }));
    if (result.conflicts.length) {
      out.push("", translate(lang, "text.conflicts"));
      for (const c of result.conflicts) out.push(`  ${c.unit} ${c.agency} ${c.period}: ${c.message[lang]}`);
      out.push(`  (${CONFLICT_RULE[lang]})`);
    }
    out.push("", translate(lang, "text.parametersTotal"));
    out.push(rollupText(result.model, parameterValues(result.total, result.model.parameters, lang), lang));
  }
  if (skipped.length) {
    out.push("", translate(lang, "text.skipped", { count: skipped.length }));
    for (const s of skipped) out.push(`  ${s.message[lang]}`);
  }
  return `${out.join("\n").replace(/\n+$/, "")}\n`;
}
