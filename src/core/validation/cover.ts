/** The cover sheet (Forside): identity, its agreement with the document properties, versions, status. */
import type { Catalogue } from "../../catalogue/loader";
import type { FormField } from "../../catalogue/schema";
import {
  cellAt,
  findSheet,
  normalizeName,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from "../model/snapshot";
import { identityValue, type IdentityValue, type Submission } from "../model/submission";
import { parsePeriod, type Period } from "../period";
import { LINE_UNIT, PART_LINE, readPart } from "../model/part";
import { numberFromText } from "./parse";
import { closest } from "../suggest";
import { AllowedValues, checkListValue } from "./cells";
import { quote, type Collector, type Where } from "./collector";

export interface Identity {
  unit: string | null;
  agency: string | null;
  period: Period | null;
  /**
   * The period dates are checked against: the cover's period, or when that is invalid (e.g. `2026-T4`) the
   * whole year that can be recognised in it; null when none can (one finding then says so).
   */
  datePeriod: Period | null;
}

const REQUIRED: ReadonlySet<FormField["key"]> = new Set(["unit", "agency", "period"]);

/** "YYYY.N" as a comparable pair, or null. */
function parseVersion(v: string): [number, number] | null {
  const m = /^(\d{4})\.(\d{1,3})$/.exec(v.trim());
  return m ? [Number(m[1]), Number(m[2])] : null;
}

export function checkCover(
  c: Collector,
  snapshot: WorkbookSnapshot,
  catalogue: Catalogue,
  sub: Submission,
  inUse: Catalogue = catalogue,
): Identity {
  const cover = catalogue.template.cover;
  const sheet = sub.coverSheet === null ? undefined : findSheet(snapshot, sub.coverSheet);
  const sheetName = sheet?.name ?? cover.name;
  const valueHeader = cover.headers[1];
  const at = (v: IdentityValue): Where =>
    v.coverRow !== null
      ? { sheet: sheetName, row: v.coverRow, column: valueHeader, cell: `B${v.coverRow}` }
      : { sheet: sheet ? sheetName : null, row: null, column: null, cell: null };

  const anyProperty = cover.fields.some((f) => f.property !== null && snapshot.properties.has(f.property));
  if (!anyProperty) {
    c.add("cover.no-properties", { sheet: null, row: null, column: null, cell: null }, null, {
      nb: "Arbeidsboken har ingen av dokumentegenskapene malen setter (AkrimRapporteringsenhet m.fl.).",
      en: "The workbook has none of the document properties the template sets (AkrimRapporteringsenhet etc.).",
    });
  }

  for (const field of cover.fields) {
    const v = sub.identity[field.key];
    const missingLabel = sheet && v.coverRow === null;
    if (!sheet && REQUIRED.has(field.key) && v.property === null) {
      c.add("cover.missing-field", at(v), null, {
        nb: `${field.label} er ikke oppgitt: forsiden mangler, og dokumentegenskapen ${field.property ?? ""} finnes ikke.`,
        en: `${field.label} is not given: the cover sheet is missing, and the document property ${field.property ?? ""} does not exist.`,
      });
      continue;
    }
    if (missingLabel || (sheet && v.cover === null && REQUIRED.has(field.key))) {
      const required = REQUIRED.has(field.key) && v.property === null;
      c.add(
        required ? "cover.missing-field" : "cover.missing-optional-field",
        at(v),
        null,
        missingLabel
          ? {
              nb: `Forsiden mangler feltet ${quote(field.label)}${v.property !== null ? `; verdien ${quote(v.property)} er hentet fra dokumentegenskapene` : ""}.`,
              en: `The cover sheet lacks the field ${quote(field.label)}${v.property !== null ? `; the value ${quote(v.property)} was taken from the document properties` : ""}.`,
            }
          : {
              nb: `Feltet ${quote(field.label)} på forsiden er tomt${v.property !== null ? `; verdien ${quote(v.property)} er hentet fra dokumentegenskapene` : ""}.`,
              en: `The field ${quote(field.label)} on the cover sheet is empty${v.property !== null ? `; the value ${quote(v.property)} was taken from the document properties` : ""}.`,
            },
      );
    }
    if (v.cover !== null && v.property !== null && normalizeName(v.cover) !== normalizeName(v.property)) {
      c.add("cover.property-mismatch", at(v), v.cover, {
        nb: `${field.label} er ${quote(v.cover)} på forsiden, men ${quote(v.property)} i dokumentegenskapene (${field.property}).`,
        en: `${field.label} is ${quote(v.cover)} on the cover sheet, but ${quote(v.property)} in the document properties (${field.property}).`,
      });
    }
  }

  const unit = checkUnit(c, catalogue, sub.identity.unit, at(sub.identity.unit));
  const agency = checkAgency(c, catalogue, sub.identity.agency, at(sub.identity.agency));
  const periodText = identityValue(sub.identity.period);
  const period = parsePeriod(periodText);
  if (periodText !== null && period === null) {
    c.add("cover.invalid-period", at(sub.identity.period), periodText, {
      nb: `Perioden ${quote(periodText)} er ikke gyldig.`,
      en: `The period ${quote(periodText)} is not valid.`,
    });
  }
  if (period) {
    const since = (what: "unit" | "agency", id: string | null, label: string, labelEn: string) => {
      const entry =
        id === null
          ? undefined
          : what === "unit"
            ? catalogue.lookup.unit.get(id)
            : catalogue.lookup.agency.get(id);
      const year = entry?.since ? Number(entry.since.slice(0, 4)) : NaN;
      if (!entry || !(year > period.year)) return;
      c.add("cover.before-since", at(sub.identity[what]), entry.id, {
        nb: `${label} ${entry.id} (${entry.name.nb}) finnes fra ${entry.since}, men perioden er ${period.id}.`,
        en: `The ${labelEn} ${entry.id} (${entry.name.en}) exists from ${entry.since}, but the period is ${period.id}.`,
      });
    };
    since("unit", unit, "Rapporteringsenheten", "reporting unit");
    since("agency", agency, "Etaten", "agency");
  }
  checkVersion(
    c,
    "Malversjon",
    "template version",
    sub.identity.templateVersion,
    catalogue.template.version,
    at,
    inUse.template.version,
  );
  checkVersion(
    c,
    "Katalogversjon",
    "catalogue version",
    sub.identity.catalogueVersion,
    catalogue.version,
    at,
    inUse.version,
  );

  const status = sub.identity.status;
  if (status.cover !== null) {
    const allowed = new AllowedValues((catalogue.enumerations.reportStatus ?? []).map((e) => e.value));
    if (allowed.values.length && allowed.match(status.cover) === null) {
      c.add("cover.invalid-status", at(status), status.cover, {
        nb: `Status ${quote(status.cover)} er ikke en av ${allowed.values.join(", ")}.`,
        en: `The status ${quote(status.cover)} is not one of ${allowed.values.join(", ")}.`,
      });
    } else if (allowed.values.length) {
      checkListValue(c, at(status), status.cover, allowed, "Status");
    }
  }
  checkPart(c, catalogue, sub, unit, at);
  checkPersonYears(c, sub, at, sheet);
  const year = period ? null : /(?:^|\D)((?:19|20)\d\d)(?:\D|$)/.exec(periodText ?? "")?.[1];
  return { unit, agency, period, datePeriod: period ?? (year ? parsePeriod(year) : null) };
}

/** Innsats: one of the catalogue's parts; LINJE is the agency line's national work only. */
function checkPart(
  c: Collector,
  catalogue: Catalogue,
  sub: Submission,
  unit: string | null,
  at: (v: IdentityValue) => Where,
): void {
  const field = catalogue.template.cover.fields.find((f) => f.key === "part");
  if (!field) return;
  const v = sub.identity.part;
  const typed = identityValue(v);
  if (typed === null) return; // a missing field is reported with the other cover fields
  const part = readPart(catalogue, typed);
  const known = (catalogue.enumerations.effortPart ?? []).map((e) => e.value);
  if (part === null || !known.includes(part)) {
    c.add("cover.invalid-part", at(v), typed, {
      nb: `Innsats ${quote(typed)} er ikke en av ${known.join(", ")}.`,
      en: `Innsats ${quote(typed)} is not one of ${known.join(", ")}.`,
    });
    return;
  }
  if (part !== typed) {
    c.add("cell.read-as", at(v), typed, {
      nb: `${field.label}: ${quote(typed)} er forstått som ${quote(part)}.`,
      en: `${field.label}: ${quote(typed)} is understood as ${quote(part)}.`,
    });
  }
  if (unit === LINE_UNIT && part !== PART_LINE) {
    c.add("cover.line-unit-part", at(v), typed, {
      nb: `Rapporteringsenheten er ${LINE_UNIT}, men Innsats er ${quote(part)}.`,
      en: `The reporting unit is ${LINE_UNIT}, but Innsats is ${quote(part)}.`,
    });
  }
}

/** Årsverk: empty, or a number of 0 or more (text such as `2,5` is understood). */
function checkPersonYears(
  c: Collector,
  sub: Submission,
  at: (v: IdentityValue) => Where,
  sheet: SheetSnapshot | undefined,
): void {
  const v = sub.identity.personYears;
  if (!v) return;
  const typed = identityValue(v);
  if (typed === null) return;
  const n = numberFromText(typed);
  if (n === null || !Number.isFinite(n) || n < 0) {
    c.add("cover.invalid-person-years", at(v), typed, {
      nb: `Årsverk ${quote(typed)} er ikke et tall på 0 eller mer, så SP-INN-01 og SP-INN-02 får ikke med denne arbeidsboken.`,
      en: `Årsverk ${quote(typed)} is not a number of 0 or more, so SP-INN-01 and SP-INN-02 leave this workbook out.`,
    });
    return;
  }
  // A number typed as text counts here, but the sheet's own formula (N()) reads it as 0.
  const raw = sheet && v.coverRow !== null ? cellAt(sheet, v.coverRow - 1, 1) : null;
  if (typeof raw === "string") {
    const shown = String(n).replace(".", ",");
    c.add(
      "cell.read-as",
      at(v),
      typed,
      {
        nb: `Årsverk ${quote(typed)} er skrevet som tekst; det er forstått som ${shown} og telles slik.`,
        en: `Årsverk ${quote(typed)} is written as text; it is understood as ${n} and counted as such.`,
      },
      {
        nb: `Skriv tallet ${shown} på nytt i cellen, så regner også arket Styringsparametre med det.`,
        en: `Type the number ${n} into the cell again, so that the Styringsparametre sheet counts it too.`,
      },
    );
  }
}

function checkUnit(c: Collector, catalogue: Catalogue, v: IdentityValue, w: Where): string | null {
  const text = identityValue(v);
  if (text === null) return null;
  if (catalogue.lookup.unit.has(text)) return text;
  const byName = catalogue.units.find(
    (u) => normalizeName(u.id) === normalizeName(text) || normalizeName(u.name.nb) === normalizeName(text),
  );
  const near =
    byName?.id ??
    closest(
      text,
      catalogue.units.map((u) => u.id),
    ) ??
    catalogue.units.find(
      (u) =>
        u.name.nb ===
        closest(
          text,
          catalogue.units.map((x) => x.name.nb),
        ),
    )?.id ??
    null;
  c.add(
    "cover.unknown-unit",
    w,
    text,
    {
      nb: `Rapporteringsenheten ${quote(text)} finnes ikke i katalogen ${catalogue.version}.`,
      en: `The reporting unit ${quote(text)} is not in the catalogue ${catalogue.version}.`,
    },
    near
      ? {
          nb: `Mente du ${near} (${catalogue.lookup.unit.get(near)!.name.nb})? Skriv enhetskoden.`,
          en: `Did you mean ${near} (${catalogue.lookup.unit.get(near)!.name.en})? Write the unit code.`,
        }
      : {
          nb: `Bruk en enhetskode fra katalogen: ${catalogue.units.map((u) => u.id).join(", ")}.`,
          en: `Use a unit code from the catalogue: ${catalogue.units.map((u) => u.id).join(", ")}.`,
        },
  );
  return byName ? byName.id : null;
}

function checkAgency(c: Collector, catalogue: Catalogue, v: IdentityValue, w: Where): string | null {
  const text = identityValue(v);
  if (text === null) return null;
  if (catalogue.lookup.agency.has(text)) return text;
  const byName = catalogue.agencies.find(
    (a) =>
      normalizeName(a.id) === normalizeName(text) ||
      normalizeName(a.name.nb) === normalizeName(text) ||
      normalizeName(a.name.en) === normalizeName(text),
  );
  const near =
    byName?.id ??
    closest(
      text,
      catalogue.agencies.map((a) => a.id),
    );
  c.add(
    "cover.unknown-agency",
    w,
    text,
    {
      nb: `Etaten ${quote(text)} finnes ikke i katalogen ${catalogue.version}.`,
      en: `The agency ${quote(text)} is not in the catalogue ${catalogue.version}.`,
    },
    near
      ? { nb: `Mente du ${near}? Skriv etatskoden.`, en: `Did you mean ${near}? Write the agency code.` }
      : {
          nb: `Bruk en etatskode: ${catalogue.agencies.map((a) => a.id).join(", ")}.`,
          en: `Use an agency code: ${catalogue.agencies.map((a) => a.id).join(", ")}.`,
        },
  );
  return byName ? byName.id : null;
}

function checkVersion(
  c: Collector,
  label: string,
  labelEn: string,
  v: IdentityValue,
  current: string,
  at: (v: IdentityValue) => Where,
  inUse: string = current,
) {
  const text = identityValue(v);
  if (text === null) {
    if (v.coverRow !== null) {
      c.add("version.missing", at(v), null, {
        nb: `${label} er ikke oppgitt; arbeidsboken er kontrollert mot ${current}.`,
        en: `The ${labelEn} is not given; the workbook was checked against ${current}.`,
      });
    }
    return;
  }
  if (text === current && current === inUse) return;
  if (text === current) {
    // A known older version: checked against it, as the workbook names it.
    c.add("version.older", at(v), text, {
      nb: `${label} er ${text}, eldre enn ${inUse}. Arbeidsboken er kontrollert mot ${text}, som den oppgir.`,
      en: `The ${labelEn} is ${text}, older than ${inUse}. The workbook was checked against ${text}, which it names.`,
    });
    return;
  }
  const got = parseVersion(text);
  const have = parseVersion(current)!;
  if (got && (got[0] < have[0] || (got[0] === have[0] && got[1] < have[1]))) {
    c.add("version.older", at(v), text, {
      nb: `${label} er ${text}, eldre enn ${current} som kontrollen bruker. Kolonner og virkemidler kan ha endret seg.`,
      en: `The ${labelEn} is ${text}, older than ${current} used by the check. Columns and instruments may have changed.`,
    });
    return;
  }
  c.add("version.unknown", at(v), text, {
    nb: `${label} ${quote(text)} er ukjent for denne versjonen av tillegget (kjenner ${current}).`,
    en: `The ${labelEn} ${quote(text)} is unknown to this version of the add-in (knows ${current}).`,
  });
}
