/**
 * Properties a secretariat relies on: the consolidated totals are the sums of the files' own roll-ups; the
 * order of the files does not matter; consolidating regional consolidations gives the national numbers of
 * consolidating every file at once; a duplicate never counts twice.
 */
import fc from "fast-check";
import { defaultCatalogue } from "../../src/catalogue";
import {
  consolidate,
  consolidationJson,
  planConsolidatedWorkbook,
  type ConsolidationInput,
} from "../../src/core/consolidate";
import type { CellValue } from "../../src/core/model/snapshot";
import { parameterValues, rollupModel, rollupWorkbook, totalSums } from "../../src/core/rollup";
import { template, type RowSpec, type TemplateSpec } from "../rollup/fixtures";
import { snapshotFromEdits } from "./apply";

const catalogue = defaultCatalogue();
const model = rollupModel(catalogue);

const number: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 500 }) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 4_000_000 }).map((n) => n / 4) },
  { weight: 1, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom<CellValue>(null, "12", "tre", true, { error: "#N/A" }) },
);
const instrumentIds = [...catalogue.instruments.map((i) => i.id), "v122", "V999", "", "x"];
const usageRow: fc.Arbitrary<RowSpec> = fc.record({
  instrumentId: fc.constantFrom(...instrumentIds),
  antall: number,
  tverretatlig: number,
  sentrale: number,
  belop: number,
});
const actorRow: fc.Arbitrary<RowSpec> = fc.record({
  referanse: fc.constantFrom<CellValue>("A1", "A2", null, "B7"),
  status: fc.constantFrom<CellValue>("Ny", "aktiv", "Avsluttet", null, "?"),
  kapasitet: fc.constantFrom<CellValue>("Redusert", "Økt", "økt", "Uendret", null),
});
const actionRow: fc.Arbitrary<RowSpec> = fc.record({
  dato: fc.constantFrom<CellValue>(45700, "2025-02-01", null),
  virksomheter: number,
  personer: number,
});
const effectRow: fc.Arbitrary<RowSpec> = fc.record({
  indikatorId: fc.constantFrom<CellValue>("EI-BM1-01", "EI-BM2-01", "ei-bm3-01", null),
  utgangsverdi: number,
  malverdi: number,
  resultat: number,
});

const UNITS = ["OSL", "BGO", "TRD", "LINJE"];
const AGENCIES = ["AT", "NAV", "POL", "SKE"];
const REGION: Record<string, string> = { OSL: "øst", TRD: "midt", BGO: "vest", LINJE: "øst" };

const submission: fc.Arbitrary<TemplateSpec> = fc.record({
  unit: fc.constantFrom(...UNITS, "osl"),
  agency: fc.constantFrom(...AGENCIES),
  period: fc.constantFrom("2024", "2025", "2025-T1", "2025-T2"),
  status: fc.constantFrom("Innsendt", "Godkjent", "Utkast", null),
  usage: fc.array(usageRow, { maxLength: 8 }),
  actors: fc.array(actorRow, { maxLength: 4 }),
  actions: fc.array(actionRow, { maxLength: 3 }),
  effects: fc.array(effectRow, { maxLength: 2 }),
});

/** Files: distinct submissions, some given twice (same bytes, maybe another name). */
const files: fc.Arbitrary<ConsolidationInput[]> = fc
  .tuple(fc.array(submission, { minLength: 1, maxLength: 9 }), fc.array(fc.nat(), { maxLength: 3 }))
  .map(([subs, copies]) => {
    const inputs = subs.map((s, i): ConsolidationInput => {
      const name = `${String(s.unit).toUpperCase()}-${s.agency}-${s.period}-${i}.xlsx`;
      return { file: name, hash: JSON.stringify(s), snapshot: template({ ...s, name }) };
    });
    for (const c of copies) {
      const original = inputs[c % inputs.length];
      const name = c % 2 ? original.file : `kopi-${c}.xlsx`;
      inputs.push({ ...original, file: name, snapshot: { ...original.snapshot!, name } });
    }
    return inputs;
  });

function shuffled<T>(list: T[], seed: number): T[] {
  const out = [...list];
  let s = seed || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 16807) % 2147483647;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const numbers = (json: ReturnType<typeof consolidationJson>) => ({
  parameters: json.parameters,
  byUnit: json.byUnit,
  byAgency: json.byAgency,
  byPeriod: json.byPeriod,
  effects: json.effects,
  conflicts: json.conflicts.map((c) => ({ ...c, files: [...c.files].sort() })),
});

