/**
 * `validate FILE... [--format text|json] [--catalogue FILE]`: checks returned workbooks (REPORTING.md).
 * Exit 0 no errors, 1 at least one error finding, 2 a file could not be read at all or wrong usage; every
 * other file is still checked.
 */
import type { Catalogue } from "../../catalogue";
import { maskIdentityNumbers } from "../../core/identifiers";
import type { Finding } from "../../core/model/finding";
import { identityValue, type Submission } from "../../core/model/submission";
import { RULES, validateSubmission } from "../../core/validation";
import { EXIT_USAGE, formatMessage, loadCatalogueOption, parseCommandLine, type Message } from "../args";
import { loadWorkbookFile, terminalSafe } from "./consolidate";

/** Files larger than this are refused before they are read (the loader shared with consolidation applies it). */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

export interface SubmissionJson {
  unit: string | null;
  agency: string | null;
  period: string | null;
  templateVersion: string | null;
  catalogueVersion: string | null;
}

export interface FindingJson {
  rule: string;
  severity: Finding["severity"];
  sheet: string | null;
  row: number | null;
  column: string | null;
  cell: string | null;
  value: string | null;
  message: string;
  messageEn: string;
  hint: string;
  hintEn: string;
}

export interface FileResult {
  file: string;
  /** True when the file could not be read at all (exit code 2). */
  unreadable: boolean;
  submission: SubmissionJson;
  findings: Finding[];
}

const EMPTY_SUBMISSION: SubmissionJson = {
  unit: null,
  agency: null,
  period: null,
  templateVersion: null,
  catalogueVersion: null,
};

function submissionJson(sub: Submission): SubmissionJson {
  const v = (k: keyof Submission["identity"]) => {
    const s = identityValue(sub.identity[k]);
    return s === null ? null : maskIdentityNumbers(s.length > 100 ? `${s.slice(0, 99)}…` : s);
  };
  return {
    unit: v("unit"),
    agency: v("agency"),
    period: v("period"),
    templateVersion: v("templateVersion"),
    catalogueVersion: v("catalogueVersion"),
  };
}

function unreadable(file: string, message: Message): FileResult {
  const spec = RULES["file.unreadable"];
  return {
    file,
    unreadable: true,
    submission: EMPTY_SUBMISSION,
    findings: [
      {
        rule: "file.unreadable",
        severity: spec.severity,
        sheet: null,
        row: null,
        column: null,
        cell: null,
        value: null,
        message: { nb: maskIdentityNumbers(message.nb), en: maskIdentityNumbers(message.en) },
        hint: spec.hint,
      },
    ],
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

export function findingJson(f: Finding): FindingJson {
  return {
    rule: f.rule,
    severity: f.severity,
    sheet: f.sheet,
    row: f.row,
    column: f.column,
    cell: f.cell,
    value: f.value,
    message: f.message.nb,
    messageEn: f.message.en,
    hint: f.hint.nb,
    hintEn: f.hint.en,
  };
}

export function fileJson(r: FileResult) {
  return { file: r.file, submission: r.submission, findings: r.findings.map(findingJson) };
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

export function formatText(results: FileResult[]): string {
  const out: string[] = [];
  for (const r of results) {
    const s = r.submission;
    const id = [s.unit, s.agency, s.period].filter((x) => x !== null).join(" · ");
    const count = (sev: Finding["severity"]) => r.findings.filter((f) => f.severity === sev).length;
    out.push(
      `${terminalSafe(r.file)}${id ? `  (${terminalSafe(id)})` : ""}`,
      `  ${count("error")} feil / errors, ${count("warning")} advarsler / warnings, ${count("info")} merknader / notes`,
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
        out.push(
          `    ${LABEL[f.severity].padEnd(9)}${where.padEnd(8)}${terminalSafe(f.message.nb)}  [${f.rule}]`,
        );
        if (f.message.en !== f.message.nb) out.push(`${" ".repeat(21)}${terminalSafe(f.message.en)}`);
        out.push(`${" ".repeat(21)}→ ${terminalSafe(f.hint.nb)}`);
      }
    }
    out.push("");
  }
  const sum = summarize(results);
  out.push(
    `${sum.files} fil(er) / file(s): ${sum.errors} feil / errors, ${sum.warnings} advarsler / warnings${sum.unreadable ? `, ${sum.unreadable} kunne ikke leses / could not be read` : ""}.`,
  );
  return `${out.join("\n")}\n`;
}

export const VALIDATE_USAGE = `Bruk / usage: npm run akrim -- validate FILE... [--format text|json] [--catalogue FILE]
  FILE        returnerte maler (.xlsx) / returned templates (.xlsx)
  --format    text (standard / default) eller / or json
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
  const results: FileResult[] = [];
  for (const file of parsed.positionals) {
    const r = validateFile(file, cat.catalogue);
    results.push(r);
    if (r.unreadable) {
      const f = r.findings[0];
      process.stderr.write(formatMessage({ nb: terminalSafe(f.message.nb), en: terminalSafe(f.message.en) }));
    }
  }
  if (format === "json") {
    process.stdout.write(
      `${JSON.stringify({ files: results.map(fileJson), summary: summarize(results) })}\n`,
    );
  } else {
    process.stdout.write(formatText(results));
  }
  return exitCode(results);
}
