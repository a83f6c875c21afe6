/** `npm run samples`: writes every sample file, readable, with the planted mistakes listed beside them. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defaultCatalogue } from "../../src/catalogue";
import { readSubmission } from "../../src/core/model/submission";
import { generateSamples } from "../../src/core/samples";
import { validateWorkbook } from "../../src/core/validation";
import { readXlsx } from "../../src/workbook/xlsx";

const catalogue = defaultCatalogue();

it("writes the sample year as .xlsx files and mistakes.json", () => {
  const out = mkdtempSync(join(tmpdir(), "akrim-samples-"));
  const r = spawnSync(process.execPath, [require.resolve("tsx/cli"), "scripts/samples.ts", "--out", out], {
    encoding: "utf8",
  });
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  const samples = generateSamples(catalogue);
  const files = readdirSync(out).filter((f) => f.endsWith(".xlsx"));
  expect(files.sort()).toEqual(samples.map((s) => s.fileName).sort());
  const listed = JSON.parse(readFileSync(join(out, "mistakes.json"), "utf8"));
  expect(listed.files.map((f: { file: string }) => f.file).sort()).toEqual(
    samples
      .filter((s) => s.mistakes.length)
      .map((s) => s.fileName)
      .sort(),
  );

  // A planted file reads back as a submission with its identity and the planted value in place.
  const planted = samples.find((s) => s.mistakes.some((m) => m.kind === "misspelt-instrument-id"))!;
  const mistake = planted.mistakes[0];
  const snap = readXlsx(readFileSync(join(out, planted.fileName)), planted.fileName);
  const sub = readSubmission(snap, catalogue);
  expect(sub.structure).toEqual([]);
  expect(sub.identity.unit.cover).toBe(planted.identity.unit);
  expect(sub.identity.period.property).toBe(planted.identity.period);
  const usage = sub.tables.usage!;
  expect(usage.rows.find((row) => row.row === mistake.row)!.cells[0]).toBe(mistake.value);

  // The checks find every planted mistake where the generator says it is, and nothing wrong elsewhere.
  for (const s of samples) {
    const findings = validateWorkbook(readXlsx(readFileSync(join(out, s.fileName)), s.fileName), catalogue);
    const problems = findings.filter((f) => f.severity !== "info" && f.rule !== "read.formula-without-value");
    if (s.mistakes.length === 0 || s.mistakes.every((m) => m.kind === "duplicate-submission")) {
      expect([s.fileName, problems.filter((f) => f.severity === "error")]).toEqual([s.fileName, []]);
      continue;
    }
    for (const m of s.mistakes) {
      const hit = problems.find(
        (f) =>
          f.sheet === m.sheet && f.column === m.column && (m.kind === "deleted-column" || f.row === m.row),
      );
      expect([s.fileName, m.kind, hit !== undefined]).toEqual([s.fileName, m.kind, true]);
    }
  }

  const deleted = samples.find((s) => s.mistakes.some((m) => m.kind === "deleted-column"))!;
  const sub2 = readSubmission(
    readXlsx(readFileSync(join(out, deleted.fileName)), deleted.fileName),
    catalogue,
  );
  expect(sub2.tables.usage!.missingColumns.map((c) => c.header)).toEqual(["Herav tverretatlig"]);
});

it("refuses an unknown option with exit code 2", () => {
  const r = spawnSync(process.execPath, [require.resolve("tsx/cli"), "scripts/samples.ts", "--outdir", "x"], {
    encoding: "utf8",
  });
  expect(r.status).toBe(2);
  expect(r.stderr).toContain("Ukjent valg: --outdir");
});
