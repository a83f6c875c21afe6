/**
 * The catalogue file format: the schema every catalogue is checked against when it is loaded.
 * Types are inferred from the schema so that the data and the code cannot drift apart.
 */
import { z } from "zod";

export const CATALOGUE_FORMAT = "akrim-katalog";
/** Catalogue format versions this build can read. */
export const SUPPORTED_FORMAT_VERSIONS = [1] as const;

const id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$/, "ugyldig id / invalid id");
const text = (max = 500) => z.string().max(max);
export const LocalText = z.object({ nb: text().min(1), en: text().min(1) });
export type LocalText = z.infer<typeof LocalText>;

export const TaxonomyNode = z.object({
  id,
  level: z.enum(["samfunnsverdi", "samfunnsmål", "kjennetegn", "brukermål", "gruppering"]),
  parent: id.nullable(),
  name: LocalText,
});
export type TaxonomyNode = z.infer<typeof TaxonomyNode>;

export const Speed = z.enum(["umiddelbart", "saksbehandling", "lengre_saksbehandling", "kontinuerlig"]);
export type Speed = z.infer<typeof Speed>;

export const Instrument = z.object({
  id,
  goal: id,
  grouping: id,
  subcategory: text(100).nullable(),
  name: LocalText,
  agencies: z.array(id).max(20),
  speed: Speed.nullable(),
  provenance: z.object({
    marksInSource: text(100),
    agenciesBasis: z.enum(["from x-count", "from column totals", "reconstructed", "revised", "added"]),
    /** Where the instrument or its place in the catalogue comes from, when not from the 2018 table as it stands. */
    note: text().optional(),
  }),
  /** What the instrument is and what counts as one use (the cell's input message, the Katalog sheet, the pane). */
  help: LocalText.optional(),
});
export type Instrument = z.infer<typeof Instrument>;

export const Agency = z.object({ id, name: LocalText, since: text(10).nullable(), note: text().nullable() });
export type Agency = z.infer<typeof Agency>;

export const Unit = z.object({
  id,
  kind: z.enum(["a-krimsenter", "lokalt samarbeid", "etatslinje"]),
  name: LocalText,
  since: text(10).nullable(),
  note: text().nullable(),
});
export type Unit = z.infer<typeof Unit>;

export const EnumValue = z.object({ value: text(60).min(1), name: LocalText });
export type EnumValue = z.infer<typeof EnumValue>;

/** Who reports an effect indicator: the secretariat (nasjonal), every unit (enhet), or one agency in every unit (etat). */
export const IndicatorLevel = z.enum(["nasjonal", "enhet", "etat"]);
export type IndicatorLevel = z.infer<typeof IndicatorLevel>;

export const EffectIndicator = z.object({
  id,
  goal: id,
  name: LocalText,
  unit: text(40),
  method: LocalText,
  provenance: text(300),
  /** Absent in catalogues before 2026.2: every unit and agency reports it. */
  level: IndicatorLevel.optional(),
  /** For level "etat": the agency that reports it. */
  agency: id.optional(),
});
export type EffectIndicator = z.infer<typeof EffectIndicator>;

/** What a template column holds; drives validation, number formats and drop-downs. */
export const ColumnType = z.enum([
  "text",
  "instrumentId",
  "instrumentName",
  "goal",
  "grouping",
  "wholeNumber",
  "nok",
  "decimal",
  "date",
  "enum",
  "agencyList",
  "indicatorId",
  "reference",
]);
export type ColumnType = z.infer<typeof ColumnType>;

export const Column = z.object({
  key: id,
  header: text(100).min(1),
  type: ColumnType,
  /** For type "enum": the key into `enumerations`. */
  enumeration: id.optional(),
  /** Filled from the catalogue in the template (not typed by the user). */
  prefilled: z.boolean().optional(),
  width: z.number().min(4).max(120),
  help: LocalText.optional(),
  /** A column added in a revision that older workbooks lack: its absence is not a finding. */
  optional: z.boolean().optional(),
});
export type Column = z.infer<typeof Column>;

export const TableSheet = z.object({
  kind: z.literal("table"),
  key: z.enum(["usage", "actors", "actions", "effects"]),
  name: text(31).min(1),
  table: text(255).min(1),
  /** The column whose non-empty cell makes a row count as a row (for counts of rows). */
  rowKey: id,
  columns: z.array(Column).min(1).max(60),
});
export type TableSheet = z.infer<typeof TableSheet>;

export const FormField = z.object({
  key: z.enum([
    "unit",
    "agency",
    "period",
    "part",
    "templateVersion",
    "catalogueVersion",
    "contact",
    "status",
    "personYears",
  ]),
  label: text(100).min(1),
  /** The custom document property that holds the same value. */
  property: text(100).nullable(),
  /** A field added in a revision, or one that may be left empty: its absence is not a finding. */
  optional: z.boolean().optional(),
  help: LocalText.optional(),
});
export type FormField = z.infer<typeof FormField>;

export const Template = z.object({
  version: text(20).min(1),
  cover: z.object({
    name: text(31).min(1),
    headers: z.tuple([text(40), text(40)]),
    fields: z.array(FormField),
  }),
  tables: z.array(TableSheet).length(4),
  summarySheet: text(31).min(1),
  summaryHeaders: z.array(text(60)).min(3),
  catalogueSheet: text(31).min(1),
});
export type Template = z.infer<typeof Template>;

