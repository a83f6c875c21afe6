/**
 * `validate FILE... [--format text|json] [--catalogue FILE]`: checks returned workbooks (REPORTING.md).
 * Exit 0 no errors, 1 at least one error finding, 2 a file could not be read at all or wrong usage; every
 * other file is still checked.
 */
import { counted } from "../../core/words";
import type { Catalogue } from "../../catalogue";
import { maskIdentityNumbers } from "../../core/identifiers";
import type { Finding } from "../../core/model/finding";
import {
  EMPTY_SUBMISSION,
  findingJson,
  renderFindingBoth,
  submissionJson,
  unreadableFinding,
  validateSubmission,
  type SubmissionJson,
} from "../../core/validation";
import { EXIT_USAGE, formatMessage, loadCatalogueOption, parseCommandLine, type Message } from "../args";
import { progress, skippedJson, withoutLockFiles, type SkippedFile } from "../batch";
import { loadWorkbookFile, terminalSafe, type ReadFailure } from "../files";

export interface FileResult {
  file: string;
  /** True when the file could not be read at all (exit code 2). */
  unreadable: boolean;
  /** Why it could not be read (JSON only: `reason` and `detail` on its `file.unreadable` finding). */
  reason?: ReadFailure;
  submission: SubmissionJson;
  findings: Finding[];
}

function unreadable(file: string, message: Message, reason: ReadFailure): FileResult {
  return {
    file,
    unreadable: true,
    reason,
    submission: EMPTY_SUBMISSION,
    findings: [unreadableFinding(file, message)],
  };
}

/** Reads (through the same loader as consolidation: size cap before reading) and checks one file; never throws. */
export function validateFile(file: string, catalogue: Catalogue): FileResult {
  const loaded = loadWorkbookFile(file);
  if (!loaded.ok) return unreadable(file, loaded.error, loaded.reason);
  const result = validateSubmission(loaded.snapshot, catalogue);
  return {
    file,
    unreadable: false,
    submission: submissionJson(result.submission),
    findings: result.findings,
  };
}

export function fileJson(r: FileResult) {
  // Even a file name can hold an identity number; the report goes wherever the workbook goes.
  return {
    file: maskIdentityNumbers(r.file),
    submission: r.submission,
    findings: r.findings.map((f) => withReason(findingJson(f), r.reason)),
  };
}

/**
 * The finding of an unreadable file carries the reader's code (`damaged`, `zip-bomb`, `too-large`, ...) and the
 * technical detail, which the words for people leave out. Added fields: the contract's shape is unchanged.
 */
export function withReason<F extends { rule: string }>(f: F, reason: ReadFailure | undefined) {
  if (!reason || f.rule !== "file.unreadable") return f;
  return {
    ...f,
    reason: reason.code,
    ...(reason.detail ? { detail: maskIdentityNumbers(reason.detail) } : {}),
  };
}

export function summarize(results: FileResult[]) {
  let errors = 0;
  let warnings = 0;
  for (const r of results)
    for (const f of r.findings) {
      if (f.severity === "error") errors++;
      else if (f.severity === "warning") warnings++;
    }
  return { files: results.length, errors, warnings, unreadable: results.filter((r) => r.unreadable).length };
}

/** 2 when a file was unreadable, else 1 when there is an error finding, else 0. */
export function exitCode(results: FileResult[]): number {
  if (results.some((r) => r.unreadable)) return EXIT_USAGE;
  return results.some((r) => r.findings.some((f) => f.severity === "error")) ? 1 : 0;
}

const LABEL: Record<Finding["severity"], string> = { error: "FEIL", warning: "ADVARSEL", info: "MERKNAD" };

/** "1 feil, 2 advarsler, 0 merknader / 1 error, 2 warnings, 0 notes" */
function counts(errors: number, warnings: number, infos: number): string {
  return (
    `${counted(errors, "feil", "feil")}, ${counted(warnings, "advarsel", "advarsler")}, ${counted(infos, "merknad", "merknader")}` +
    ` / ${counted(errors, "error", "errors")}, ${counted(warnings, "warning", "warnings")}, ${counted(infos, "note", "notes")}`
  );
}

