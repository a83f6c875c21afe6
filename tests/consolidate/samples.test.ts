/**
 * A year of realistic returns (npm run samples): both parts, a missing return, shared actors, joint actions
 * reported by every agency taking part, and messy workbooks. The expected figures are worked out here from the
 * rows the generator wrote, by a plain reading of the rules, not by the engine.
 */
import { defaultCatalogue } from "../../src/catalogue";
import { consolidate, consolidationJson } from "../../src/core/consolidate";
import { generateSampleSet, planSample, type SampleFile } from "../../src/core/samples";
import type { RowData } from "../../src/core/template";
import { validateWorkbook } from "../../src/core/validation";
import { snapshotFromEdits } from "./apply";

const catalogue = defaultCatalogue();
const { files: samples, omitted } = generateSampleSet(catalogue);
const inputs = samples.map((s) => {
  const snapshot = snapshotFromEdits(planSample(catalogue, s), s.fileName);
  return { file: s.fileName, hash: s.fileName, snapshot, findings: validateWorkbook(snapshot, catalogue) };
});
const result = consolidate(inputs, catalogue);
const json = consolidationJson(result);
const value = (id: string) => json.parameters.find((p) => p.id === id)!;

const clean = (v: unknown) => (typeof v === "string" ? v.replace(/[\s\u200b]+/g, " ").trim() : v);
const key = (v: unknown) => String(clean(v) ?? "").toLowerCase();
const TOTAL = new Set(["sum", "summer", "totalt", "total", "i alt"]);

/** The files counted: every one but the two different returns for OSL POL 2026-T2 (a conflict, none counts). */
const counted: SampleFile[] = samples.filter(
  (s) => !(s.identity.unit === "OSL" && s.identity.agency === "POL" && s.identity.period === "2026-T2"),
);
const rows = (s: SampleFile, table: "usage" | "actors" | "actions"): RowData[] => s.data.tables[table] ?? [];

