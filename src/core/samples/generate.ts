/**
 * Sample data: a year of returned templates from every a-krim centre and local cooperation, for every agency
 * that reports there, for each tertial. Deterministic (a fixed seed and a small PRNG), pure (runs in the
 * browser for "Prøv med eksempeldata" as well as in Node), and scaled from the national figures the joint
 * annual reports publish (DOMAIN.md). A handful of files carry the mistakes controllers really make; the
 * generator says which file has which, so checks can be tested against them.
 *
 * Like real returns (revision 2026.2): both parts of the effort (the centres' returns, and agency-line returns
 * for national line work and for Oslo), a return that never came (NAV at FRO for T3), threat actors that
 * several agencies of a unit follow and each list, joint actions that every agency taking part reports under
 * one Aksjons-ID (not always with the same figures), Årsverk on most covers, and workbooks with the mess
 * people make (spaces, case, typed Sum rows, text in numbers, `45 %`, `SKE/AT`, unknown ids).
 */
import type { Catalogue } from "../../catalogue/loader";
import type { Instrument, LocalText } from "../../catalogue/schema";
import type { Edit } from "../model/edit";
import { parsePeriod, type Period } from "../period";
import { LINE_UNIT, PART_CENTRE } from "../model/part";
import {
  planFilledTemplate,
  prefilledRows,
  type RowData,
  type TableKey,
  type TemplateData,
  type TemplateIdentity,
} from "../template/plan";
import { Random } from "./random";

export type MistakeKind =
  | "trailing-space-id"
  | "nbsp-in-status"
  | "typed-sum-row"
  | "unknown-instrument-row"
  | "words-for-lists"
  | "share-as-fraction"
  | "text-in-number"
  | "herav-exceeds-antall"
  | "misspelt-instrument-id"
  | "date-outside-period"
  | "actor-name"
  | "personal-id-in-comment"
  | "duplicate-submission"
  | "deleted-column";

export interface PlantedMistake {
  kind: MistakeKind;
  /** Sheet and 1-based sheet row of the cell, header of its column; null where the mistake is not one cell. */
  sheet: string | null;
  row: number | null;
  column: string | null;
  /** The planted value as text, or null. */
  value: string | null;
  /** For a duplicate submission: the other file with the same unit × agency × period. */
  otherFile?: string;
  description: LocalText;
}

export interface SampleFile {
  fileName: string;
  identity: TemplateIdentity;
  data: TemplateData;
  mistakes: PlantedMistake[];
}

export interface SampleOptions {
  seed?: number;
  year?: number;
}

export const DEFAULT_SEED = 20260101;

/** Share of national activity per reporting unit (sums to 1 over the centres and local cooperations). */
const UNIT_WEIGHT: Record<string, number> = {
  OSL: 0.2,
  BGO: 0.12,
  SVG: 0.1,
  TRD: 0.1,
  KRS: 0.06,
  TBG: 0.09,
  BOO: 0.05,
  ALT: 0.06,
  MRO: 0.07,
  INN: 0.08,
  FRO: 0.07,
};
const DEFAULT_UNIT_WEIGHT = 0.05;

/** Returns that never came in: unit, agency, tertial. */
const MISSING_RETURNS = [{ unit: "FRO", agency: "NAV", tertial: 3 }];
/** Units whose agency lines also return a regional line-work workbook (part Etatslinje), and which agencies. */
const LINE_RETURNS: { unit: string; agencies: string[] }[] = [
  { unit: "OSL", agencies: ["AT", "SKE"] },
  { unit: "LINJE", agencies: ["AT", "NAV", "POL", "SKE"] },
];
/** Person-years on a-krim per unit and tertial at weight 1 (the whole cooperation: roughly 90 a year). */
const PERSON_YEARS_PER_TERTIAL = 30;