describe("consolidation properties", () => {
  it("the flows are the sum of each counted file's own roll-up; counted things are counted once over all files", () => {
    fc.assert(
      fc.property(files, (inputs) => {
        const result = consolidate(inputs, catalogue);
        const counted = result.entries.filter((e) => e.treatment === "counted");
        const own = counted.map((e) => {
          const input = inputs.find((i) => i.file === e.file && i.hash === e.hash)!;
          return rollupWorkbook(input.snapshot!, catalogue).sums;
        });
        const expected = parameterValues(totalSums(model.parameters, own), model.parameters);
        const got = parameterValues(result.total, model.parameters);
        const flows = model.parameters.map((p) => p.counting === null);
        expect(got.filter((_, i) => flows[i])).toEqual(expected.filter((_, i) => flows[i]));
        // An actor or an action in two files counts once: never more than the files' own counts together.
        for (const [i, p] of model.parameters.entries())
          if (!flows[i] && !p.ratio) expect(got[i].value!).toBeLessThanOrEqual(expected[i].value! + 1e-9);
        // The plain sum of the files' published values agrees too, for every additive flow.
        for (const [i, p] of model.parameters.entries()) {
          if (p.ratio || !flows[i]) continue;
          const plain = own.reduce((s, sums) => s + parameterValues(sums, model.parameters)[i].value!, 0);
          expect(expected[i].value).toBeCloseTo(plain, 3);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("does not depend on the order of the files", () => {
    fc.assert(
      fc.property(files, fc.integer({ min: 1, max: 1e9 }), (inputs, seed) => {
        const a = consolidationJson(consolidate(inputs, catalogue));
        const b = consolidationJson(consolidate(shuffled(inputs, seed), catalogue));
        expect(b).toEqual(a);
      }),
      { numRuns: 100 },
    );
  });

  it("a duplicate submission never changes a total", () => {
    fc.assert(
      fc.property(files, fc.nat(), fc.string({ maxLength: 8 }), (inputs, pick, name) => {
        const before = numbers(consolidationJson(consolidate(inputs, catalogue)));
        const original = inputs[pick % inputs.length];
        const copy = { ...original, file: `${name}.xlsx` };
        const after = consolidationJson(consolidate([...inputs, copy], catalogue));
        expect(after.parameters.map((p) => [p.value, p.breakdown])).toEqual(
          before.parameters.map((p) => [p.value, p.breakdown]),
        );
        expect(after.byUnit).toEqual(before.byUnit);
      }),
      { numRuns: 100 },
    );
  });

  it("regional consolidations consolidated again give the national numbers", () => {
    fc.assert(
      fc.property(files, fc.boolean(), (inputs, byRegion) => {
        const direct = numbers(consolidationJson(consolidate(inputs, catalogue)));
        // Files go to their unit's region, or anywhere (a file may then be in two regions).
        const regions = new Map<string, ConsolidationInput[]>();
        inputs.forEach((input, i) => {
          const unit = String(input.snapshot!.sheets[0].rows[1]?.[1] ?? "").toUpperCase();
          const region = byRegion ? (REGION[unit] ?? "annet") : `r${i % 3}`;
          regions.set(region, [...(regions.get(region) ?? []), input]);
        });
        const regional = [...regions].map(([region, list]): ConsolidationInput => {
          const file = `${region}.xlsx`;
          const edits = planConsolidatedWorkbook(consolidate(list, catalogue));
          return { file, hash: `hash-${region}`, snapshot: snapshotFromEdits(edits, file) };
        });
        const national = consolidate(regional, catalogue);
        expect(numbers(consolidationJson(national))).toEqual(direct);
        // Once more, a level up: the national output consolidated alone changes nothing.
        const again = snapshotFromEdits(planConsolidatedWorkbook(national), "nasjonal.xlsx");
        const twice = consolidate([{ file: "nasjonal.xlsx", hash: "n", snapshot: again }], catalogue);
        expect(numbers(consolidationJson(twice))).toEqual(direct);
      }),
      { numRuns: 60 },
    );
  });
});

describe("a damaged consolidated workbook", () => {
  it("never crashes the consolidation, whatever its sheets hold", () => {
    const cell: fc.Arbitrary<CellValue> = fc.oneof(
      fc.constantFrom<CellValue>(
        null,
        "Nr",
        "Fil",
        "Telles med",
        "tblVirkemiddelbruk",
        "Antall",
        "OSL",
        "2025",
        1,
        2,
      ),
      fc.string({ maxLength: 6 }),
      fc.integer({ min: -3, max: 5 }),
      fc.constant<CellValue>({ error: "#REF!" }),
    );
    const sheet = fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 8 });
    fc.assert(
      fc.property(sheet, sheet, sheet, (register, rows, findings) => {
        const good = planConsolidatedWorkbook(consolidate([], catalogue));
        const snap = snapshotFromEdits(good, "skadet.xlsx");
        const put = (name: string, data: CellValue[][]) => {
          const s = snap.sheets.find((x) => x.name === name)!;
          data.forEach((r, i) => (s.rows[4 + i] = r));
        };
        put("Innsendinger", register);
        put("Samlet", rows);
        put("Funn", findings);
        snap.tables = snap.tables.filter(() => false);
        const result = consolidate([{ file: "skadet.xlsx", hash: "s", snapshot: snap }], catalogue);
        expect(() => consolidationJson(result)).not.toThrow();
        expect(() => planConsolidatedWorkbook(result)).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });
});
