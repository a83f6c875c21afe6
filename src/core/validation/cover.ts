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
import { short, type Collector, type Where } from "./collector";
import { typedNumber } from "./cells";

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
    c.add("cover.no-properties", { sheet: null, row: null, column: null, cell: null }, null);
  }

  for (const field of cover.fields) {
    const v = sub.identity[field.key];
    const missingLabel = sheet && v.coverRow === null;
    if (!sheet && REQUIRED.has(field.key) && v.property === null) {
      c.add(
        "cover.missing-field",
        at(v),
        null,
        { field: field.label, name: field.property ?? "" },
        { message: "message.no-cover" },
      );
      continue;
    }
    if (missingLabel || (sheet && v.cover === null && REQUIRED.has(field.key))) {
      const required = REQUIRED.has(field.key) && v.property === null;
      c.add(
        required ? "cover.missing-field" : "cover.missing-optional-field",
        at(v),
        null,
        v.property !== null
          ? { field: short(field.label), property: short(v.property) }
          : { field: short(field.label) },
        {
          message: missingLabel
            ? v.property !== null
              ? "message.no-label-property"
              : "message.no-label"
            : v.property !== null
              ? "message.property"
              : "message",
        },
      );
    }
    if (v.cover !== null && v.property !== null && normalizeName(v.cover) !== normalizeName(v.property)) {
      c.add("cover.property-mismatch", at(v), v.cover, {
        field: field.label,
        cover: short(v.cover),
        property: short(v.property),
        name: field.property ?? "",
      });
    }
  }

  const unit = checkUnit(c, catalogue, sub.identity.unit, at(sub.identity.unit));
  const agency = checkAgency(c, catalogue, sub.identity.agency, at(sub.identity.agency));
  const periodText = identityValue(sub.identity.period);
  const period = parsePeriod(periodText);
  if (periodText !== null && period === null) {
    c.add("cover.invalid-period", at(sub.identity.period), periodText, { period: short(periodText) });
  }
  if (period) {
    const since = (what: "unit" | "agency", id: string | null) => {
      const entry =
        id === null
          ? undefined
          : what === "unit"
            ? catalogue.lookup.unit.get(id)
            : catalogue.lookup.agency.get(id);
      const year = entry?.since ? Number(entry.since.slice(0, 4)) : NaN;
      if (!entry || !(year > period.year)) return;
      c.add(
        "cover.before-since",
        at(sub.identity[what]),
        entry.id,
        { id: entry.id, name: entry.name, since: entry.since ?? "", period: period.id },
        { message: what === "unit" ? "message" : "message.agency" },
      );
    };
    since("unit", unit);
    since("agency", agency);
  }
  checkVersion(
    c,
    "template",
    sub.identity.templateVersion,
    catalogue.template.version,
    at,
    inUse.template.version,
  );
  checkVersion(c, "catalogue", sub.identity.catalogueVersion, catalogue.version, at, inUse.version);

  const status = sub.identity.status;
  if (status.cover !== null) {
    const allowed = new AllowedValues((catalogue.enumerations.reportStatus ?? []).map((e) => e.value));
    if (allowed.values.length && allowed.match(status.cover) === null) {
      c.add("cover.invalid-status", at(status), status.cover, {
        status: short(status.cover),
        allowed: allowed.values.join(", "),
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
    c.add("cover.invalid-part", at(v), typed, { part: short(typed), allowed: known.join(", ") });
    return;
  }
  if (part !== typed) {
    c.add(
      "cell.read-as",
      at(v),
      typed,
      { column: field.label, typed: short(typed), read: short(part) },
      { message: "message.understood" },
    );
  }
  if (unit === LINE_UNIT && part !== PART_LINE) {
    c.add("cover.line-unit-part", at(v), typed, { unit: LINE_UNIT, part: short(part) });
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
    c.add("cover.invalid-person-years", at(v), typed, { typed: short(typed) });
    return;
  }
  // A number typed as text counts here, but the sheet's own formula (N()) reads it as 0.
  const raw = sheet && v.coverRow !== null ? cellAt(sheet, v.coverRow - 1, 1) : null;
  if (typeof raw === "string") {
    c.add(
      "cell.read-as",
      at(v),
      typed,
      { typed: short(typed), number: typedNumber(n) },
      { message: "message.person-years", hint: "hint.person-years" },
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
    near
      ? {
          unit: short(text),
          catalogue: catalogue.version,
          suggestion: near,
          name: catalogue.lookup.unit.get(near)!.name,
        }
      : {
          unit: short(text),
          catalogue: catalogue.version,
          units: catalogue.units.map((u) => u.id).join(", "),
        },
    { hint: near ? "hint.suggestion" : "hint.list" },
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
    near
      ? { agency: short(text), catalogue: catalogue.version, suggestion: near }
      : {
          agency: short(text),
          catalogue: catalogue.version,
          agencies: catalogue.agencies.map((a) => a.id).join(", "),
        },
    { hint: near ? "hint.suggestion" : "hint.list" },
  );
  return byName ? byName.id : null;
}

function checkVersion(
  c: Collector,
  which: "template" | "catalogue",
  v: IdentityValue,
  current: string,
  at: (v: IdentityValue) => Where,
  inUse: string = current,
) {
  const text = identityValue(v);
  const ofCatalogue = which === "catalogue";
  if (text === null) {
    if (v.coverRow !== null) {
      c.add(
        "version.missing",
        at(v),
        null,
        { current },
        { message: ofCatalogue ? "message.catalogue" : "message" },
      );
    }
    return;
  }
  if (text === current && current === inUse) return;
  if (text === current) {
    // A known older version: checked against it, as the workbook names it.
    c.add(
      "version.older",
      at(v),
      text,
      { version: text, inUse },
      { message: ofCatalogue ? "message.catalogue" : "message" },
    );
    return;
  }
  const got = parseVersion(text);
  const have = parseVersion(current)!;
  if (got && (got[0] < have[0] || (got[0] === have[0] && got[1] < have[1]))) {
    c.add(
      "version.older",
      at(v),
      text,
      { version: text, current },
      { message: ofCatalogue ? "message.unknown-catalogue" : "message.unknown" },
    );
    return;
  }
  c.add(
    "version.unknown",
    at(v),
    text,
    { version: short(text), current },
    { message: ofCatalogue ? "message.catalogue" : "message" },
  );
}