/** Agencies that report everywhere, and the units where customs (TOLL) also reports. */
const CORE_AGENCIES = ["AT", "NAV", "POL", "SKE"];
const TOLL_UNITS = ["OSL", "KRS", "ALT"];
/** Instruments customs records although the catalogue does not give them to TOLL (agency-mismatch warnings). */
const TOLL_INSTRUMENTS = ["V244", "V245", "V111"];

/**
 * National yearly counts per instrument, from the joint annual reports 2018–2020 (DOMAIN.md): detection audits
 * 86/576/459, AT stops as pressure 346/221/147 and at imminent danger 283/219/113, changes to benefits 56/44/88,
 * ~2000 businesses and ~2600–5000 persons checked.
 */
const NATIONAL_PER_YEAR: Record<string, number> = {
  V101: 450,
  V122: 240,
  V123: 200,
  V133: 60,
  V242: 2000,
  V243: 1200,
  V244: 3500,
};

function nationalPerYear(ins: Instrument): number {
  const known = NATIONAL_PER_YEAR[ins.id];
  if (known !== undefined) return known;
  if (ins.goal === "BM1") return 30;
  if (ins.goal === "BM3") return 12;
  switch (ins.subcategory) {
    case "kontroll":
      return 250;
    case "informasjon og veiledning":
      return 300;
    case "aksjoner":
      return 400;
    case "kommunikasjon":
      return 15;
    default:
      return 150;
  }
}

/** Average amount per case (NOK): established claims and secured values (~NOK 9–38 million a year secured). */
const AMOUNT_PER_CASE: Record<string, number> = { "BM1-TV-E": 400_000, "BM1-TV-I": 150_000 };

/** National yearly figures for actors and actions (DOMAIN.md: 126 key threat actors in 2020, ~70 actions). */
const KEY_THREAT_ACTORS = 126;
const ACTIONS_PER_YEAR = 70;
const BUSINESSES_PER_ACTION = 28;
const PERSONS_PER_ACTION = 60;
/** Which agency leads (and so reports) an actor case or an action. */
const LEAD_SHARE: Record<string, number> = { AT: 0.35, POL: 0.3, SKE: 0.25, NAV: 0.1 };

/** A valid test fødselsnummer from DOMAIN.md, planted where no personal ID number may be. */
export const PLANTED_FNR = "15108695088";

const USAGE_COMMENTS = [
  "Felles kontroll med politiet",
  "Oppfølging etter aksjon i byggebransjen",
  "Herav flere i transportbransjen",
  "Tall fra saksbehandlingssystemet per periodens slutt",
  "Inkluderer saker startet i forrige periode",
];
const ACTION_COMMENTS = [
  "Bygg og anlegg",
  "Renhold, flere lokasjoner",
  "Bilpleie og dekkskift",
  "Servering",
  "Transport, kontroll langs vei",
  "Landbruk, sesongarbeidere",
];

function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

interface Actor {
  reference: string;
  type: string;
  agencies: string;
  /** The agencies whose returns list it. */
  reportedBy: string[];
  /** Tertial (1–3) in which the case started, and the one in which it closed (or null). */
  from: number;
  closed: number | null;
}

/** The reporting units that get samples: the centres and the local cooperations. */
export function sampleUnits(catalogue: Catalogue): string[] {
  return catalogue.units
    .filter((u) => u.kind === "a-krimsenter" || u.kind === "lokalt samarbeid")
    .map((u) => u.id);
}

/** The agencies that report at a unit in the samples. */
export function sampleAgencies(catalogue: Catalogue, unit: string): string[] {
  const ids = catalogue.agencies.map((a) => a.id);
  return ids.filter((a) => CORE_AGENCIES.includes(a) || (a === "TOLL" && TOLL_UNITS.includes(unit)));
}

export function sampleFileName(unit: string, agency: string, period: string, suffix = ""): string {
  return `${unit}_${agency}_${period}${suffix}.xlsx`;
}

/** A return the samples leave out, as the consolidation names a missing submission. */
export interface OmittedReturn {
  unit: string;
  agency: string;
  /** The part of the effort as the catalogue writes it. */
  part: string;
  period: string;
}

