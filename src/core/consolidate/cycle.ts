/**
 * The secretariat's cycle (REPORTING.md): who has not sent yet, and development over the years. Pure functions
 * over the consolidation's register and sums.
 */
import type { Catalogue } from "../../catalogue/loader";
import { bilingual, type MessageKey } from "../../i18n";
import type { LocalText, Membership, Unit } from "../../catalogue/schema";
import type { Finding } from "../model/finding";
import { PART_CENTRE, PART_LINE, readPart } from "../model/part";
import { parsePeriod } from "../period";
import { slotValue, type CompiledParameter, type RollupSums } from "../rollup";
import { newFinding, NOWHERE } from "../validation/collector";
import type { RuleId } from "../validation/rules";
import { compareText } from "./resolve";
import type {
  ConsolidationEntry,
  Development,
  DevelopmentRow,
  EffectDevelopment,
  EffectLine,
  ExpectedSubmission,
  MissingSubmission,
} from "./types";

export const MISSING_RULE = "consolidate.missing-submission" satisfies RuleId;

/**
 * The parts of the effort the agencies of a unit return, when its membership entry does not name them.
 *
 * - A centre or a local cooperation: the centre's part (`A-krimsenter`). REPORTING.md names these units as the
 *   ones every member agency reports for.
 * - A region's agency-line work (`Etatslinje` under `OSL` … `FRO`) is not expected by default: the contract
 *   makes the region the unit of both parts so that its steering group sees the whole effort, but it does not say
 *   that every agency line returns a regional workbook (an agency may report its line work nationally under
 *   `LINJE`). The secretariat names it in the entry's `parts` where it is owed.
 * - `LINJE` (an agency line, national): only the line part exists there (a 2026.1 `LINJE` workbook reads as
 *   `Etatslinje` too).
 */
export function requiredParts(unit: Unit | undefined, entry: Membership): string[] {
  if (entry.parts?.length) return entry.parts;
  return unit?.kind === "etatslinje" ? [PART_LINE] : [PART_CENTRE];
}

const key = (s: ExpectedSubmission) => [s.unit, s.agency, s.part, s.period].join("\u0000");

/** What the catalogue's membership requires for the periods seen; null when the catalogue does not say. */
export function expectedFromMembership(
  catalogue: Catalogue,
  periods: readonly string[],
): ExpectedSubmission[] | null {
  if (!catalogue.membership) return null;
  const out: ExpectedSubmission[] = [];
  for (const m of catalogue.membership)
    for (const agency of m.agencies)
      for (const part of requiredParts(catalogue.lookup.unit.get(m.unit), m))
        for (const period of periods) out.push({ unit: m.unit, agency, part, period });
  return out;
}

/**
 * The expected submissions that no file given is. A file counts as given whatever its treatment (a conflict or
 * a draft was sent; the register says what became of it), as long as its identity is known. An annual
 * workbook covers its year's tertials, and a tertial workbook its year (the missing tertials are reported).
 */
export function missingSubmissions(
  catalogue: Catalogue,
  entries: readonly ConsolidationEntry[],
  expected: readonly ExpectedSubmission[],
): MissingSubmission[] {
  // Exact periods given, and per year: an annual workbook given, or any of its tertials given.
  const given = new Set<string>();
  const yearInPart = new Set<string>();
  for (const e of entries) {
    const { unit, agency, part, period } = e.identity;
    const p = parsePeriod(period);
    if (unit === null || agency === null || part === null || p === null) continue;
    given.add(key({ unit, agency, part, period: p.id }));
    if (p.tertial !== null) yearInPart.add(key({ unit, agency, part, period: String(p.year) }));
  }
  const covered = (x: ExpectedSubmission) => {
    const p = parsePeriod(x.period);
    if (given.has(key(x)) || !p) return given.has(key(x));
    const year = key({ ...x, period: String(p.year) });
    return p.tertial === null ? yearInPart.has(year) : given.has(year);
  };
  const contact = new Map((catalogue.membership ?? []).map((m) => [m.unit, m.contact?.trim() || null]));
  const seen = new Set<string>();
  const out: MissingSubmission[] = [];
  for (const x of expected) {
    if (seen.has(key(x)) || covered(x)) continue;
    seen.add(key(x));
    out.push({ ...x, contact: contact.get(x.unit) ?? null });
  }
  const rank = (list: string[], v: string) => {
    const i = list.indexOf(v);
    return i < 0 ? list.length : i;
  };
  const units = catalogue.units.map((u) => u.id);
  const agencies = catalogue.agencies.map((a) => a.id);
  const parts = (catalogue.enumerations.effortPart ?? []).map((v) => v.value);
  return out.sort(
    (a, b) =>
      rank(units, a.unit) - rank(units, b.unit) ||
      compareText(a.unit, b.unit) ||
      rank(agencies, a.agency) - rank(agencies, b.agency) ||
      compareText(a.agency, b.agency) ||
      rank(parts, a.part) - rank(parts, b.part) ||
      compareText(a.period, b.period),
  );
}

/** The warning for one missing submission (it belongs to no file). */
export function missingFinding(m: MissingSubmission): Finding {
  const who = `${m.unit} · ${m.agency} · ${m.part} · ${m.period}`;
  return m.contact
    ? newFinding(MISSING_RULE, NOWHERE, who, { who, contact: m.contact }, { message: "message.contact" })
    : newFinding(MISSING_RULE, NOWHERE, who, { who });
}

export type ExpectedListResult =
  { ok: true; expected: ExpectedSubmission[] } | { ok: false; message: LocalText };

