/** The `rollup` and `consolidate` commands end to end: files in, workbook and JSON out, exit codes. */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defaultCatalogue } from "../../src/catalogue";
import { generateSamples, planSample } from "../../src/core/samples";
import { readXlsx, writeXlsx } from "../../src/workbook/xlsx";

const catalogue = defaultCatalogue();
const dir = mkdtempSync(join(tmpdir(), "akrim-consolidate-cli-"));
const samplesDir = dir;

beforeAll(() => {
  const samples = generateSamples(catalogue);
  for (const name of ["OSL_AT_2026-T2.xlsx", "OSL_NAV_2026-T2.xlsx", "BGO_AT_2026-T2.xlsx"]) {
    const s = samples.find((x) => x.fileName === name)!;
    writeFileSync(join(dir, name), writeXlsx(planSample(catalogue, s)));
  }
});

describe("the command line", () => {
  const run = (args: string[]) =>
    spawnSync("npx", ["tsx", "src/cli/main.ts", ...args], { encoding: "utf8", timeout: 110_000 });
  const pick = ["OSL_AT_2026-T2.xlsx", "OSL_NAV_2026-T2.xlsx", "BGO_AT_2026-T2.xlsx"];

  it("consolidate writes the workbook and prints the contract's JSON; exit 0 on clean files", () => {
    const out = join(dir, "cli.xlsx");
    const r = run(["consolidate", ...pick.map((f) => join(samplesDir, f)), "-o", out, "--format", "json"]);
    expect(r.stderr).toBe("");
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(expect.arrayContaining(["files", "conflicts", "parameters"]));
    expect(json.files.map((f: { file: string }) => f.file)).toEqual(pick.slice().sort());
    expect(json.files[0].submission).toMatchObject({ unit: "BGO", agency: "AT", period: "2026-T2" });
    expect(json.parameters[0]).toEqual(expect.objectContaining({ id: "SP-BM1-01", breakdown: {} }));
    expect(readXlsx(readFileSync(out), "cli.xlsx").sheets.map((s) => s.name)).toContain("Samlet");
    // The consolidated workbook rolls up to the same totals.
    const rolled = JSON.parse(run(["rollup", out, "--format", "json"]).stdout);
    expect(rolled.parameters).toEqual(
      json.parameters.map(({ lineage: _lineage, ...p }: { lineage: unknown }) => p),
    );
    expect(r.status).toBe(json.summary.errors > 0 ? 1 : 0);
    // The same output is not silently overwritten.
    const again = run(["consolidate", join(samplesDir, pick[0]), "-o", out]);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain("finnes allerede");
  });

  it("consolidate exits 2 when a file cannot be read, and still consolidates the others", () => {
    const junk = join(dir, "junk.xlsx");
    writeFileSync(junk, "not a workbook");
    const r = run([
      "consolidate",
      junk,
      join(samplesDir, pick[0]),
      "-o",
      join(dir, "cli2.xlsx"),
      "--format",
      "json",
    ]);
    expect(r.status).toBe(2);
    const json = JSON.parse(r.stdout);
    const status = Object.fromEntries(
      json.files.map((f: { file: string; status: string }) => [f.file, f.status]),
    );
    expect(status).toEqual({ "junk.xlsx": "unreadable", [pick[0]]: "counted" });
  });

  it("consolidate --expected takes the list of expected submissions, and names the line of a malformed one", () => {
    const list = join(dir, "forventet.tsv");
    writeFileSync(
      list,
      "unit\tagency\tpart\tperiod\nOSL\tAT\tcentre\t2026-T2\nOSL\tPOL\tcentre\t2026-T2\nBGO\tSKE\tA-krimsenter\t2026-T2\n",
    );
    const files = pick.map((f) => join(samplesDir, f));
    const r = run([
      "consolidate",
      ...files,
      "-o",
      join(dir, "cli3.xlsx"),
      "--expected",
      list,
      "--format",
      "json",
    ]);
    const json = JSON.parse(r.stdout);
    expect(json.expectedFrom).toBe("list");
    expect(json.missing).toEqual([
      { unit: "OSL", agency: "POL", part: "A-krimsenter", period: "2026-T2" },
      { unit: "BGO", agency: "SKE", part: "A-krimsenter", period: "2026-T2" },
    ]);
    expect(json.summary.missing).toBe(2);
    // Missing submissions are warnings: they do not change the exit code.
    expect(r.status).toBe(json.summary.errors > 0 ? 1 : 0);
    const text = run(["consolidate", ...files, "-o", join(dir, "cli4.xlsx"), "--expected", list]);
    expect(text.stdout).toContain("Mangler: 2 innsendinger.");
    expect(text.stdout).toContain("  OSL POL A-krimsenter 2026-T2");

    writeFileSync(list, "unit\tagency\tpart\tperiod\nOSL\tAT\tcentre\t2026-T2\nOSL\tAT\tcentre\tT2\n");
    const bad = run(["consolidate", ...files, "-o", join(dir, "cli5.xlsx"), "--expected", list]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("forventet.tsv: Linje 3: ugyldig periode «T2»");
    expect(existsSync(join(dir, "cli5.xlsx"))).toBe(false);
  });

  it("consolidate writes nothing when no file can be read, and says why", () => {
    const junk = join(dir, "junk2.xlsx");
    writeFileSync(junk, "not a workbook");
    const out = join(dir, "nothing.xlsx");
    const r = run(["consolidate", junk, "-o", out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("junk2.xlsx");
    expect(r.stderr).toContain("Ingen av filene kunne leses, så ingen sammenstilling er skrevet.");
    expect(existsSync(out)).toBe(false);
  });

  it("rollup prints exactly the roll-up JSON", () => {
    const r = run(["rollup", join(samplesDir, pick[0]), "--format", "json"]);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(["parameters"]);
    expect(Object.keys(json.parameters[0])).toEqual(["id", "name", "value", "breakdown"]);
    expect(json.parameters.map((p: { id: string }) => p.id)).toEqual(
      catalogue.steeringParameters.map((p) => p.id),
    );
    expect([0, 1]).toContain(r.status);
    expect(run(["rollup"]).status).toBe(2);
    expect(run(["rollup", join(dir, "missing.xlsx")]).status).toBe(2);
  });
});