/** Every sample file for one year, in unit, agency, tertial order; the duplicate submission comes last. */
export function generateSamples(catalogue: Catalogue, options: SampleOptions = {}): SampleFile[] {
  return generateSampleSet(catalogue, options).files;
}

/** The sample files, and the returns they leave out (as data, so a test can hold the missing list to it). */
export function generateSampleSet(
  catalogue: Catalogue,
  options: SampleOptions = {},
): { files: SampleFile[]; omitted: OmittedReturn[] } {
  const seed = options.seed ?? DEFAULT_SEED;
  const year = options.year ?? 2026;
  const files: SampleFile[] = [];
  const omitted: OmittedReturn[] = [];
  const joint = catalogue.lookup.table.get("actions")?.columns.some((c) => c.key === "aksjonsId") ?? false;
  const parts = catalogue.template.cover.fields.some((f) => f.key === "part");
  for (const unit of sampleUnits(catalogue)) {
    const weight = UNIT_WEIGHT[unit] ?? DEFAULT_UNIT_WEIGHT;
    const agencies = sampleAgencies(catalogue, unit);
    const actions = planActions(
      new Random(hash(`${seed}/${unit}/actions`)),
      unit,
      weight,
      agencies,
      year,
      joint,
    );
    const actors = planActors(new Random(hash(`${seed}/${unit}/actors`)), unit, weight, agencies, joint);
    for (const agency of agencies) {
      for (const tertial of [1, 2, 3]) {
        const period = parsePeriod(`${year}-T${tertial}`)!;
        if (MISSING_RETURNS.some((m) => m.unit === unit && m.agency === agency && m.tertial === tertial)) {
          omitted.push({ unit, agency, part: PART_CENTRE, period: period.id });
          continue;
        }
        const rnd = new Random(hash(`${seed}/${unit}/${agency}/${period.id}`));
        const data = fill(
          catalogue,
          rnd,
          unit,
          agency,
          weight,
          period,
          actors.filter((a) => a.reportedBy.includes(agency)),
          actions.get(`${agency}/${tertial}`) ?? [],
        );
        // Most covers give Årsverk; some leave it empty, as people do.
        if (parts && !rnd.chance(0.1))
          data.personYears =
            Math.round(((PERSON_YEARS_PER_TERTIAL * weight) / agencies.length) * rnd.between(0.6, 1.4) * 10) /
            10;
        files.push({
          fileName: sampleFileName(unit, agency, period.id),
          identity: { unit, agency, period: period.id, contact: contactFor(catalogue, unit, agency) },
          data,
          mistakes: [],
        });
      }
    }
  }
  if (parts) files.push(...lineReturns(catalogue, seed, year));
  plantMistakes(catalogue, files, seed, year);
  return { files, omitted };
}

/** The edit list of a sample file (the filled template). */
export function planSample(catalogue: Catalogue, sample: SampleFile): Edit[] {
  const plan = planFilledTemplate(catalogue, sample.identity, sample.data);
  if (!("edits" in plan))
    throw new Error(`Sample ${sample.fileName} could not be planned: ${JSON.stringify(plan)}`);
  return plan.edits;
}

function contactFor(catalogue: Catalogue, unit: string, agency: string): string {
  const a = catalogue.lookup.agency.get(agency)?.name.nb ?? agency;
  const u = catalogue.lookup.unit.get(unit)?.name.nb ?? unit;
  return `Kontaktperson a-krim, ${a}, ${u}`;
}

/**
 * The unit's key threat actors over the year. Each is followed by a lead agency and often others; with 2026.2
 * every agency that follows an actor lists it under the same reference (one actor is one actor), before that
 * only the lead did.
 */