/**
 * Reads a list of expected submissions: tab-separated, a header row naming the columns `unit`, `agency`,
 * `part` and `period` (any order, other columns ignored), then one submission per line. `part` takes the
 * catalogue's values or `centre` / `line`. Empty lines and lines starting with `#` are skipped.
 */
export function parseExpectedList(catalogue: Catalogue, text: string): ExpectedListResult {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const fail = (line: number, key: MessageKey, params: Record<string, string> = {}): ExpectedListResult => ({
    ok: false,
    message: bilingual(key, { line: String(line), ...params }),
  });
  const headerAt = lines.findIndex((l) => l.trim() !== "" && !l.startsWith("#"));
  if (headerAt < 0) return fail(1, "expectedList.empty");
  const header = lines[headerAt].split("\t").map((h) => h.trim().toLowerCase());
  const columns = ["unit", "agency", "part", "period"] as const;
  const at = columns.map((c) => header.indexOf(c));
  const absent = columns.filter((_, i) => at[i] < 0);
  if (absent.length) return fail(headerAt + 1, "expectedList.columns", { columns: absent.join(", ") });
  const units = new Map(catalogue.units.map((u) => [u.id.toUpperCase(), u.id]));
  const agencies = new Map(catalogue.agencies.map((a) => [a.id.toUpperCase(), a.id]));
  const parts = new Set((catalogue.enumerations.effortPart ?? []).map((v) => v.value));
  const expected: ExpectedSubmission[] = [];
  for (let i = headerAt + 1; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === "" || line.startsWith("#")) continue;
    const cells = line.split("\t").map((c) => c.trim());
    const [u, a, pt, pd] = at.map((c) => cells[c] ?? "");
    const unit = units.get(u.toUpperCase());
    if (!unit) return fail(i + 1, "expectedList.unit", { value: u });
    const agency = agencies.get(a.toUpperCase());
    if (!agency) return fail(i + 1, "expectedList.agency", { value: a });
    const part = readPart(catalogue, pt);
    if (part === null || !parts.has(part)) return fail(i + 1, "expectedList.part", { value: pt });
    const period = parsePeriod(pd);
    if (!period) return fail(i + 1, "expectedList.period", { value: pd });
    expected.push({ unit, agency, part, period: period.id });
  }
  return { ok: true, expected };
}

/** The years of a list of period ids, ascending. */
export function yearsOf(periods: readonly string[]): string[] {
  return [...new Set(periods.map((p) => parsePeriod(p)?.year).filter((y) => y !== undefined))]
    .sort((a, b) => a - b)
    .map(String);
}

function change(values: (number | null)[]): number | null {
  if (values.length < 2) return null;
  const last = values[values.length - 1];
  const before = values[values.length - 2];
  if (last === null || before === null || before === 0) return null;
  return (last - before) / Math.abs(before);
}

/** Parameter rows (each parameter and breakdown key) with a value per year and the change. */
function developmentRows(
  parameters: CompiledParameter[],
  years: string[],
  byYear: Map<string, RollupSums>,
): DevelopmentRow[] {
  const rows: DevelopmentRow[] = [];
  parameters.forEach((p, pi) => {
    const at = (slot: number) =>
      years.map((y) => {
        const s = byYear.get(y);
        return s ? slotValue(p, s[pi], slot) : p.ratio ? null : 0;
      });
    const push = (id: string, name: LocalText, values: (number | null)[]) =>
      rows.push({ id, name, measure: p.spec.unit, values, change: change(values) });
    push(p.spec.id, p.spec.name, at(0));
    p.keys.forEach((k, ki) =>
      push(
        k.rowId,
        { nb: `${p.spec.name.nb}: ${k.name.nb}`, en: `${p.spec.name.en}: ${k.name.en}` },
        at(1 + ki),
      ),
    );
  });
  return rows;
}

/**
 * Effect indicators over the years: the first baseline, the last target, each year's result (from the year's
 * last period that gives one), and the progress of the last result from the baseline toward the target.
 */
function effectDevelopment(effects: EffectLine[], years: string[]): EffectDevelopment[] {
  return effects
    .filter((l) => l.occurrence === 0)
    .map((l) => {
      const byPeriod = [...l.periods].sort(([a], [b]) => {
        const pa = parsePeriod(a)!;
        const pb = parsePeriod(b)!;
        return pa.year - pb.year || (pa.tertial ?? 4) - (pb.tertial ?? 4);
      });
      const yearOf = (p: string) => String(parsePeriod(p)!.year);
      const lastOf = (pick: (v: (typeof byPeriod)[number][1]) => number | null, year?: string) => {
        let out: number | null = null;
        for (const [p, v] of byPeriod)
          if ((year === undefined || yearOf(p) === year) && pick(v) !== null) out = pick(v);
        return out;
      };
      const baseline = byPeriod.map(([, v]) => v.baseline).find((b) => b !== null) ?? null;
      const target = lastOf((v) => v.target);
      const results = years.map((y) => lastOf((v) => v.result, y));
      const last = [...results].reverse().find((r) => r !== null) ?? null;
      const progress =
        baseline === null || target === null || last === null || target === baseline
          ? null
          : (last - baseline) / (target - baseline);
      return {
        indicator: l.indicator,
        name: l.name,
        goal: l.goal,
        measure: l.measure,
        unit: l.unit,
        agency: l.agency,
        baseline,
        target,
        results,
        progress,
      };
    });
}

/** Development over the years, or null when the periods lie within one year. */
export function development(
  parameters: CompiledParameter[],
  periods: readonly string[],
  byYear: Map<string, RollupSums>,
  effects: EffectLine[],
): Development | null {
  const years = yearsOf(periods);
  if (years.length < 2) return null;
  return {
    years,
    parameters: developmentRows(parameters, years, byYear),
    effects: effectDevelopment(effects, years),
  };
}
