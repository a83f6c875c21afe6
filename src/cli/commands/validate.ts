/**
 * `validate FILE... [--format text|json] [--catalogue FILE]`: checks returned workbooks (REPORTING.md).
 * Exit 0 no errors, 1 at least one error finding, 2 a file could not be read at all or wrong usage; every
 * other file is still checked.
 */
import type { Catalogue } from "../../catalogue";
import { maskIdentityNumbers } from "../../core/identifiers";
import type { Finding } from "../../core/model/finding";
import { renderBoth, type UserError } from "../../core/model/user-error";
import {
  EMPTY_SUBMISSION,
  findingJson,
  renderFinding,
  submissionJson,
  unreadableFinding,
  validateSubmission,
  type SubmissionJson,
} from "../../core/validation";
import { bilingual, translate, type Lang } from "../../i18n";
import { EXIT_USAGE, fail, formatOption, loadCatalogueOption, parseCommandLine } from "../args";
import { progress, skippedJson, withoutLockFiles, type SkippedFile } from "../batch";
import { loadWorkbookFile, terminalSafe } from "../files";

export interface FileResult {
  file: string;
  /** True when the file could not be read at all (exit code 2). */
  unreadable: boolean;
  /** Why it could not be read (JSON only: `reason`, `key` and `detail` on its `file.unreadable` finding). */
  error?: UserError;
  submission: SubmissionJson;
  findings: Finding[];
}

function unreadable(file: string, error: UserError): FileResult {
  return {
    file,
    unreadable: true,
    error,
    submission: EMPTY_SUBMISSION,
    findings: [unreadableFinding(file, renderBoth(error))],
  };
}

/** Reads (through the same loader as consolidation: size cap before reading) and checks one file; never throws. */
export function validateFile(file: string, catalogue: Catalogue): FileResult {
  const loaded = loadWorkbookFile(file);
  if (!loaded.ok) return unreadable(file, loaded.error);
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
    findings: r.findings.map((f) => withReason(findingJson(f), r.error)),
  };
}

/**
 * The finding of an unreadable file carries the error's code (`damaged`, `zip-bomb`, `too-large`, ...) as `reason`,
 * its message key and the technical detail, which the words for people leave out. Added fields: the contract's
 * shape is unchanged.
 */