function planActors(rnd: Random, unit: string, weight: number, agencies: string[], shared: boolean): Actor[] {
  const n = rnd.around(KEY_THREAT_ACTORS * weight, 0.3);
  const leads = CORE_AGENCIES.filter((a) => agencies.includes(a)).map(
    (a) => [a, LEAD_SHARE[a] ?? 0] as const,
  );
  const actors: Actor[] = [];
  for (let i = 0; i < n; i++) {
    const lead = rnd.weighted(leads);
    const from = rnd.weighted([
      [1, 0.7],
      [2, 0.2],
      [3, 0.1],
    ] as const);
    const others = CORE_AGENCIES.filter((a) => a !== lead && agencies.includes(a) && rnd.chance(0.3));
    actors.push({
      reference: `${unit}-A${String(i + 1).padStart(3, "0")}`,
      type: rnd.weighted([
        ["Virksomhet", 0.6],
        ["Person", 0.25],
        ["Nettverk", 0.15],
      ] as const),
      agencies: [lead, ...others].join(", "),
      reportedBy: shared ? [lead, ...others] : [lead],
      from,
      closed: from < 3 && rnd.chance(0.15) ? rnd.int(from + 1, 3) : null,
    });
  }
  return actors;
}

/** Joint actions of a unit over the year, keyed `${leadAgency}/${tertial}`: each is reported once, by its lead. */
function planActions(
  rnd: Random,
  unit: string,
  weight: number,
  agencies: string[],
  year: number,
  joint: boolean,
): Map<string, RowData[]> {
  const byKey = new Map<string, RowData[]>();
  const leads = CORE_AGENCIES.filter((a) => agencies.includes(a)).map(
    (a) => [a, LEAD_SHARE[a] ?? 0] as const,
  );
  for (const tertial of [1, 2, 3]) {
    const period = parsePeriod(`${year}-T${tertial}`)!;
    const n = rnd.around((ACTIONS_PER_YEAR * weight) / 3, 0.5);
    for (let i = 0; i < n; i++) {
      const lead = rnd.weighted(leads);
      const others = agencies.filter((a) => a !== lead && rnd.chance(0.6));
      if (others.length === 0) others.push(agencies.find((a) => a !== lead)!);
      const row: RowData = {
        dato: dayInPeriod(rnd, period),
        etater: [lead, ...others].join(", "),
        virksomheter: rnd.around(BUSINESSES_PER_ACTION, 0.6),
        personer: rnd.around(PERSONS_PER_ACTION, 0.6),
        kommentar: rnd.pick(ACTION_COMMENTS),
      };
      // With 2026.2 every agency that took part reports the action under its Aksjons-ID; one in ten counts
      // fewer businesses than the lead did (the consolidation counts the largest and warns).
      const reporters = joint ? [lead, ...others.filter((a) => CORE_AGENCIES.includes(a))] : [lead];
      if (joint) row.aksjonsId = `${unit}-${year}-${String(tertial)}${String(i + 1).padStart(2, "0")}`;
      for (const agency of reporters) {
        const own =
          agency !== lead && rnd.chance(0.1)
            ? { ...row, virksomheter: Math.max(0, Number(row.virksomheter) - rnd.int(1, 3)) }
            : { ...row };
        const key = `${agency}/${tertial}`;
        byKey.set(key, [...(byKey.get(key) ?? []), own]);
      }
    }
  }
  for (const rows of byKey.values()) rows.sort((a, b) => String(a.dato).localeCompare(String(b.dato)));
  return byKey;
}

/** A weekday in the period, as YYYY-MM-DD. */
function dayInPeriod(rnd: Random, period: Period): string {
  const start = Date.parse(`${period.start}T00:00:00Z`);
  const days = Math.round((Date.parse(`${period.end}T00:00:00Z`) - start) / 86_400_000) + 1;
  for (;;) {
    const d = new Date(start + rnd.int(0, days - 1) * 86_400_000);
    const wd = d.getUTCDay();
    if (wd !== 0 && wd !== 6) return d.toISOString().slice(0, 10);
  }
}

