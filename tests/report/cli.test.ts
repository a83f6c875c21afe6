/** The `report` command end to end: returns in, a Word document out, exit codes and messages. */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { defaultCatalogue } from "../../src/catalogue";
import { generateSamples, planSample } from "../../src/core/samples";
import { writeXlsx } from "../../src/workbook/xlsx";

const catalogue = defaultCatalogue();
const dir = mkdtempSync(join(tmpdir(), "akrim-report-cli-"));
const pick = ["OSL_AT_2026-T2.xlsx", "OSL_NAV_2026-T2.xlsx", "BGO_AT_2026-T2.xlsx"];
const files = pick.map((f) => join(dir, f));

beforeAll(() => {
  const samples = generateSamples(catalogue);
  for (const name of pick) {
    const s = samples.find((x) => x.fileName === name)!;
    writeFileSync(join(dir, name), writeXlsx(planSample(catalogue, s)));
  }
});

const run = (args: string[]) =>
  spawnSync("npx", ["tsx", "src/cli/main.ts", ...args], { encoding: "utf8", timeout: 110_000 });

const documentXml = (file: string) => strFromU8(unzipSync(readFileSync(file))["word/document.xml"]);

describe("akrim report", () => {
  it("writes the draft as a Word document in Norwegian, and refuses to overwrite it without --force", () => {
    const out = join(dir, "arsrapport.docx");
    const r = run(["report", ...files, "-o", out]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`Skrev ${out}.`);
    const doc = documentXml(out);
    expect(doc).toContain("Brukermål 1: Sentrale trusselaktører");
    expect(doc).toContain("[Styringsgruppens vurdering: skrives her]");
    expect(Object.keys(unzipSync(readFileSync(out)))).toContain("word/charts/chart1.xml");

    const again = run(["report", files[0], "-o", out]);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain("finnes allerede");
    const forced = run(["report", files[0], "-o", out, "--force", "--lang", "en"]);
    expect(forced.status).toBe(0);
    expect(forced.stdout).toContain(`Wrote ${out}.`);
    expect(documentXml(out)).toContain("User goal 1: Key threat actors");
  });

  it("takes the list of expected submissions, as consolidate does", () => {
    // Expected: the three files given, and OSL SKE for the same tertial, which is not among them.
    const list = join(dir, "forventet.tsv");
    writeFileSync(
      list,
      "unit\tagency\tpart\tperiod\nOSL\tAT\tcentre\t2026-T2\nOSL\tNAV\tcentre\t2026-T2\n" +
        "BGO\tAT\tcentre\t2026-T2\nOSL\tSKE\tcentre\t2026-T2\n",
    );
    const out = join(dir, "med-liste.docx");
    const r = run(["report", ...files, "-o", out, "--expected", list]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Mangler: 1 innsending.");
    expect(r.stdout).toMatch(/^ +OSL SKE A-krimsenter 2026-T2$/m);
    expect(existsSync(out)).toBe(true);

    const bad = join(dir, "feil.tsv");
    writeFileSync(bad, "unit\tagency\tpart\tperiod\nOSL\tAT\tcentre\t2026-T2\nOSL\tXX\tcentre\t2026-T2\n");
    const refused = run(["report", ...files, "-o", join(dir, "aldri.docx"), "--expected", bad]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain("feil.tsv");
    expect(refused.stderr).toMatch(/[Ll]inje 3/);
    expect(existsSync(join(dir, "aldri.docx"))).toBe(false);
  });

  it("writes nothing when nothing can be counted, and says why", () => {
    const junk = join(dir, "junk.xlsx");
    writeFileSync(junk, "not a workbook");
    const out = join(dir, "tom.docx");
    const r = run(["report", junk, "-o", out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("Ingen innsending kan telles med");
    expect(existsSync(out)).toBe(false);
  });

  it("refuses wrong usage with exit code 2 and the command's usage", () => {
    const wrongType = run(["report", files[0], "-o", join(dir, "rapport.pdf")]);
    expect(wrongType.status).toBe(2);
    expect(wrongType.stderr).toContain("må slutte på .docx");
    expect(wrongType.stderr).toContain("npm run akrim -- report");
    const noOut = run(["report", files[0], "--lang", "en"]);
    expect(noOut.status).toBe(2);
    expect(noOut.stderr).toContain("Missing -o");
  });
});