export function withReason<F extends { rule: string }>(f: F, error: UserError | undefined) {
  if (!error || f.rule !== "file.unreadable") return f;
  return {
    ...f,
    reason: error.code ?? "unexpected",
    key: error.key,
    ...(error.detail ? { detail: maskIdentityNumbers(error.detail) } : {}),
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

/** "1 feil, 2 advarsler, 0 merknader" in the language asked for. */
function counts(lang: Lang, errors: number, warnings: number, infos: number): string {
  return [
    translate(lang, "text.count.errors", { count: errors }),
    translate(lang, "text.count.warnings", { count: warnings }),
    translate(lang, "text.count.infos", { count: infos }),
  ].join(", ");
}

function fileBlock(r: FileResult, lang: Lang): string[] {
  const out: string[] = [];
  const s = r.submission;
  const id = [s.unit, s.agency, s.period].filter((x) => x !== null).join(" · ");
  const count = (sev: Finding["severity"]) => r.findings.filter((f) => f.severity === sev).length;
  out.push(
    `${terminalSafe(maskIdentityNumbers(r.file))}${id ? `  (${terminalSafe(id)})` : ""}`,
    `  ${counts(lang, count("error"), count("warning"), count("info"))}`,
  );
  const bySheet = new Map<string, Finding[]>();
  for (const f of r.findings) {
    const key = f.sheet ?? "";
    const list = bySheet.get(key) ?? [];
    list.push(f);
    bySheet.set(key, list);
  }
  for (const [sheet, list] of bySheet) {
    out.push(
      `  ${sheet ? translate(lang, "text.sheet", { sheet: terminalSafe(sheet) }) : translate(lang, "text.workbook")}`,
    );
    for (const f of list) {
      const where = f.cell ?? (f.row !== null ? translate(lang, "text.row", { row: String(f.row) }) : "");
      const label = translate(lang, `text.severity.${f.severity}`);
      const { message, hint } = renderFinding(f, lang);
      out.push(`    ${label.padEnd(9)}${where.padEnd(8)}${terminalSafe(message)}  [${f.rule}]`);
      out.push(`${" ".repeat(21)}${terminalSafe(translate(lang, "text.hint", { hint }))}`);
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

const GROUPS: { key: ReturnType<typeof group>; always: boolean }[] = [
  { key: "unreadable", always: true },
  { key: "error", always: true },
  { key: "warning", always: true },
  { key: "info", always: false },
  { key: "clean", always: false },
];

/** "Innsendinger: 4 fra 3 enheter, 2 etater, 1 periode." over the submissions that name them. */
function whatWasCounted(results: FileResult[], lang: Lang): string | null {
  const set = (k: "unit" | "agency" | "period") =>
    new Set(results.map((r) => r.submission[k]).filter((x): x is string => x !== null)).size;
  const identified = results.filter((r) => r.submission.unit !== null || r.submission.agency !== null).length;
  if (!identified) return null;
  return translate(lang, "text.submissionsFrom", {
    count: identified,
    units: set("unit"),
    agencies: set("agency"),
    periods: set("period"),
  });
}

/**
 * Text output: the summary first (files, errors, warnings, notes, what was counted), then only the files that need
 * attention, grouped by the worst finding; `verbose` adds the files with notes only and those without findings.
 */
export function formatText(
  results: FileResult[],
  lang: Lang = "nb",
  opts: { verbose?: boolean; skipped?: SkippedFile[] } = {},
): string {
  const sum = summarize(results);
  const infos = results.reduce((n, r) => n + r.findings.filter((f) => f.severity === "info").length, 0);
  const skipped = opts.skipped ?? [];
  const parts = [
    translate(lang, "text.count.errors", { count: sum.errors }),
    translate(lang, "text.count.warnings", { count: sum.warnings }),
    ...(infos ? [translate(lang, "text.count.infos", { count: infos })] : []),
    ...(sum.unreadable ? [translate(lang, "text.count.unreadable", { count: sum.unreadable })] : []),
    ...(skipped.length ? [translate(lang, "text.count.lockFiles", { count: skipped.length })] : []),
  ];
  const out: string[] = [
    `${translate(lang, "text.count.files", { count: sum.files })}: ${parts.join(", ")}.`,
  ];
  const what = whatWasCounted(results, lang);
  if (what) out.push(what);
  const byGroup = new Map<string, FileResult[]>();
  for (const r of results) {
    const g = group(r);
    byGroup.set(g, [...(byGroup.get(g) ?? []), r]);
  }
  const groupName = (key: ReturnType<typeof group>) => translate(lang, `text.group.${key}`);
  const quiet = GROUPS.filter((g) => !g.always && !opts.verbose && byGroup.get(g.key)?.length);
  if (quiet.length)
    out.push(
      quiet
        .map(
          (g) =>
            `${groupName(g.key)}: ${translate(lang, "text.count.files", { count: byGroup.get(g.key)!.length })}`,
        )
        .join("; ") + ` ${translate(lang, "text.showWithVerbose")}.`,
    );
  for (const g of GROUPS) {
    const list = byGroup.get(g.key) ?? [];
    if (!list.length || (!g.always && !opts.verbose)) continue;
    if (out[out.length - 1] !== "") out.push("");
    out.push(`${groupName(g.key)} (${list.length})`, "");
    for (const r of list) out.push(...fileBlock(r, lang));
  }
  if (skipped.length) {
    if (out[out.length - 1] !== "") out.push("");
    out.push(translate(lang, "text.skipped", { count: skipped.length }));
    for (const s of skipped) out.push(`  ${terminalSafe(s.message[lang])}`);
  }
  return `${out.join("\n").replace(/\n+$/, "")}\n`;
}

const USAGE = "cli.usage.validate";

export async function validateCommand(args: string[]): Promise<number> {
  const parsed = parseCommandLine(args, {
    format: { type: "string" },
    catalogue: { type: "string" },
    verbose: { type: "boolean", short: "v" },
    help: { type: "boolean", short: "h" },
  });
  const lang = parsed.lang;
  if (!parsed.ok) return fail(lang, parsed.message, USAGE);
  if (parsed.values.help) {
    process.stdout.write(translate(lang, USAGE));
    return 0;
  }
  const format = formatOption(parsed.values.format);
  if (!format) return fail(lang, bilingual("cli.badFormat", { value: parsed.values.format ?? "" }), USAGE);
  if (parsed.positionals.length === 0) return fail(lang, bilingual("cli.noFiles"), USAGE);
  const cat = await loadCatalogueOption(parsed.values.catalogue);
  if (!cat.ok) return fail(lang, cat.message);
  const { files, skipped } = withoutLockFiles(parsed.positionals);
  if (files.length === 0) {
    for (const s of skipped) process.stderr.write(terminalSafe(`${s.message[lang]}\n`));
    return fail(lang, bilingual("cli.nothingToCheck"));
  }
  const results: FileResult[] = [];
  const bar = progress(files.length, lang, "cli.progress.checking");
  for (const file of files) {
    const r = validateFile(file, cat.catalogue);
    results.push(r);
    bar.tick(file);
    if (r.unreadable) {
      bar.done();
      process.stderr.write(terminalSafe(`${renderFinding(r.findings[0], lang).message}\n`));
    }
  }
  bar.done();
  if (format === "json") {
    process.stdout.write(
      `${JSON.stringify({ files: results.map(fileJson), summary: summarize(results), ...skippedJson(skipped) })}\n`,
    );
  } else {
    process.stdout.write(formatText(results, lang, { verbose: parsed.values.verbose, skipped }));
  }
  return exitCode(results);
}