function fill(
  catalogue: Catalogue,
  rnd: Random,
  unit: string,
  agency: string,
  weight: number,
  period: Period,
  actors: Actor[],
  actions: RowData[],
): TemplateData {
  const tertial = period.tertial ?? 3;
  const prefilled = prefilledRows(catalogue, agency);
  const usage: RowData[] = prefilled.usage.map((row) => ({ ...row }));
  if (usage.length === 0) {
    for (const id of TOLL_INSTRUMENTS) {
      const ins = catalogue.lookup.instrument.get(id);
      if (ins)
        usage.push({ instrumentId: ins.id, instrument: ins.name.nb, goal: ins.goal, grouping: ins.grouping });
    }
  }
  for (const row of usage) {
    const ins = catalogue.lookup.instrument.get(String(row.instrumentId));
    if (!ins) continue;
    const sharedBy = Math.max(ins.agencies.length, 1);
    const expected = ((nationalPerYear(ins) / sharedBy) * weight * (agency === "TOLL" ? 0.1 : 1)) / 3;
    const antall = Math.round(expected * rnd.between(0.5, 1.5));
    if (antall === 0) {
      if (rnd.chance(0.4)) row.antall = 0;
      continue;
    }
    row.antall = antall;
    row.tverretatlig = Math.round(antall * rnd.between(0.15, 0.7));
    if (ins.goal === "BM1") row.sentrale = Math.round(antall * rnd.between(0.05, 0.4));
    const perCase = AMOUNT_PER_CASE[ins.grouping];
    if (perCase) row.belop = Math.round((antall * perCase * rnd.between(0.3, 1.7)) / 1000) * 1000;
    if (rnd.chance(0.08)) row.kommentar = rnd.pick(USAGE_COMMENTS);
  }

  // The agencies that follow an actor describe it alike: its values come from the actor and the tertial.
  const actorRows: RowData[] = actors
    .filter((a) => a.from <= tertial && (a.closed === null || a.closed >= tertial))
    .map((a) => ({ a, own: new Random(hash(`${a.reference}/${tertial}`)) }))
    .map(({ a, own }) => ({
      referanse: a.reference,
      type: a.type,
      status: a.from === tertial ? "Ny" : a.closed === tertial ? "Avsluttet" : "Aktiv",
      kapasitet: own.weighted([
        ["Redusert", 0.4],
        ["Uendret", 0.35],
        ["Økt", 0.1],
        ["Ukjent", 0.15],
      ] as const),
      intensjon: own.weighted([
        ["Redusert", 0.3],
        ["Uendret", 0.45],
        ["Økt", 0.05],
        ["Ukjent", 0.2],
      ] as const),
      etater: a.agencies,
    }));

  const effects: RowData[] = prefilled.effects.map((row) => {
    const ind = catalogue.lookup.indicator.get(String(row.indikatorId));
    const percent = ind?.unit === "prosent";
    // Baseline and target are fixed per indicator × unit × year: every agency and tertial gives the same.
    const fixed = new Random(hash(`${unit}/${String(row.indikatorId)}/${period.year}`));
    const base = percent ? fixed.int(20, 60) : Math.round(fixed.int(200, 2000) * weight * 10);
    const target = percent
      ? Math.min(95, base + fixed.int(10, 25))
      : Math.round(base * fixed.between(1.1, 1.4));
    const progress = (tertial / 3) * rnd.between(0.2, 0.9);
    return {
      ...row,
      utgangsverdi: base,
      malverdi: target,
      resultat: Math.round((base + (target - base) * progress) * 10) / 10,
      kilde: ind?.method.nb ?? "",
    };
  });

  const tables: Partial<Record<TableKey, RowData[]>> = { usage, actors: actorRows, actions, effects };
  return { status: "Innsendt", tables };
}

/**
 * The agency lines' own returns (part Etatslinje): national line work under LINJE, and Oslo's regional line
 * work beside the centre's returns. Smaller than a centre's, without actors, actions or unit indicators.
 */
