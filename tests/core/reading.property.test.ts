/**
 * The invariant of the one reading: a value the check accepts is the value the roll-up counts, and whatever is
 * not counted has a finding that says so. Workbooks are generated with the mess people make: spaces of every
 * kind around ids and list values, other case, typed Sum rows, blank and text-in-number cells, the same actor
 * on two rows, the same action id on two rows, unknown ids. The expected totals are worked out from what the
 * generator planted (its ground truth), never by the engine.
 */
import fc from "fast-check";
import { defaultCatalogue } from "../../src/catalogue";
import type { CellValue } from "../../src/core/model/snapshot";
import { rollupModel, rollupWorkbook, rowContributions } from "../../src/core/rollup";
import { validateSubmission } from "../../src/core/validation";
import { template, type RowSpec } from "../rollup/fixtures";

const catalogue = defaultCatalogue();
const model = rollupModel(catalogue);
const known = catalogue.instruments.map((i) => i.id);

/** Spaces people type, paste or inherit: plain, non-breaking, narrow non-breaking, zero-width, tab. */
const space = fc.constantFrom("", " ", "  ", "\u00a0", "\u202f", "\u200b", "\t");
const messy = (text: string) =>
  fc
    .tuple(space, space, fc.constantFrom("same", "lower", "upper"))
    .map(
      ([a, b, c]) => a + (c === "lower" ? text.toLowerCase() : c === "upper" ? text.toUpperCase() : text) + b,
    );

/** A usage row and what it must count: the Antall that counts, or null (with a finding) when nothing does. */
interface PlantedUsage {
  row: RowSpec;
  counts: number | null;
}

const usage: fc.Arbitrary<PlantedUsage> = fc.oneof(
  // A known instrument, written any way, with a number: counts.
  fc
    .tuple(fc.constantFrom(...known), fc.integer({ min: 0, max: 500 }))
    .chain(([id, n]) => messy(id).map((typed) => ({ row: { instrumentId: typed, antall: n }, counts: n }))),
  // A known instrument with Antall as text or left empty: nothing counts.
  fc
    .tuple(fc.constantFrom(...known), fc.constantFrom<CellValue>("12 stk", "tolv", "ca. 5", null))
    .chain(([id, v]) =>
      messy(id).map((typed) => ({ row: { instrumentId: typed, antall: v }, counts: null })),
    ),
  // An unknown id, or none, with a number: counts nowhere.
  fc
    .tuple(fc.constantFrom("V999", "X1", "V1O1", "", null), fc.integer({ min: 1, max: 500 }))
    .map(([id, n]) => ({ row: { instrumentId: id, antall: n }, counts: null })),
  // A typed total: never counted.
  fc
    .tuple(fc.constantFrom("Sum", "SUM", "Summer", "Totalt", "Total", "I alt", "i alt:"), fc.nat(5000))
    .chain(([word, n]) =>
      messy(word).map((typed) => ({ row: { instrumentId: typed, antall: n }, counts: null })),
    ),
);

const STATUS = ["Ny", "Aktiv", "Avsluttet"] as const;
const actor = fc.record({
  ref: fc.constantFrom("A-1", "A-2", "A-3", "B-7"),
  status: fc.constantFrom(...STATUS),
  spelled: fc.constantFrom("same", "lower", "upper"),
  pad: space,
});

const action = fc.record({
  id: fc.constantFrom("AKS-1", "AKS-2", null),
  businesses: fc.integer({ min: 0, max: 50 }),
});

describe("a value the check accepts is the value the roll-up counts; what is not counted has a finding", () => {
  it("holds on workbooks with every kind of mess", () => {
    fc.assert(
      fc.property(
        fc.array(usage, { maxLength: 12 }),
        fc.array(actor, { maxLength: 6 }),
        fc.array(action, { maxLength: 4 }),
        (planted, actors, actions) => {
          const snap = template({
            name: "rot.xlsx",
            usage: planted.map((p) => p.row),
            actors: actors.map((a) => ({
              referanse: a.spelled === "lower" ? a.ref.toLowerCase() : a.ref,
              status: `${a.spelled === "upper" ? a.status.toUpperCase() : a.status}${a.pad}`,
              kapasitet: "Uendret",
              intensjon: "Uendret",
            })),
            actions: actions.map((a) => ({ dato: 46100, virksomheter: a.businesses, aksjonsId: a.id })),
          });
          const { findings, submission } = validateSubmission(snap, catalogue);
          const rollup = rollupWorkbook(snap, catalogue);
          const value = (id: string) => rollup.json.parameters.find((p) => p.id === id)!.value;

          // Σ A is the sum of what the generator says counts (worked out from the plan, not the engine).
          const expected = planted.reduce((s, p) => s + (p.counts ?? 0), 0);
          expect(value("SP-ALL-01")).toBe(expected);

          // Row by row (sheet row = index + 2): a counted row has no error on its id or Antall; a row with
          // something typed that does not count has a finding on its row.
          const table = submission.tables.usage!;
          const contributions = rowContributions(model, rollup.source).get("usage") ?? [];
          planted.forEach((p, i) => {
            const sheetRow = i + 2;
            const errors = findings.filter((f) => f.row === sheetRow && f.sheet === table.sheet.name);
            const dataIndex = table.rows.findIndex((r) => r.row === sheetRow);
            const counted =
              dataIndex >= 0 && (contributions[dataIndex] ?? []).some((k) => k.startsWith("SP-ALL-01"));
            if (p.counts !== null) {
              expect(counted).toBe(true);
              expect(errors.filter((f) => f.severity === "error")).toEqual([]);
            } else {
              expect(counted).toBe(false);
              const typed = p.row.antall !== null || (p.row.instrumentId ?? "") !== "";
              if (typed && p.row.antall !== null) expect(errors.length).toBeGreaterThan(0);
            }
          });

          // One actor is one actor: the distinct references, whatever their case.
          const distinct = new Set(actors.map((a) => a.ref.toLowerCase())).size;
          const active = new Set(
            actors.filter((a) => a.status !== "Avsluttet").map((a) => a.ref.toLowerCase()),
          ).size;
          expect(value("SP-BM1-07")).toBe(active);
          expect(value("SP-BM1-08")).toBe(distinct === 0 ? null : 0);

          // One joint action is one action, with its largest figure; a row without an id is its own.
          const byId = new Map<string, number>();
          let alone = 0;
          let aloneSum = 0;
          for (const a of actions) {
            if (a.id === null) {
              alone++;
              aloneSum += a.businesses;
            } else byId.set(a.id, Math.max(byId.get(a.id) ?? 0, a.businesses));
          }
          expect(value("SP-BM2-04")).toBe(alone + byId.size);
          expect(value("SP-BM2-05")).toBe(aloneSum + [...byId.values()].reduce((s, n) => s + n, 0));
        },
      ),
      { numRuns: 300 },
    );
  });
});
