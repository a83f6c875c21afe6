import fc from "fast-check";
import { defaultCatalogue, templateSheetNames } from "../../src/catalogue";
import { parseRange } from "../../src/core/a1";
import { normalizeName } from "../../src/core/model/snapshot";
import { planFilledTemplate, TABLE_ROOM, type RowData } from "../../src/core/template";
import { materialize } from "./materialize";

const catalogue = defaultCatalogue();
const units = catalogue.units.map((u) => u.id);
const agencies = catalogue.agencies.map((a) => a.id);
const sheetName = fc.constantFrom(
  ...templateSheetNames(catalogue),
  "Ark1",
  "Data",
  "forside",
  "KATALOG",
  "Aktører ",
);

it("never overwrites: every plan either reports the clash or adds only new sheets, with data inside its tables", () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...units),
      fc.constantFrom(...agencies),
      fc.integer({ min: 2000, max: 2100 }),
      fc.constantFrom("", "-T1", "-T2", "-T3"),
      fc.array(sheetName, { maxLength: 4 }),
      fc.integer({ min: 0, max: 400 }),
      fc.integer({ min: 0, max: 60 }),
      fc.boolean(),
      (unit, agency, year, tertial, existing, actorCount, actionCount, line) => {
        const actors: RowData[] = Array.from({ length: actorCount }, (_, i) => ({
          referanse: `R-${i}`,
          status: "Aktiv",
        }));
        const actions: RowData[] = Array.from({ length: actionCount }, () => ({ virksomheter: 1 }));
        // LINJE is the agency line's national work: only the line part may report for it.
        const part = unit === "LINJE" || line ? "line" : "centre";
        const plan = planFilledTemplate(
          catalogue,
          { unit, agency, period: `${year}${tertial}`, part },
          { tables: { actors, actions } },
          { existingSheetNames: existing },
        );
        const taken = new Set(existing.map(normalizeName));
        if ("clashes" in plan) {
          expect(plan.clashes.length).toBeGreaterThan(0);
          for (const c of plan.clashes) expect(taken.has(normalizeName(c))).toBe(true);
          return;
        }
        if (!("edits" in plan)) throw new Error(JSON.stringify(plan));
        const wb = materialize(plan.edits); // throws on a value written twice
        for (const s of wb.sheets) expect(taken.has(normalizeName(s.name))).toBe(false);
        expect(wb.properties.get("AkrimInnsats")).toBe(part === "line" ? "Etatslinje" : "A-krimsenter");
        const body = (name: string) => parseRange(wb.tables.find((t) => t.name === name)!.range)!;
        expect(body("tblAktorer").end.row).toBe(actorCount + TABLE_ROOM.actors);
        expect(body("tblAksjoner").end.row).toBe(actionCount + TABLE_ROOM.actions);
        for (const v of wb.validations) {
          const table = wb.tables.find((t) => t.sheet === v.sheet);
          if (!table) continue;
          const r = parseRange(v.range)!;
          const b = parseRange(table.range)!;
          expect(r.start.row === b.start.row + 1 && r.end.row === b.end.row).toBe(true);
        }
      },
    ),
    { numRuns: 60 },
  );
});

it("refuses LINJE for the centre's part, in every period and agency", () => {
  fc.assert(
    fc.property(fc.constantFrom(...agencies), fc.constantFrom("2026", "2026-T2"), (agency, period) => {
      const plan = planFilledTemplate(catalogue, { unit: "LINJE", agency, period }, { tables: {} });
      expect("problems" in plan && plan.problems).toHaveLength(1);
    }),
    { numRuns: 10 },
  );
});