function lineReturns(catalogue: Catalogue, seed: number, year: number): SampleFile[] {
  const out: SampleFile[] = [];
  for (const { unit, agencies } of LINE_RETURNS) {
    for (const agency of agencies) {
      for (const tertial of [1, 2, 3]) {
        const period = parsePeriod(`${year}-T${tertial}`)!;
        const rnd = new Random(hash(`${seed}/${unit}/${agency}/${period.id}/linje`));
        const data = fill(catalogue, rnd, unit, agency, 0.03, period, [], []);
        data.tables.effects = [];
        data.personYears = Math.round(rnd.between(1, 4) * 10) / 10;
        out.push({
          fileName: sampleFileName(unit, agency, period.id, unit === LINE_UNIT ? "" : "_linje"),
          identity: {
            unit,
            agency,
            period: period.id,
            part: "line",
            contact: contactFor(catalogue, unit, agency),
          },
          data,
          mistakes: [],
        });
      }
    }
  }
  return out;
}

/** Which file gets which mistake (unit, agency, tertial): spread over units, agencies and periods. */
const PLANTS: { kind: MistakeKind; unit: string; agency: string; tertial: number }[] = [
  { kind: "trailing-space-id", unit: "OSL", agency: "SKE", tertial: 1 },
  { kind: "unknown-instrument-row", unit: "OSL", agency: "SKE", tertial: 1 },
  { kind: "nbsp-in-status", unit: "OSL", agency: "NAV", tertial: 1 },
  { kind: "typed-sum-row", unit: "OSL", agency: "NAV", tertial: 1 },
  { kind: "words-for-lists", unit: "KRS", agency: "SKE", tertial: 1 },
  { kind: "share-as-fraction", unit: "TRD", agency: "AT", tertial: 2 },
  { kind: "text-in-number", unit: "OSL", agency: "AT", tertial: 1 },
  { kind: "herav-exceeds-antall", unit: "BGO", agency: "NAV", tertial: 2 },
  { kind: "misspelt-instrument-id", unit: "TRD", agency: "SKE", tertial: 1 },
  { kind: "date-outside-period", unit: "SVG", agency: "POL", tertial: 2 },
  { kind: "actor-name", unit: "KRS", agency: "AT", tertial: 3 },
  { kind: "personal-id-in-comment", unit: "TBG", agency: "SKE", tertial: 2 },
  { kind: "deleted-column", unit: "BOO", agency: "NAV", tertial: 3 },
  { kind: "duplicate-submission", unit: "OSL", agency: "POL", tertial: 2 },
];

