/**
 * Property-based: mutated templates never make validation throw or hang, and every finding is well-formed
 * with no identity number left unmasked anywhere in the output.
 */
import fc from "fast-check";
import { defaultCatalogue } from "../../src/catalogue";
import { containsIdentityNumber } from "../../src/core/identifiers";
import type { Finding } from "../../src/core/model/finding";
import type { CellValue, WorkbookSnapshot } from "../../src/core/model/snapshot";
import { planHighlights, planReport, validateWorkbook } from "../../src/core/validation";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { readXlsx, writeXlsx, XlsxReadError } from "../../src/workbook/xlsx";
import { filledTemplate, setCell } from "./fixtures";
import { snapshotEdits } from "./files";
import { renderFindingBoth } from "../../src/core/validation/render";
import { renderBoth } from "../../src/core/model/user-error";

const cat = defaultCatalogue();
const A1_RE = /^[A-Z]{1,3}[1-9]\d{0,6}$/;

export function assertWellFormed(findings: Finding[]): void {
  for (const f of findings) {
    expect(["error", "warning", "info"]).toContain(f.severity);
    expect(typeof f.rule).toBe("string");
    if (f.row !== null) expect(Number.isInteger(f.row) && f.row >= 1).toBe(true);
    if (f.cell !== null) expect(f.cell).toMatch(A1_RE);
    expect(renderFindingBoth(f).message.nb.trim().length).toBeGreaterThan(0);
    expect(renderFindingBoth(f).message.en.trim().length).toBeGreaterThan(0);
    expect(renderFindingBoth(f).hint.nb.trim().length).toBeGreaterThan(0);
    expect(renderFindingBoth(f).hint.en.trim().length).toBeGreaterThan(0);
  }
  expect(containsIdentityNumber(JSON.stringify(findings))).toBe(false);
}

const IDS = ["31129956715", "15108695088", "311299 56715", "151086.95088"];

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.double({ noNaN: false }),
  fc.constantFrom(31129956715, 15108695088, Infinity, -0, 1e300),
  fc.boolean(),
  fc.string({ maxLength: 40 }),
  fc.constantFrom(...IDS).map((s) => `x ${s} y`),
  fc.constantFrom(
    "=cmd|' /C calc'!A0",
    "+SUM(1)",
    "-2+3",
    "@foo",
    "12 stk",
    "1 234,50",
    "V1O1",
    "aktiv",
    "15.03.2026",
    "Ola Nordmann",
  ),
  fc.constantFrom("#N/A", "#REF!", "#DIV/0!", "#VALUE!").map((error) => ({ error })),
  fc.integer({ min: 1000, max: 100_000 }).map((n) => "9".repeat(n)),
);

type Mutation = (wb: WorkbookSnapshot) => void;

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.nat(10), fc.nat(60), fc.nat(12), cellValue).map(([s, r, c, v]) => (wb: WorkbookSnapshot) => {
    const sheet = wb.sheets[s % Math.max(wb.sheets.length, 1)];
    if (!sheet) return;
    const row = (sheet.rows[r] ??= []);
    row[c] = v;
  }),
  fc.nat(10).map((s) => (wb: WorkbookSnapshot) => {
    wb.sheets.splice(s % Math.max(wb.sheets.length, 1), 1);
  }),
  fc.tuple(fc.nat(10), fc.string({ maxLength: 31 })).map(([s, name]) => (wb: WorkbookSnapshot) => {
    const sheet = wb.sheets[s % Math.max(wb.sheets.length, 1)];
    if (sheet) sheet.name = name;
  }),
  fc
    .tuple(fc.nat(5), fc.constantFrom("A1:ZZ9", "garbage", "A0:B2", "XFD1048576", "A1:I1048576", ""))
    .map(([t, ref]) => (wb: WorkbookSnapshot) => {
      const table = wb.tables[t % Math.max(wb.tables.length, 1)];
      if (table) table.ref = ref;
    }),
  fc.nat(5).map((t) => (wb: WorkbookSnapshot) => {
    wb.tables.splice(t % Math.max(wb.tables.length, 1), 1);
  }),
  fc
    .tuple(fc.nat(10), fc.constantFrom("A1:C3", "B2:B9", "nonsense", "A:A"))
    .map(([s, m]) => (wb: WorkbookSnapshot) => {
      wb.sheets[s % Math.max(wb.sheets.length, 1)]?.merges.push(m);
    }),
  fc.tuple(fc.nat(10), fc.array(fc.nat(100), { maxLength: 5 })).map(([s, rows]) => (wb: WorkbookSnapshot) => {
    const sheet = wb.sheets[s % Math.max(wb.sheets.length, 1)];
    if (sheet) sheet.hiddenRows = rows;
  }),
  fc
    .tuple(fc.nat(10), fc.nat(40), fc.nat(10), fc.string({ maxLength: 30 }))
    .map(([s, r, c, f]) => (wb: WorkbookSnapshot) => {
      const sheet = wb.sheets[s % Math.max(wb.sheets.length, 1)];
      if (!sheet) return;
      (sheet.formulas[r] ??= [])[c] = f;
    }),
  fc
    .tuple(
      fc.constantFrom(
        "whole-column-validation",
        "string-truncated",
        "sheet-skipped",
        "formula-without-value",
        "too-many-rows",
      ),
      fc.option(fc.string({ maxLength: 20 })),
      fc.option(fc.constantFrom("A:A", "B2", "junk", "A1:B2 C3")),
      fc.string({ maxLength: 50 }),
    )
    .map(([code, sheet, ref, detail]) => (wb: WorkbookSnapshot) => {
      wb.notes.push({
        code: code as never,
        sheet: sheet ?? undefined,
        ref: ref ?? undefined,
        detail: `${detail} 15108695088`,
      });
    }),
  fc
    .tuple(
      fc.constantFrom("AkrimRapporteringsenhet", "AkrimEtat", "AkrimPeriode", "AkrimMalversjon", "x"),
      cellValue,
    )
    .map(([k, v]) => (wb: WorkbookSnapshot) => {
      if (v === null || typeof v === "object") wb.properties.delete(k);
      else wb.properties.set(k, v);
    }),
);

