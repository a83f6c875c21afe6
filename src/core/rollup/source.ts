/** From a read submission to what the roll-up evaluates, with the identity normalised to catalogue ids. */
import type { Catalogue } from "../../catalogue/loader";
import { maskIdentityNumbers } from "../identifiers";
import { parsePeriod } from "../period";
import type { WorkbookSnapshot } from "../model/snapshot";
import { identityValue, readSubmission, type Submission, type TableKey } from "../model/submission";
import type { RollupSource, SourceTable } from "./evaluate";

/** A submission's identity as the roll-up and consolidation use it. */
export interface SubmissionIdentity {
  /** Reporting unit: the catalogue id when the catalogue knows it (any case), else the text as typed. */
  unit: string | null;
  /** Agency: the catalogue id when known (any case), else the text as typed. */
  agency: string | null;
  /** Normalised period id (`2025`, `2025-T2`), or the text as typed when it is not a valid period. */
  period: string | null;
  templateVersion: string | null;
  catalogueVersion: string | null;
  /** Report status: the catalogue's `reportStatus` value when known (any case), else the text. */
  status: string | null;
}

function canonical(text: string | null, known: string[]): string | null {
  if (text === null) return null;
  const wanted = text.toLocaleLowerCase("nb");
  return known.find((k) => k.toLocaleLowerCase("nb") === wanted) ?? text;
}

/**
 * The identity as the roll-up, the consolidation and their outputs use it. Values are typed by people, so a
 * personal identity number typed into one is masked here, once, before it can reach any output.
 */
export function normaliseIdentity(
  catalogue: Catalogue,
  typed: Record<keyof SubmissionIdentity, string | null>,
): SubmissionIdentity {
  const mask = (v: string | null) => (v === null ? null : maskIdentityNumbers(v));
  const raw = {
    unit: mask(typed.unit),
    agency: mask(typed.agency),
    period: mask(typed.period),
    templateVersion: mask(typed.templateVersion),
    catalogueVersion: mask(typed.catalogueVersion),
    status: mask(typed.status),
  };
  const period = raw.period === null ? null : (parsePeriod(raw.period)?.id ?? raw.period);
  return {
    unit: canonical(
      raw.unit,
      catalogue.units.map((u) => u.id),
    ),
    agency: canonical(
      raw.agency,
      catalogue.agencies.map((a) => a.id),
    ),
    period,
    templateVersion: raw.templateVersion,
    catalogueVersion: raw.catalogueVersion,
    status: canonical(
      raw.status,
      (catalogue.enumerations.reportStatus ?? []).map((v) => v.value),
    ),
  };
}

export function submissionIdentity(catalogue: Catalogue, submission: Submission): SubmissionIdentity {
  const v = (k: keyof SubmissionIdentity) => {
    const id = submission.identity[k];
    return id ? identityValue(id) : null;
  };
  return normaliseIdentity(catalogue, {
    unit: v("unit"),
    agency: v("agency"),
    period: v("period"),
    templateVersion: v("templateVersion"),
    catalogueVersion: v("catalogueVersion"),
    status: v("status"),
  });
}

export function sourceFromSubmission(
  file: string,
  submission: Submission,
  agency: string | null,
): RollupSource {
  const tables = {} as Record<TableKey, SourceTable | null>;
  for (const [key, t] of Object.entries(submission.tables) as [TableKey, Submission["tables"][TableKey]][]) {
    tables[key] = t
      ? { sheet: t.sheet.name, rows: t.rows, missing: t.missingColumns.map((c) => c.key) }
      : null;
  }
  return { file, agency, tables };
}

/** Reads one returned workbook for the roll-up: its identity and its tables. */
export function rollupSource(
  snapshot: WorkbookSnapshot,
  catalogue: Catalogue,
): { identity: SubmissionIdentity; submission: Submission; source: RollupSource } {
  const submission = readSubmission(snapshot, catalogue);
  const identity = submissionIdentity(catalogue, submission);
  return { identity, submission, source: sourceFromSubmission(snapshot.name, submission, identity.agency) };
}