function fileBlock(r: FileResult): string[] {
  const out: string[] = [];
  const s = r.submission;
  const id = [s.unit, s.agency, s.period].filter((x) => x !== null).join(" · ");
  const count = (sev: Finding["severity"]) => r.findings.filter((f) => f.severity === sev).length;
  out.push(
    `${terminalSafe(maskIdentityNumbers(r.file))}${id ? `  (${terminalSafe(id)})` : ""}`,
    `  ${counts(count("error"), count("warning"), count("info"))}`,
  );
  const bySheet = new Map<string, Finding[]>();
  for (const f of r.findings) {
    const key = f.sheet ?? "";
    const list = bySheet.get(key) ?? [];
    list.push(f);
    bySheet.set(key, list);
  }
  for (const [sheet, list] of bySheet) {
    out.push(`  ${sheet ? `Ark / sheet: ${terminalSafe(sheet)}` : "Arbeidsboken / workbook"}`);
    for (const f of list) {
      const where = f.cell ?? (f.row !== null ? `rad ${f.row}` : "");
      const { message, hint } = renderFindingBoth(f);
      out.push(
        `    ${LABEL[f.severity].padEnd(9)}${where.padEnd(8)}${terminalSafe(message.nb)}  [${f.rule}]`,
      );
      if (message.en !== message.nb) out.push(`${" ".repeat(21)}${terminalSafe(message.en)}`);
      out.push(`${" ".repeat(21)}→ ${terminalSafe(hint.nb)}`);
    }
  }
  out.push("");
  return out;
}

/** Which group a file's block goes in: the worst thing about it. */
function group(r: FileResult): "unreadable" | "error" | "warning" | "info" | "clean" {
  if (r.unreadable) return "unreadable";
  for (const sev of ["error", "warning", "info"] as const)
    if (r.findings.some((f) => f.severity === sev)) return sev;
  return "clean";
}

const GROUPS: { key: ReturnType<typeof group>; nb: string; en: string; always: boolean }[] = [
  { key: "unreadable", nb: "Kunne ikke leses", en: "Could not be read", always: true },
  { key: "error", nb: "Med feil", en: "With errors", always: true },
  { key: "warning", nb: "Med advarsler", en: "With warnings", always: true },
  { key: "info", nb: "Bare merknader", en: "Notes only", always: false },
  { key: "clean", nb: "Uten funn", en: "No findings", always: false },
];

/** "3 enheter, 2 etater, 1 periode / 3 units, 2 agencies, 1 period" over the submissions that name them. */
function whatWasCounted(results: FileResult[]): [string, string] | null {
  const set = (k: "unit" | "agency" | "period") =>
    new Set(results.map((r) => r.submission[k]).filter((x): x is string => x !== null)).size;
  const identified = results.filter((r) => r.submission.unit !== null || r.submission.agency !== null).length;
  if (!identified) return null;
  const [u, a, p] = [set("unit"), set("agency"), set("period")];
  return [
    `Innsendinger: ${identified} fra ${counted(u, "enhet", "enheter")}, ${counted(a, "etat", "etater")}, ${counted(p, "periode", "perioder")}.`,
    `Submissions: ${identified} from ${counted(u, "unit", "units")}, ${counted(a, "agency", "agencies")}, ${counted(p, "period", "periods")}.`,
  ];
}

/**
 * Text output: the summary first (files, errors, warnings, notes, what was counted), then only the files that need
 * attention, grouped by the worst finding; `verbose` adds the files with notes only and those without findings.
 */
