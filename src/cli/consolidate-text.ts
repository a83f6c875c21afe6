/**
 * The text output of `consolidate`: the summary first (files, what was counted, errors, warnings, notes,
 * conflicts), then only the submissions that need attention, then the steering parameters in total. `--verbose`
 * lists every submission (the core's full report).
 */
import {
  CONFLICT_RULE,
  TREATMENT_LABEL,
  consolidationText,
  missingText,
  type Consolidation,
  type ConsolidationEntry,
} from "../core/consolidate";
import { parameterValues, rollupText } from "../core/rollup";
import { counted } from "../core/words";
import type { SkippedFile } from "./batch";

const sev = (e: ConsolidationEntry, s: "error" | "warning" | "info") =>
  e.findings.filter((f) => f.severity === s).length;

function needsAttention(e: ConsolidationEntry): boolean {
  return e.treatment !== "counted" && e.treatment !== "duplicate"
    ? true
    : sev(e, "error") + sev(e, "warning") > 0;
}

function entryLine(e: ConsolidationEntry, lang: "nb" | "en"): string {
  const who = [e.identity.unit, e.identity.agency, e.identity.period].map((x) => x ?? "?").join(" ");
  const errors = sev(e, "error");
  const warnings = sev(e, "warning");
  const nb = lang === "nb";
  return (
    `  ${String(e.nr).padStart(3)} ${e.file}${e.via ? ` (via ${e.via})` : ""}: ${who}: ${TREATMENT_LABEL[e.treatment][lang]}` +
    (errors || warnings
      ? nb
        ? ` — ${counted(errors, "feil", "feil")}, ${counted(warnings, "advarsel", "advarsler")}`
        : ` — ${counted(errors, "error", "errors")}, ${counted(warnings, "warning", "warnings")}`
      : "") +
    (e.note ? ` — ${e.note[lang]}` : "")
  );
}

export function consolidateText(
  result: Consolidation,
  opts: { verbose?: boolean; skipped?: SkippedFile[] } = {},
): string {
  const entries = result.entries;
  const countedN = entries.filter((e) => e.treatment === "counted").length;
  const total = (s: "error" | "warning" | "info") => entries.reduce((n, e) => n + sev(e, s), 0);
  const [errors, warnings, infos] = [total("error"), total("warning"), total("info")];
  const skipped = opts.skipped ?? [];
  const out: string[] = [
    `${counted(entries.length, "innsending", "innsendinger")}, ${countedN} telles med: ` +
      `${counted(errors, "feil", "feil")}, ${counted(warnings, "advarsel", "advarsler")}` +
      (infos ? `, ${counted(infos, "merknad", "merknader")}` : "") +
      (result.conflicts.length ? `, ${counted(result.conflicts.length, "konflikt", "konflikter")}` : "") +
      (skipped.length ? `, ${counted(skipped.length, "låsefil", "låsefiler")} hoppet over` : "") +
      ".",
    `${counted(entries.length, "submission", "submissions")}, ${countedN} counted: ` +
      `${counted(errors, "error", "errors")}, ${counted(warnings, "warning", "warnings")}` +
      (infos ? `, ${counted(infos, "note", "notes")}` : "") +
      (result.conflicts.length ? `, ${counted(result.conflicts.length, "conflict", "conflicts")}` : "") +
      (skipped.length ? `, ${counted(skipped.length, "lock file", "lock files")} skipped` : "") +
      ".",
  ];
  // Who has not sent yet: the summary line in both languages, then the list.
  const [missingNb, ...missingList] = missingText(result, "nb");
  out.push(missingNb, missingText(result, "en")[0], ...missingList);
  if (countedN)
    out.push(
      `Telles med: ${counted(result.units.length, "enhet", "enheter")}, ${counted(result.agencies.length, "etat", "etater")}, ${counted(result.periods.length, "periode", "perioder")} (${result.periods.join(", ")}).`,
      `Counted: ${counted(result.units.length, "unit", "units")}, ${counted(result.agencies.length, "agency", "agencies")}, ${counted(result.periods.length, "period", "periods")}.`,
    );
  if (opts.verbose) {
    out.push("", consolidationText(result, "nb"));
  } else {
    const attention = entries.filter(needsAttention);
    if (attention.length) {
      out.push("", `Trenger oppfølging / need attention (${attention.length}):`);
      for (const e of attention) out.push(entryLine(e, "nb"));
    }
    const rest = entries.length - attention.length;
    if (rest)
      out.push(
        `${counted(rest, "annen innsending trenger", "andre innsendinger trenger")} ingen oppfølging (vis alle med / show all with --verbose).`,
      );
    if (result.conflicts.length) {
      out.push("", "Konflikter / conflicts:");
      for (const c of result.conflicts) out.push(`  ${c.unit} ${c.agency} ${c.period}: ${c.message.nb}`);
      out.push(`  (${CONFLICT_RULE.nb})`);
    }
    out.push("", "Styringsparametre (totalt):");
    out.push(rollupText(result.model, parameterValues(result.total, result.model.parameters, "nb"), "nb"));
  }
  if (skipped.length) {
    out.push("", `Hoppet over / skipped (${skipped.length})`);
    for (const s of skipped) out.push(`  ${s.message.nb}`, `  ${s.message.en}`);
  }
  return `${out.join("\n").replace(/\n+$/, "")}\n`;
}
