/** From a read submission to what the roll-up evaluates, with the identity normalised to catalogue ids. */
import type { Catalogue } from "../../catalogue/loader";
import { maskIdentityNumbers } from "../identifiers";
import { parsePeriod } from "../period";
import type { WorkbookSnapshot } from "../model/snapshot";
import { identityValue, readSubmission, type Submission, type TableKey } from "../model/submission";
import { numberFromText } from "../validation/parse";
import { defaultPart, readPart } from "../model/part";
export { PART_CENTRE, PART_LINE, LINE_UNIT, defaultPart, readPart } from "../model/part";
import type { RollupSource, SourceTable } from "./evaluate";

/** A submission's identity as the roll-up and consolidation use it. */
export interface SubmissionIdentity {
  /** Reporting unit: the catalogue id when the catalogue knows it (any case), else the text as typed. */
  unit: string | null;
  /** Agency: the catalogue id when known (any case), else the text as typed. */
  agency: string | null;
  /** Normalised period id (`2025`, `2025-T2`), or the text as typed when it is not a valid period. */
  period: string | null;
  /**
   * The part of the effort: `A-krimsenter` or `Etatslinje` (the catalogue's `effortPart` values). A workbook
   * without the field (template 2026.1) is `Etatslinje` when its unit is `LINJE`, else `A-krimsenter`.
   */
  part: string | null;
  templateVersion: string | null;
  catalogueVersion: string | null;
  /** Report status: the catalogue's `reportStatus` value when known (any case), else the text. */
  status: string | null;
  /** Årsverk on the cover: person-years spent in the period, when it holds a number. */
  personYears: number | null;
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
  const hasPartField = catalogue.template.cover.fields.some((f) => f.key === "part");
  const mask = (v: string | null) => (v === null ? null : maskIdentityNumbers(v));
  const raw = {
    unit: mask(typed.unit),
    agency: mask(typed.agency),
    period: mask(typed.period),
    templateVersion: mask(typed.templateVersion),
    catalogueVersion: mask(typed.catalogueVersion),
    status: mask(typed.status),
    part: mask(typed.part),
  };
  const period = raw.period === null ? null : (parsePeriod(raw.period)?.id ?? raw.period);
  const unit = canonical(
    raw.unit,
    catalogue.units.map((u) => u.id),
  );
  const years = typed.personYears === null ? null : numberFromText(typed.personYears);
  return {
    unit,
    agency: canonical(
      raw.agency,
      catalogue.agencies.map((a) => a.id),
    ),
    period,
    part: hasPartField && raw.part !== null ? readPart(catalogue, raw.part) : defaultPart(unit),
    templateVersion: raw.templateVersion,
    catalogueVersion: raw.catalogueVersion,
    status: canonical(
      raw.status,
      (catalogue.enumerations.reportStatus ?? []).map((v) => v.value),
    ),
    personYears: years !== null && Number.isFinite(years) && years >= 0 ? years : null,
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
    part: v("part"),
    personYears: v("personYears"),
  });
}

export function sourceFromSubmission(
  file: string,
  submission: Submission,
  identity: SubmissionIdentity,
): RollupSource {
  const tables = {} as Record<TableKey, SourceTable | null>;
  for (const [key, t] of Object.entries(submission.tables) as [TableKey, Submission["tables"][TableKey]][]) {
    tables[key] = t
      ? { sheet: t.sheet.name, rows: t.rows, missing: t.missingColumns.map((c) => c.key) }
      : null;
  }
  return sourceOf(file, identity, tables);
}

/** A roll-up source: a submission's tables with the identity its breakdowns and counting rules use. */
export function sourceOf(
  file: string,
  identity: SubmissionIdentity,
  tables: Record<TableKey, SourceTable | null>,
): RollupSource {
  const { agency, unit, period, part, personYears } = identity;
  return { file, agency, unit, period, part, personYears, tables };
}

/** Reads one returned workbook for the roll-up: its identity and its tables. */
export function rollupSource(
  snapshot: WorkbookSnapshot,
  catalogue: Catalogue,
  /** The submission already read from this snapshot with this catalogue, if any. */
  submission: Submission = readSubmission(snapshot, catalogue),
): { identity: SubmissionIdentity; submission: Submission; source: RollupSource } {
  const identity = submissionIdentity(catalogue, submission);
  return { identity, submission, source: sourceFromSubmission(snapshot.name, submission, identity) };
}

/**
 * A source read with the catalogue a workbook names (`from`), with its cells put in the column order of the
 * catalogue whose parameters are computed (`to`). A column `to` has and `from` lacks is missing, unless `to`
 * marks it optional (added in a revision: an older workbook without it is complete).
 */
export function alignSource(source: RollupSource, from: Catalogue, to: Catalogue): RollupSource {
  if (from === to) return source;
  const tables = {} as Record<TableKey, SourceTable | null>;
  for (const spec of to.template.tables) {
    const t = source.tables[spec.key];
    const old = from.lookup.table.get(spec.key);
    if (!t || !old) {
      tables[spec.key] = t ?? null;
      continue;
    }
    const at = spec.columns.map((c) => old.columns.findIndex((o) => o.key === c.key));
    const missing = new Set(t.missing ?? []);
    spec.columns.forEach((c, i) => {
      if (at[i] < 0 && !c.optional) missing.add(c.key);
    });
    tables[spec.key] = {
      sheet: t.sheet,
      rows: t.rows.map((r) => ({ ...r, cells: at.map((j) => (j < 0 ? null : (r.cells[j] ?? null))) })),
      missing: [...missing],
    };
  }
  return { ...source, tables };
}