describe("a year of realistic returns, consolidated", () => {
  it("counts every return but the unresolved pair", () => {
    const notCounted = result.entries.filter((e) => e.treatment !== "counted").map((e) => e.file);
    expect(notCounted.sort()).toEqual(["OSL_POL_2026-T2.xlsx", "OSL_POL_2026-T2_korrigert.xlsx"]);
    expect(result.parts).toEqual(["A-krimsenter", "Etatslinje"]);
  });

  it("names exactly the returns the samples leave out as missing, a warning each", () => {
    expect(omitted).toEqual([{ unit: "FRO", agency: "NAV", part: "A-krimsenter", period: "2026-T3" }]);
    expect(json.missing).toEqual(omitted);
    expect(result.missing.map(({ contact: _contact, ...m }) => m)).toEqual(omitted);
    expect(json.findings.map((f) => [f.rule, f.severity, f.value])).toEqual(
      omitted.map((m) => [
        "consolidate.missing-submission",
        "warning",
        `${m.unit} · ${m.agency} · ${m.part} · ${m.period}`,
      ]),
    );
  });

  it("SP-ALL-01 is the Antall of every row with a known instrument, and the sum of the user goals", () => {
    let expected = 0;
    const byGoal: Record<string, number> = { BM1: 0, BM2: 0, BM3: 0 };
    for (const s of counted)
      for (const r of rows(s, "usage")) {
        const ins = catalogue.lookup.instrument.get(String(clean(r.instrumentId) ?? "").toUpperCase());
        if (ins && typeof r.antall === "number") {
          expected += r.antall;
          byGoal[ins.goal] += r.antall;
        }
      }
    const all = value("SP-ALL-01");
    expect(all.value).toBe(expected);
    expect(all.breakdown["SP-ALL-01/BM1"]).toBe(byGoal.BM1);
    expect(all.breakdown["SP-ALL-01/BM2"]).toBe(byGoal.BM2);
    expect(all.breakdown["SP-ALL-01/BM3"]).toBe(byGoal.BM3);
    expect(all.value).toBe(byGoal.BM1 + byGoal.BM2 + byGoal.BM3);
  });

  it("each joint action counts once per unit, with its largest figures", () => {
    const actions = new Map<string, { businesses: number; persons: number }>();
    let alone = 0;
    for (const s of counted)
      for (const a of rows(s, "actions")) {
        if (a.aksjonsId === undefined || a.aksjonsId === null) {
          alone++;
          continue;
        }
        const k = `${s.identity.unit}/${key(a.aksjonsId)}`;
        const was = actions.get(k) ?? { businesses: 0, persons: 0 };
        actions.set(k, {
          businesses: Math.max(was.businesses, Number(a.virksomheter ?? 0)),
          persons: Math.max(was.persons, Number(a.personer ?? 0)),
        });
      }
    const sum = (f: (x: { businesses: number; persons: number }) => number) =>
      [...actions.values()].reduce((n, x) => n + f(x), 0);
    expect(value("SP-BM2-04").value).toBe(actions.size + alone);
    expect(value("SP-BM2-05").value).toBe(sum((x) => x.businesses) + rowsWithoutId("virksomheter"));
    expect(value("SP-BM2-06").value).toBe(sum((x) => x.persons) + rowsWithoutId("personer"));
  });

  it("each threat actor counts once per unit, with its latest period's least favourable status", () => {
    const rank = ["aktiv", "ny", "avsluttet"];
    const latest = new Map<string, { period: string; statuses: string[] }>();
    for (const s of counted)
      for (const a of rows(s, "actors")) {
        const k = `${s.identity.unit}/${key(a.referanse)}`;
        const was = latest.get(k);
        const status = key(a.status);
        if (!was || s.identity.period > was.period)
          latest.set(k, { period: s.identity.period, statuses: [status] });
        else if (s.identity.period === was.period) was.statuses.push(status);
      }
    const active = [...latest.values()].filter((x) => {
      const best = x.statuses
        .filter((v) => rank.includes(v))
        .sort((a, b) => rank.indexOf(a) - rank.indexOf(b))[0];
      return best === "aktiv" || best === "ny";
    }).length;
    expect(value("SP-BM1-07").value).toBe(active);
  });

  it("every file's findings explain every row that was not counted", () => {
    for (const s of counted) {
      const findings = json.files.find((f) => f.file === s.fileName)!.findings;
      rows(s, "usage").forEach((r, i) => {
        const sheetRow = i + 2;
        const known = catalogue.lookup.instrument.has(String(clean(r.instrumentId) ?? "").toUpperCase());
        const isTotal = TOTAL.has(key(r.instrumentId));
        const hasNumber = r.antall !== undefined && r.antall !== null;
        if ((known && (typeof r.antall === "number" || !hasNumber)) || !hasNumber) return;
        const said = findings.some((f) => f.sheet === "Virkemiddelbruk" && f.row === sheetRow);
        if (!said)
          throw new Error(
            `${s.fileName} row ${sheetRow} (${String(r.instrumentId)}) is not counted and no finding says so`,
          );
        if (isTotal)
          expect(findings.some((f) => f.rule === "cell.total-row" && f.row === sheetRow)).toBe(true);
      });
    }
  });

  it("reports the joint actions whose agencies gave different figures", () => {
    const warned = json.files.flatMap((f) =>
      f.findings.filter((x) => x.rule === "consolidate.action-disagreement"),
    );
    const differing = new Map<string, Set<number>>();
    for (const s of counted)
      for (const a of rows(s, "actions"))
        if (a.aksjonsId)
          differing.set(
            `${s.identity.unit}/${a.aksjonsId}`,
            (differing.get(`${s.identity.unit}/${a.aksjonsId}`) ?? new Set()).add(Number(a.virksomheter)),
          );
    const expected = [...differing.values()].filter((v) => v.size > 1).length;
    expect(expected).toBeGreaterThan(0);
    expect(new Set(warned.map((w) => w.value)).size).toBe(expected);
  });
});

function rowsWithoutId(column: string): number {
  let n = 0;
  for (const s of counted)
    for (const a of rows(s, "actions"))
      if (a.aksjonsId === undefined || a.aksjonsId === null)
        n += typeof a[column] === "number" ? (a[column] as number) : 0;
  return n;
}