describe("validation on mutated templates", () => {
  test("never throws, findings well-formed, identity numbers masked everywhere", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("SKE", "AT", "TOLL"),
        fc.array(mutation, { maxLength: 25 }),
        (agency, muts) => {
          const wb = filledTemplate({ agency });
          for (const m of muts) m(wb);
          const findings = validateWorkbook(wb, cat);
          assertWellFormed(findings);
          const report = planReport(findings, wb, { onExisting: "numbered" });
          expect(report.ok).toBe(true);
          expect(containsIdentityNumber(JSON.stringify(report))).toBe(false);
          expect(containsIdentityNumber(JSON.stringify(planHighlights(findings)))).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** A byte-level change to a file: to the zip itself, or to the XML of one of its parts. */
type ByteMutation =
  | { kind: "flip"; at: number; value: number }
  | { kind: "truncate"; at: number }
  | { kind: "xml-delete"; part: number; at: number; length: number }
  | { kind: "xml-insert"; part: number; at: number; text: string }
  | { kind: "xml-duplicate"; part: number; at: number; length: number };

const XML_BITS = [
  "<",
  ">",
  "/>",
  '"',
  "&amp;",
  "&#0;",
  '<c r="A1" t="e"><v>#REF!</v></c>',
  '<row r="0">',
  'r="XFD1048577"',
  "<f>SUM(</f>",
  "15108695088",
  "\u0000",
  "]]>",
  "<v>1e999</v>",
];

const byteMutation: fc.Arbitrary<ByteMutation> = fc.oneof(
  fc.record({ kind: fc.constant("flip" as const), at: fc.nat(), value: fc.nat(255) }),
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("xml-delete" as const), part: fc.nat(), at: fc.nat(), length: fc.nat(200) }),
  fc.record({
    kind: fc.constant("xml-insert" as const),
    part: fc.nat(),
    at: fc.nat(),
    text: fc.oneof(fc.constantFrom(...XML_BITS), fc.string({ maxLength: 20 })),
  }),
  fc.record({
    kind: fc.constant("xml-duplicate" as const),
    part: fc.nat(),
    at: fc.nat(),
    length: fc.nat(2000),
  }),
);

function applyBytes(bytes: Uint8Array, muts: ByteMutation[]): Uint8Array {
  let out = bytes;
  const xmlMuts = muts.filter((m) => m.kind.startsWith("xml-"));
  if (xmlMuts.length) {
    const parts = unzipSync(out);
    const names = Object.keys(parts).sort();
    for (const m of xmlMuts) {
      if (m.kind === "flip" || m.kind === "truncate") continue;
      const name = names[m.part % names.length];
      const xml = strFromU8(parts[name]);
      const at = m.at % (xml.length + 1);
      let next = xml;
      if (m.kind === "xml-delete") next = xml.slice(0, at) + xml.slice(at + m.length);
      else if (m.kind === "xml-insert") next = xml.slice(0, at) + m.text + xml.slice(at);
      else next = xml.slice(0, at) + xml.slice(at, at + m.length) + xml.slice(at);
      parts[name] = strToU8(next);
    }
    out = zipSync(parts);
  }
  for (const m of muts) {
    if (m.kind === "flip" && out.length) {
      out = out.slice();
      out[m.at % out.length] = m.value;
    } else if (m.kind === "truncate") out = out.slice(0, m.at % (out.length + 1));
  }
  return out;
}

describe("validation on files mutated byte by byte", () => {
  const wb = filledTemplate({ usageRows: 30 });
  setCell(wb, "Aktører", "G2", "fnr 31129956715");
  const clean = writeXlsx(snapshotEdits(wb));

  test("the reader refuses with a clear message or the checks run; nothing else ever escapes", () => {
    fc.assert(
      fc.property(fc.array(byteMutation, { minLength: 1, maxLength: 4 }), (muts) => {
        const bytes = applyBytes(clean, muts);
        let snapshot;
        try {
          snapshot = readXlsx(bytes, "fuzz.xlsx");
        } catch (e) {
          if (!(e instanceof XlsxReadError)) throw e;
          expect(renderBoth(e).nb.length).toBeGreaterThan(0);
          expect(renderBoth(e).en.length).toBeGreaterThan(0);
          return;
        }
        const findings = validateWorkbook(snapshot, cat);
        assertWellFormed(findings);
      }),
      { numRuns: 150 },
    );
  });
});