/** Which instruments a measure covers: the union of the selectors (each selector's fields all apply). */
export const InstrumentSelector = z.object({
  goals: z.array(id).optional(),
  groupings: z.array(id).optional(),
  subcategories: z.array(text(100)).optional(),
  speeds: z.array(Speed).optional(),
  /** The instrument's Norwegian name starts with this text (case-insensitive). */
  namePrefix: text(100).optional(),
  /** The instrument's Norwegian name is exactly one of these (case-insensitive). */
  names: z.array(text(200)).optional(),
  ids: z.array(id).optional(),
});
export type InstrumentSelector = z.infer<typeof InstrumentSelector>;

export const Measure = z.discriminatedUnion("op", [
  /** A number from the cover sheet (`Forside`), e.g. Årsverk. */
  z.object({ op: z.literal("field"), field: z.literal("personYears") }),
  z.object({
    op: z.literal("sum"),
    table: z.enum(["usage", "actors", "actions", "effects"]),
    column: id,
    instruments: z.array(InstrumentSelector).optional(),
  }),
  z.object({
    op: z.literal("count"),
    table: z.enum(["usage", "actors", "actions", "effects"]),
    where: z.object({ column: id, in: z.array(text(60)).min(1) }).optional(),
  }),
]);
export type Measure = z.infer<typeof Measure>;

export const Expression = z.union([
  Measure,
  z.object({
    op: z.literal("ratio"),
    numerator: Measure,
    denominator: Measure,
    /** Only workbooks that give both the numerator and the denominator contribute (Σ A / Σ Årsverk). */
    pairedOnly: z.boolean().optional(),
  }),
]);
export type Expression = z.infer<typeof Expression>;

export const Breakdown = z.enum(["grouping", "goal", "agency"]);
export type Breakdown = z.infer<typeof Breakdown>;

/**
 * How rows count when workbooks are added together. A flow (the default) adds up over rows, agencies, parts
 * and periods. A stock counts each distinct key once within a unit, with its latest period's values and, where
 * workbooks of one period disagree, the least favourable value. A joint action counts once per unit and key,
 * with the largest figures; rows without a key are actions of their own.
 */
export const CountingRule = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("stock"),
    table: z.enum(["usage", "actors", "actions", "effects"]),
    key: id,
    /** Per column, its values from the least to the most favourable. */
    leastFavourable: z.record(id, z.array(text(60)).min(1).max(20)),
    description: LocalText,
  }),
  z.object({
    kind: z.literal("joint"),
    table: z.enum(["usage", "actors", "actions", "effects"]),
    key: id,
    /** Two agencies' rows without a key on the same date in this column are possibly the same action. */
    sameDay: id.optional(),
    description: LocalText,
  }),
]);
export type CountingRule = z.infer<typeof CountingRule>;

export const SteeringParameter = z.object({
  id,
  goal: id.nullable(),
  name: LocalText,
  unit: z.enum(["count", "nok", "share", "decimal"]),
  value: Expression,
  breakdowns: z.array(Breakdown).max(3),
  /** A key of the catalogue's `countingRules`; absent: a flow. */
  counting: id.optional(),
});
export type SteeringParameter = z.infer<typeof SteeringParameter>;

/**
 * Who takes part in a unit, as the secretariat keeps it: the consolidation expects a workbook from each agency,
 * for each part of the effort, for every period it sees (REPORTING.md, "Who has not sent yet").
 */
export const Membership = z.object({
  unit: id,
  agencies: z.array(id).max(50),
  /**
   * The parts of the effort each agency returns for the unit (`effortPart` values). Absent: the unit kind's own
   * part (see `requiredParts` in the consolidation).
   */
  parts: z.array(text(60).min(1)).min(1).max(10).optional(),
  /** Whom to ask about the unit's returns (name, e-mail or telephone), filled in by the secretariat; absent: not known. */
  contact: text(200).optional(),
});
export type Membership = z.infer<typeof Membership>;

export const CatalogueFile = z.object({
  format: z.literal(CATALOGUE_FORMAT),
  formatVersion: z.number().int(),
  /** Its message is a message key (src/i18n): the loader says it in both languages. */
  version: z.string().regex(/^\d{4}\.\d{1,3}$/, "catalogueFile.version"),
  published: text(10),
  description: LocalText,
  /** Where the catalogue comes from: one text, or one per language (shown in the pane's language). */
  source: z.union([text(1000), z.object({ nb: text(1000).min(1), en: text(1000).min(1) })]),
  taxonomy: z.array(TaxonomyNode).min(1).max(500),
  instruments: z.array(Instrument).max(2000),
  agencies: z.array(Agency).min(1).max(50),
  units: z.array(Unit).min(1).max(500),
  enumerations: z.record(id, z.array(EnumValue).min(1).max(100)),
  effectIndicators: z.array(EffectIndicator).max(500),
  steeringParameters: z.array(SteeringParameter).max(500),
  countingRules: z.record(id, CountingRule).optional(),
  /** Which agencies take part in which unit (for who has not sent yet); absent: not known. */
  membership: z.array(Membership).max(500).optional(),
  template: Template,
});
export type CatalogueFile = z.infer<typeof CatalogueFile>;