function plantMistakes(catalogue: Catalogue, files: SampleFile[], seed: number, year: number) {
  const tableSpec = (key: TableKey) => catalogue.lookup.table.get(key)!;
  const header = (key: TableKey, column: string) =>
    tableSpec(key).columns.find((c) => c.key === column)?.header ?? column;
  const sheetOf = (key: TableKey) => tableSpec(key).name;
  for (const p of PLANTS) {
    const name = sampleFileName(p.unit, p.agency, `${year}-T${p.tertial}`);
    const file = files.find((f) => f.fileName === name);
    if (!file) continue;
    const t = file.data.tables;
    const rnd = new Random(hash(`${seed}/${name}/${p.kind}`));
    const plant = (m: Omit<PlantedMistake, "description">, description: LocalText) =>
      file.mistakes.push({ ...m, description });
    const usage = t.usage ?? [];
    const firstUsed = () =>
      Math.max(
        0,
        usage.findIndex((r) => typeof r.antall === "number" && r.antall > 0),
      );
    switch (p.kind) {
      case "trailing-space-id": {
        const i = firstUsed();
        const value = `${String(usage[i].instrumentId)} `;
        usage[i].instrumentId = value;
        plant(
          {
            kind: p.kind,
            sheet: sheetOf("usage"),
            row: i + 2,
            column: header("usage", "instrumentId"),
            value,
          },
          {
            nb: "Virkemiddel-ID med mellomrom bak: forstått og telles som ID-en (advarsel)",
            en: "Instrument id with a trailing space: understood and counted as the id (warning)",
          },
        );
        break;
      }
      case "unknown-instrument-row": {
        const value = "V999";
        usage.push({ instrumentId: value, antall: 3, kommentar: "Ny kontrolltype" });
        plant(
          {
            kind: p.kind,
            sheet: sheetOf("usage"),
            row: usage.length + 1,
            column: header("usage", "instrumentId"),
            value,
          },
          {
            nb: "Ukjent virkemiddel-ID med Antall 3: telles ingen steder, heller ikke i totalen",
            en: "Unknown instrument id with Antall 3: counts nowhere, not in the total either",
          },
        );
        break;
      }
      case "nbsp-in-status": {
        const actors = (t.actors ??= []);
        if (!actors.length) break;
        const value = `${String(actors[0].status)}\u00a0`;
        actors[0].status = value;
        plant(
          { kind: p.kind, sheet: sheetOf("actors"), row: 2, column: header("actors", "status"), value },
          {
            nb: "Status med hardt mellomrom (kopiert fra e-post): forstått og telles (advarsel)",
            en: "Status with a non-breaking space (pasted from e-mail): understood and counted (warning)",
          },
        );
        break;
      }
      case "typed-sum-row": {
        const total = usage.reduce((s, r) => s + (typeof r.antall === "number" ? r.antall : 0), 0);
        usage.push({ instrumentId: "Sum", antall: total });
        plant(
          {
            kind: p.kind,
            sheet: sheetOf("usage"),
            row: usage.length + 1,
            column: null,
            value: "Sum",
          },
          {
            nb: `Skrevet Sum-rad (Antall ${total}) under virkemidlene: telles ikke`,
            en: `Typed Sum row (Antall ${total}) below the instruments: not counted`,
          },
        );
        break;
      }
      case "words-for-lists": {
        const i = Math.max(
          0,
          usage.findIndex((r) => r.goal === "BM1"),
        );
        const value = "Brukermål 1";
        usage[i].goal = value;
        plant(
          { kind: p.kind, sheet: sheetOf("usage"), row: i + 2, column: header("usage", "goal"), value },
          {
            nb: "«Brukermål 1» for BM1: forstått (advarsel)",
            en: "«Brukermål 1» for BM1: understood (warning)",
          },
        );
        break;
      }
      case "share-as-fraction": {
        const effects = t.effects ?? [];
        const i = effects.findIndex(
          (r) => catalogue.lookup.indicator.get(String(r.indikatorId))?.unit === "prosent",
        );
        if (i < 0) break;
        const value = Math.round(Number(effects[i].resultat)) / 100;
        effects[i].resultat = value;
        plant(
          {
            kind: p.kind,
            sheet: sheetOf("effects"),
            row: i + 2,
            column: header("effects", "resultat"),
            value: String(value),
          },
          {
            nb: "Resultat som andel (0,45) mot utgangsverdi i prosent (40): advarsel om skala",
            en: "Result as a fraction (0.45) against a baseline in percent (40): a warning about the scale",
          },
        );
        break;
      }
      case "text-in-number": {
        const i = firstUsed();
        const value = `${typeof usage[i].antall === "number" && usage[i].antall ? usage[i].antall : 12} stk`;
        usage[i].antall = value;
        plant(
          { kind: p.kind, sheet: sheetOf("usage"), row: i + 2, column: header("usage", "antall"), value },
          { nb: "Tekst i en tallcelle", en: "Text in a number cell" },
        );
        break;
      }
      case "herav-exceeds-antall": {
        const i = firstUsed();
        const antall = Number(usage[i].antall) || 3;
        usage[i].antall = antall;
        usage[i].tverretatlig = antall + rnd.int(2, 9);
        plant(
          {
            kind: p.kind,
            sheet: sheetOf("usage"),
            row: i + 2,
            column: header("usage", "tverretatlig"),
            value: String(usage[i].tverretatlig),
          },
          { nb: "Herav tverretatlig er større enn Antall", en: "Of which inter-agency exceeds Count" },
        );
        break;
      }
      case "misspelt-instrument-id": {
        let i = usage.findIndex((r) => /0/.test(String(r.instrumentId)));
        if (i < 0) i = 0;
        const value = String(usage[i].instrumentId).replace("0", "O");
        usage[i].instrumentId = value;
        plant(
          {
            kind: p.kind,
            sheet: sheetOf("usage"),
            row: i + 2,
            column: header("usage", "instrumentId"),
            value,
          },
          {
            nb: "Feilstavet virkemiddel-ID (bokstaven O for null)",
            en: "Misspelt instrument id (letter O for zero)",
          },
        );
        break;
      }
      case "date-outside-period": {
        const actions = (t.actions ??= []);
        if (actions.length === 0) {
          actions.push({
            etater: `${p.agency}, AT`,
            virksomheter: 6,
            personer: 14,
            kommentar: ACTION_COMMENTS[0],
          });
        }
        const period = parsePeriod(`${year}-T${p.tertial}`)!;
        const before = new Date(Date.parse(`${period.start}T00:00:00Z`) - rnd.int(3, 40) * 86_400_000);
        const value = before.toISOString().slice(0, 10);
        const i = actions.length - 1;
        actions[i].dato = value;
        plant(
          { kind: p.kind, sheet: sheetOf("actions"), row: i + 2, column: header("actions", "dato"), value },
          { nb: "Dato utenfor rapporteringsperioden", en: "Date outside the reporting period" },
        );
        break;
      }
      case "actor-name": {
        const actors = (t.actors ??= []);
        if (actors.length === 0) {
          actors.push({
            type: "Person",
            status: "Ny",
            kapasitet: "Ukjent",
            intensjon: "Ukjent",
            etater: p.agency,
          });
        }
        const value = "Kari Nordmann";
        const i = actors.length - 1;
        actors[i].referanse = value;
        plant(
          {
            kind: p.kind,
            sheet: sheetOf("actors"),
            row: i + 2,
            column: header("actors", "referanse"),
            value,
          },
          { nb: "Aktørreferanse som ser ut som et navn", en: "Actor reference that looks like a name" },
        );
        break;
      }
      case "personal-id-in-comment": {
        const i = firstUsed();
        const value = `Daglig leder (${PLANTED_FNR}) innkalt til møte`;
        usage[i].kommentar = value;
        plant(
          { kind: p.kind, sheet: sheetOf("usage"), row: i + 2, column: header("usage", "kommentar"), value },
          { nb: "Fødselsnummer i en kommentar", en: "Personal ID number in a comment" },
        );
        break;
      }
      case "deleted-column": {
        file.data.omitColumns = { usage: ["tverretatlig"] };
        plant(
          {
            kind: p.kind,
            sheet: sheetOf("usage"),
            row: 1,
            column: header("usage", "tverretatlig"),
            value: null,
          },
          { nb: "Slettet kolonne", en: "Deleted column" },
        );
        break;
      }
      case "duplicate-submission": {
        const rows = (file.data.tables.usage ?? []).map((r) => ({ ...r }));
        const i = firstUsed();
        if (rows[i] && typeof rows[i].antall === "number")
          rows[i].antall = (rows[i].antall as number) + rnd.int(1, 5);
        const copyName = sampleFileName(p.unit, p.agency, `${year}-T${p.tertial}`, "_korrigert");
        const copy: SampleFile = {
          fileName: copyName,
          identity: { ...file.identity },
          data: { ...file.data, tables: { ...file.data.tables, usage: rows } },
          mistakes: [],
        };
        const description = {
          nb: "To innsendinger for samme enhet, etat og periode",
          en: "Two submissions for the same unit, agency and period",
        };
        const m = { kind: p.kind, sheet: null, row: null, column: null, value: null };
        file.mistakes.push({ ...m, otherFile: copyName, description });
        copy.mistakes.push({ ...m, otherFile: file.fileName, description });
        files.push(copy);
        break;
      }
    }
  }
}