export function formatText(
  results: FileResult[],
  opts: { verbose?: boolean; skipped?: SkippedFile[] } = {},
): string {
  const sum = summarize(results);
  const infos = results.reduce((n, r) => n + r.findings.filter((f) => f.severity === "info").length, 0);
  const skipped = opts.skipped ?? [];
  const out: string[] = [
    `${counted(sum.files, "fil", "filer")}: ${counted(sum.errors, "feil", "feil")}, ${counted(sum.warnings, "advarsel", "advarsler")}` +
      `${infos ? `, ${counted(infos, "merknad", "merknader")}` : ""}` +
      `${sum.unreadable ? `, ${sum.unreadable} kunne ikke leses` : ""}` +
      `${skipped.length ? `, ${counted(skipped.length, "låsefil", "låsefiler")} hoppet over` : ""}.`,
    `${counted(sum.files, "file", "files")}: ${counted(sum.errors, "error", "errors")}, ${counted(sum.warnings, "warning", "warnings")}` +
      `${infos ? `, ${counted(infos, "note", "notes")}` : ""}` +
      `${sum.unreadable ? `, ${sum.unreadable} could not be read` : ""}` +
      `${skipped.length ? `, ${counted(skipped.length, "lock file", "lock files")} skipped` : ""}.`,
  ];
  const what = whatWasCounted(results);
  if (what) out.push(...what);
  const byGroup = new Map<string, FileResult[]>();
  for (const r of results) {
    const g = group(r);
    byGroup.set(g, [...(byGroup.get(g) ?? []), r]);
  }
  const quiet = GROUPS.filter((g) => !g.always && !opts.verbose && byGroup.get(g.key)?.length);
  if (quiet.length)
    out.push(
      quiet
        .map((g) => `${g.nb} / ${g.en.toLowerCase()}: ${counted(byGroup.get(g.key)!.length, "fil", "filer")}`)
        .join("; ") + " (vis med / show with --verbose).",
    );
  for (const g of GROUPS) {
    const list = byGroup.get(g.key) ?? [];
    if (!list.length || (!g.always && !opts.verbose)) continue;
    if (out[out.length - 1] !== "") out.push("");
    out.push(`${g.nb} / ${g.en} (${list.length})`, "");
    for (const r of list) out.push(...fileBlock(r));
  }
  if (skipped.length) {
    if (out[out.length - 1] !== "") out.push("");
    out.push(`Hoppet over / skipped (${skipped.length})`);
    for (const s of skipped) out.push(`  ${terminalSafe(s.message.nb)}`, `  ${terminalSafe(s.message.en)}`);
  }
  return `${out.join("\n").replace(/\n+$/, "")}\n`;
}

export const VALIDATE_USAGE = `Bruk / usage: npm run akrim -- validate FILE... [--format text|json] [--verbose] [--catalogue FILE]
  FILE        returnerte maler (.xlsx) / returned templates (.xlsx)
  --format    text (standard / default) eller / or json
  --verbose   vis alle filene, også de uten funn / show every file, also those without findings
  --catalogue katalogfil (JSON) / catalogue file; default: the bundled catalogue
Exit: 0 ingen feil / no errors, 1 feil funnet / errors found, 2 fil kunne ikke leses eller feil bruk / a file could not be read or wrong usage
`;

function fail(message: Message, withUsage = true): number {
  process.stderr.write(terminalSafe(formatMessage(message)) + (withUsage ? `\n${VALIDATE_USAGE}` : ""));
  return EXIT_USAGE;
}

export async function validateCommand(args: string[]): Promise<number> {
  const parsed = parseCommandLine(args, {
    format: { type: "string" },
    catalogue: { type: "string" },
    verbose: { type: "boolean", short: "v" },
    help: { type: "boolean", short: "h" },
  });
  if (!parsed.ok) return fail(parsed.message);
  if (parsed.values.help) {
    process.stdout.write(VALIDATE_USAGE);
    return 0;
  }
  const format = parsed.values.format ?? "text";
  if (format !== "text" && format !== "json") {
    return fail({
      nb: `--format må være text eller json, ikke ${format}.`,
      en: `--format must be text or json, not ${format}.`,
    });
  }
  if (parsed.positionals.length === 0) {
    return fail({ nb: "Oppgi minst én fil.", en: "Give at least one file." });
  }
  const cat = loadCatalogueOption(parsed.values.catalogue);
  if (!cat.ok) return fail(cat.message, false);
  const { files, skipped } = withoutLockFiles(parsed.positionals);
  if (files.length === 0) {
    for (const s of skipped) process.stderr.write(terminalSafe(formatMessage(s.message)));
    return fail({ nb: "Ingen arbeidsbøker å kontrollere.", en: "No workbooks to check." }, false);
  }
  const results: FileResult[] = [];
  const bar = progress(files.length, { nb: "Kontrollerer", en: "checking" });
  for (const file of files) {
    const r = validateFile(file, cat.catalogue);
    results.push(r);
    bar.tick(file);
    if (r.unreadable) {
      bar.done();
      const { message } = renderFindingBoth(r.findings[0]);
      process.stderr.write(formatMessage({ nb: terminalSafe(message.nb), en: terminalSafe(message.en) }));
    }
  }
  bar.done();
  if (format === "json") {
    process.stdout.write(
      `${JSON.stringify({ files: results.map(fileJson), summary: summarize(results), ...skippedJson(skipped) })}\n`,
    );
  } else {
    process.stdout.write(formatText(results, { verbose: parsed.values.verbose, skipped }));
  }
  return exitCode(results);
}
