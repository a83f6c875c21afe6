/**
 * `validate FILE... [--format text|json] [--catalogue FILE]`: checks returned workbooks (REPORTING.md).
 * Exit 0 no errors, 1 at least one error finding, 2 a file could not be read at all or wrong usage; every
 * other file is still checked.
 */
import { readFileSync, statSync } from "node:fs";
import { basename } from "node:path";
import type { Catalogue } from "../../catalogue";
import { maskIdentityNumbers } from "../../core/identifiers";
import type { Finding } from "../../core/model/finding";
import { identityValue, type Submission } from "../../core/model/submission";
import { RULES, validateSubmission } from "../../core/validation";
import { XlsxReadError, readXlsx } from "../../workbook/xlsx";
import { EXIT_USAGE, formatMessage, loadCatalogueOption, parseCommandLine, type Message } from "../args";

/** Files larger than this are refused before they are read (the reader caps what they unpack to). */
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
  /** The reader's error code when unreadable. */
  errorCode: string | null;
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

function unreadable(file: string, code: string, message: Message): FileResult {
  const spec = RULES["file.unreadable"];
  return {
    file,
    unreadable: true,
    errorCode: code,
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

/** Reads and checks one file from disk; never throws. */
export function validateFile(file: string, catalogue: Catalogue): FileResult {
  const name = basename(file);
  let size: number;
  try {
    const st = statSync(file);
    if (!st.isFile()) {
      return unreadable(file, "not-a-file", {
        nb: `«${name}» er ikke en fil.`,
        en: `“${name}” is not a file.`,
      });
    }
    size = st.size;
  } catch (e) {
    const code = (e as { code?: string }).code;
    return unreadable(
      file,
      "not-found",
      code === "ENOENT"
        ? { nb: `Filen «${name}» finnes ikke.`, en: `The file “${name}” does not exist.` }
        : {
            nb: `Filen «${name}» kan ikke åpnes (${code ?? "ukjent feil"}).`,
            en: `The file “${name}” cannot be opened (${code ?? "unknown error"}).`,
          },
    );
  }
  if (size > MAX_FILE_BYTES) {
    const mb = (n: number) => Math.round(n / 1024 / 1024);
    return unreadable(file, "too-large", {
      nb: `Filen «${name}» er ${mb(size)} MB, mer enn ${mb(MAX_FILE_BYTES)} MB som kan kontrolleres. En utfylt mal er vanligvis under 5 MB: fjern ubrukte ark og områder.`,
      en: `The file “${name}” is ${mb(size)} MB, more than the ${mb(MAX_FILE_BYTES)} MB that can be checked. A filled template is usually under 5 MB: remove unused sheets and ranges.`,
    });
  }
  try {
    const bytes = readFileSync(file);
    const snapshot = readXlsx(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), name);
    const result = validateSubmission(snapshot, catalogue);
    return {
      file,
      unreadable: false,
      errorCode: null,
      submission: submissionJson(result.submission),
      findings: result.findings,
    };
  } catch (e) {
    if (e instanceof XlsxReadError) return unreadable(file, e.code, e.text);
    const detail = e instanceof Error ? e.message : String(e);
    return unreadable(file, "unexpected", {
      nb: `Filen «${name}» kunne ikke leses: ${detail}`,
      en: `The file “${name}” could not be read: ${detail}`,
    });
  }
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

/** Control characters (and bidirectional overrides) from a file are shown escaped, never sent to a terminal. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_RE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
function safe(s: string): string {
  return s.replace(UNSAFE_RE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

const LABEL: Record<Finding["severity"], string> = { error: "FEIL", warning: "ADVARSEL", info: "MERKNAD" };

export function formatText(results: FileResult[]): string {
  const out: string[] = [];
  for (const r of results) {
    const s = r.submission;
    const id = [s.unit, s.agency, s.period].filter((x) => x !== null).join(" · ");
    const count = (sev: Finding["severity"]) => r.findings.filter((f) => f.severity === sev).length;
    out.push(
      `${safe(r.file)}${id ? `  (${safe(id)})` : ""}`,
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
      out.push(`  ${sheet ? `Ark / sheet: ${safe(sheet)}` : "Arbeidsboken / workbook"}`);
      for (const f of list) {
        const where = f.cell ?? (f.row !== null ? `rad ${f.row}` : "");
        out.push(`    ${LABEL[f.severity].padEnd(9)}${where.padEnd(8)}${safe(f.message.nb)}  [${f.rule}]`);
        if (f.message.en !== f.message.nb) out.push(`${" ".repeat(21)}${safe(f.message.en)}`);
        out.push(`${" ".repeat(21)}→ ${safe(f.hint.nb)}`);
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

export async function validateCommand(args: string[]): Promise<number> {
  const parsed = parseCommandLine(args, {
    format: { type: "string" },
    catalogue: { type: "string" },
  });
  if (!parsed.ok) {
    process.stderr.write(formatMessage(parsed.message));
    return EXIT_USAGE;
  }
  const format = parsed.values.format ?? "text";
  if (format !== "text" && format !== "json") {
    process.stderr.write(
      formatMessage({
        nb: `--format må være text eller json, ikke ${format}.`,
        en: `--format must be text or json, not ${format}.`,
      }),
    );
    return EXIT_USAGE;
  }
  if (parsed.positionals.length === 0) {
    process.stderr.write(
      formatMessage({
        nb: "Oppgi minst én fil: validate FIL.xlsx... [--format text|json] [--catalogue FIL]",
        en: "Give at least one file: validate FILE.xlsx... [--format text|json] [--catalogue FILE]",
      }),
    );
    return EXIT_USAGE;
  }
  const cat = loadCatalogueOption(parsed.values.catalogue);
  if (!cat.ok) {
    process.stderr.write(formatMessage(cat.message));
    return EXIT_USAGE;
  }
  const results: FileResult[] = [];
  for (const file of parsed.positionals) {
    const r = validateFile(file, cat.catalogue);
    results.push(r);
    if (r.unreadable) {
      const f = r.findings[0];
      process.stderr.write(formatMessage({ nb: safe(f.message.nb), en: safe(f.message.en) }));
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
