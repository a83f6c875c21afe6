import { defaultCatalogue } from "../../src/catalogue";
import { parsePeriod } from "../../src/core/period";
import { generateSamples, planSample, PLANTED_FNR, sampleUnits } from "../../src/core/samples";
import { Random } from "../../src/core/samples/random";

const catalogue = defaultCatalogue();
const samples = generateSamples(catalogue);
const clean = samples.filter((s) => s.mistakes.length === 0);

describe("sample generator", () => {
  it("is deterministic and pure data", () => {
    expect(JSON.stringify(generateSamples(catalogue))).toBe(JSON.stringify(samples));
    expect(JSON.stringify(generateSamples(catalogue, { seed: 7 }))).not.toBe(JSON.stringify(samples));
  });

  it("covers every centre and local cooperation × reporting agency × tertial, but one return that never came", () => {
    expect(samples.length).toBeGreaterThanOrEqual(120);
    const units = sampleUnits(catalogue);
    expect(units).toHaveLength(11);
    expect(units).not.toContain("LINJE");
    const missing: string[] = [];
    for (const unit of units) {
      for (const agency of ["AT", "NAV", "POL", "SKE"]) {
        for (const t of [1, 2, 3]) {
          const name = `${unit}_${agency}_2026-T${t}.xlsx`;
          if (!samples.some((s) => s.fileName === name)) missing.push(name);
        }
      }
    }
    expect(missing).toEqual(["FRO_NAV_2026-T3.xlsx"]);
    expect(samples.filter((s) => s.identity.agency === "TOLL").map((s) => s.identity.unit)).toContain("ALT");
    expect(new Set(samples.map((s) => s.fileName)).size).toBe(samples.length);
  });

  it("has both parts of the effort: the agency lines' returns, national and for Oslo", () => {
    const line = samples.filter((s) => s.identity.part === "line");
    expect(line.filter((s) => s.identity.unit === "LINJE")).toHaveLength(12);
    expect(line.filter((s) => s.identity.unit === "OSL").map((s) => s.fileName)).toContain(
      "OSL_AT_2026-T1_linje.xlsx",
    );
    for (const s of line) expect(s.data.tables.actors ?? []).toEqual([]);
    // Most covers give Årsverk.
    const given = samples.filter((s) => typeof s.data.personYears === "number").length;
    expect(given / samples.length).toBeGreaterThan(0.8);
  });

  it("lists shared actors and joint actions in every agency's return that takes part", () => {
    const osl = samples.filter(
      (s) => s.identity.unit === "OSL" && s.identity.period === "2026-T3" && !s.identity.part,
    );
    const refs = new Map<string, Set<string>>();
    for (const s of osl)
      for (const a of s.data.tables.actors ?? [])
        refs.set(String(a.referanse), (refs.get(String(a.referanse)) ?? new Set()).add(s.identity.agency));
    expect([...refs.values()].some((agencies) => agencies.size > 1)).toBe(true);
    const ids = new Map<string, number>();
    for (const s of samples)
      for (const a of s.data.tables.actions ?? [])
        ids.set(String(a.aksjonsId), (ids.get(String(a.aksjonsId)) ?? 0) + 1);
    expect([...ids.values()].some((n) => n > 1)).toBe(true);
  });

  it("has national totals of the order the joint annual reports publish", () => {
    const counted = samples.filter((s) => !s.fileName.includes("korrigert"));
    // One joint action is one action: each Aksjons-ID once, with its largest figure.
    const largest = new Map<string, number>();
    for (const a of counted.flatMap((s) => s.data.tables.actions ?? []))
      largest.set(
        String(a.aksjonsId),
        Math.max(largest.get(String(a.aksjonsId)) ?? 0, Number(a.virksomheter ?? 0)),
      );
    expect(largest.size).toBeGreaterThan(40);
    expect(largest.size).toBeLessThan(110);
    const businesses = [...largest.values()].reduce((n, x) => n + x, 0);
    expect(businesses).toBeGreaterThan(1000);
    expect(businesses).toBeLessThan(3500);
    const byRef = new Map(
      counted
        .filter((s) => s.identity.period.endsWith("T3"))
        .flatMap((s) => s.data.tables.actors ?? [])
        .map((a) => [String(a.referanse), a]),
    );
    const actorsT3 = [...byRef.values()];
    expect(actorsT3.length).toBeGreaterThan(80);
    expect(actorsT3.length).toBeLessThan(180);
    const reduced = actorsT3.filter((a) => a.kapasitet === "Redusert").length / actorsT3.length;
    expect(reduced).toBeGreaterThan(0.25);
    expect(reduced).toBeLessThan(0.55);
  });

  it("plants each kind of mistake in the file it names", () => {
    const planted = samples.flatMap((s) => s.mistakes.map((m) => ({ ...m, file: s })));
    const kinds = new Set(planted.map((m) => m.kind));
    expect(kinds.size).toBe(14);
    expect(samples.filter((s) => s.mistakes.length).length).toBeGreaterThanOrEqual(6);
    const cell = (kind: string) => {
      const m = planted.find((p) => p.kind === kind)!;
      const key = m.sheet === "Virkemiddelbruk" ? "usage" : m.sheet === "Aksjoner" ? "actions" : "actors";
      const spec = catalogue.lookup.table.get(key)!;
      const col = spec.columns.find((c) => c.header === m.column)!.key;
      return { m, value: m.file.data.tables[key]![m.row! - 2][col] };
    };
    expect(cell("text-in-number").value).toMatch(/^\d+ stk$/);
    const herav = planted.find((p) => p.kind === "herav-exceeds-antall")!;
    const row = herav.file.data.tables.usage![herav.row! - 2];
    expect(Number(row.tverretatlig)).toBeGreaterThan(Number(row.antall));
    expect(cell("misspelt-instrument-id").value).toBe("V1O1");
    const date = cell("date-outside-period");
    const period = parsePeriod(date.m.file.identity.period)!;
    expect(String(date.value) < period.start || String(date.value) > period.end).toBe(true);
    expect(cell("actor-name").value).toBe("Kari Nordmann");
    expect(String(cell("personal-id-in-comment").value)).toContain(PLANTED_FNR);
    const dup = planted.filter((p) => p.kind === "duplicate-submission");
    expect(dup).toHaveLength(2);
    expect(dup[0].file.identity).toEqual(dup[1].file.identity);
    expect(dup[0].otherFile).toBe(dup[1].file.fileName);
    expect(planted.find((p) => p.kind === "deleted-column")!.file.data.omitColumns).toEqual({
      usage: ["tverretatlig"],
    });
  });

  it("keeps the other files free of those mistakes", () => {
    const keys = new Set<string>();
    for (const s of clean) {
      const period = parsePeriod(s.identity.period)!;
      const key = `${s.identity.unit}/${s.identity.agency}/${s.identity.period}/${s.identity.part ?? "centre"}`;
      expect(keys.has(key)).toBe(false);
      keys.add(key);
      for (const r of s.data.tables.usage ?? []) {
        expect(catalogue.lookup.instrument.has(String(r.instrumentId))).toBe(true);
        for (const k of ["antall", "tverretatlig", "sentrale", "belop"]) {
          if (r[k] !== undefined) expect(typeof r[k]).toBe("number");
        }
        if (typeof r.tverretatlig === "number") expect(r.tverretatlig).toBeLessThanOrEqual(Number(r.antall));
        if (typeof r.sentrale === "number") expect(r.sentrale).toBeLessThanOrEqual(Number(r.antall));
        expect(String(r.kommentar ?? "")).not.toMatch(/\d{11}/);
      }
      for (const a of s.data.tables.actions ?? []) {
        expect(String(a.dato) >= period.start && String(a.dato) <= period.end).toBe(true);
      }
      for (const a of s.data.tables.actors ?? []) expect(String(a.referanse)).toMatch(/^[A-Z]+-A\d{3}$/);
    }
  });

  it("plans every file as a filled template", () => {
    for (const s of samples.slice(0, 5)) expect(planSample(catalogue, s).length).toBeGreaterThan(50);
  });
});

describe("Random", () => {
  it("repeats its sequence for a seed and stays in range", () => {
    const a = new Random(42);
    const b = new Random(42);
    for (let i = 0; i < 1000; i++) {
      const x = a.next();
      expect(x).toBe(b.next());
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
    const r = new Random(1);
    for (let i = 0; i < 200; i++) {
      const n = r.int(3, 5);
      expect(n >= 3 && n <= 5).toBe(true);
    }
  });
});
