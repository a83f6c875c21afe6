/**
 * The `akrim` command as installed: the esbuild bundles that `prepare` builds, run through the bin launcher with
 * plain Node (no tsx, no TypeScript). Validate and consolidate on real files, the summary-first text output,
 * damaged packages, lock files, plain refusals with the technical reason in JSON only.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strToU8, unzipSync, zipSync } from "fflate";
import { defaultCatalogue } from "../../src/catalogue";
import { generateSamples, planSample } from "../../src/core/samples";
import { readXlsx, writeXlsx } from "../../src/workbook/xlsx";

const root = join(__dirname, "../..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const catalogue = defaultCatalogue();
const dir = mkdtempSync(join(tmpdir(), "akrim-bin-"));
const NAMES = ["OSL_AT_2026-T2.xlsx", "OSL_NAV_2026-T2.xlsx", "BGO_AT_2026-T2.xlsx", "OSL_AT_2026-T1.xlsx"];
const path = (name: string) => join(dir, name);

function akrim(args: string[], opts: { cwd?: string } = {}) {
  const r = spawnSync(process.execPath, [join(root, pkg.bin.akrim), ...args], {
    encoding: "utf8",
    timeout: 60_000,
    cwd: opts.cwd ?? dir,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(() => {
  // What `prepare` runs on install.
  execFileSync(process.execPath, [join(root, "scripts/build-cli.cjs"), "--quiet"], { cwd: root });
  const samples = generateSamples(catalogue);
  for (const name of NAMES)
    writeFileSync(
      path(name),
      writeXlsx(
        planSample(
          catalogue,
          samples.find((s) => s.fileName === name)!,
        ),
      ),
    );
  const parts = unzipSync(readFileSync(path("OSL_AT_2026-T2.xlsx")));
  const { "xl/_rels/workbook.xml.rels": _gone, ...noRels } = parts;
  writeFileSync(path("skadet.xlsx"), zipSync(noRels));
  // A shared-strings part as repetitive as no report is: far above the compression ratio a report can have.
  const sst = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${`<si><t xml:space="preserve">${" ".repeat(2000)}</t></si>`.repeat(10_000)}</sst>`;
  writeFileSync(
    path("ensformig.xlsx"),
    zipSync({ ...parts, "xl/sharedStrings.xml": [strToU8(sst), { level: 9 }] }),
  );
  writeFileSync(path("~$OSL_AT_2026-T2.xlsx"), Buffer.alloc(165, 0x20));
  writeFileSync(
    path(".~lock.OSL_NAV_2026-T2.xlsx#"),
    "Kari Nordmann,kari,PC,02.12.2026 10:00,file:///home/kari;",
  );
});

describe("the bin", () => {
  test("package.json names it, and its bundles load nothing but Node's own modules, each other and the Word library", () => {
    expect(pkg.bin).toEqual({ akrim: "scripts/akrim.cjs" });
    expect(pkg.scripts.prepare).toContain("scripts/build-cli.cjs");
    expect(pkg.scripts.akrim).toBe("node scripts/akrim.cjs");
    const outside = (f: string) => {
      const code = readFileSync(join(root, f), "utf8");
      const required = [...code.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]);
      return required.filter((m) => !m.startsWith("node:") && m !== "./akrim-commands.cjs" && !isBuiltin(m));
    };
    expect(outside("build/akrim.cjs")).toEqual([]);
    // `report` alone requires the Word library, a dependency of the package, when it runs.
    expect(outside("build/akrim-commands.cjs").sort()).toEqual(["docx", "docx/charts"]);
    expect(Object.keys(pkg.dependencies)).toContain("docx");
  });

  test("--version names the product, template and catalogue versions; --help the commands", () => {
    const v = akrim(["--version"]);
    expect(v.code).toBe(0);
    expect(v.out).toBe(
      `akrim-rapport ${pkg.version} (mal / template ${catalogue.template.version}, katalog / catalogue ${catalogue.version})\n`,
    );
    const h = akrim(["--help"]);
    expect(h.code).toBe(0);
    for (const c of ["template", "validate", "rollup", "consolidate", "--version", "--force", "--lang"])
      expect(h.out).toContain(c);
    expect(h.out).toContain("Avslutningskoder");
    expect(akrim(["--help", "--lang", "en"]).out).toContain("Exit codes");
    // A usage error speaks the language asked for, and only that one.
    const bad = akrim(["validate", "x.xlsx", "--format", "xml", "--lang", "en"]);
    expect(bad.code).toBe(2);
    expect(bad.err.split("\n")[0]).toBe("--format must be text or json, not xml.");
    expect(bad.err).not.toMatch(/må være|Bruk:/);
    expect(akrim(["validate", "x.xlsx", "--lang", "de"]).err).toContain(
      "--lang må være nb eller en, ikke de.",
    );
  });

  test("validate: JSON in the contract's shape, exit codes as REPORTING.md", () => {
    const clean = akrim(["validate", path("OSL_AT_2026-T2.xlsx"), "--format", "json"]);
    expect(clean.err).toBe("");
    expect(clean.code).toBe(0);
    const json = JSON.parse(clean.out);
    expect(Object.keys(json)).toEqual(["files", "summary"]);
    expect(json.summary).toEqual({ files: 1, errors: 0, warnings: 0, unreadable: 0 });
    expect(Object.keys(json.files[0])).toEqual(["file", "submission", "findings"]);
    // OSL_AT_2026-T1 carries a planted mistake.
    expect(akrim(["validate", path("OSL_AT_2026-T1.xlsx")]).code).toBe(1);
  });

  test("validate text: the summary first, then only the files that need attention; --verbose lists all", () => {
    const files = NAMES.map(path);
    const r = akrim(["validate", ...files]);
    expect(r.code).toBe(1);
    const lines = r.out.split("\n");
    expect(lines[0]).toBe("4 filer: 1 feil, 0 advarsler.");
    expect(lines[1]).toBe("Innsendinger: 4 fra 2 enheter, 2 etater, 2 perioder.");
    expect(r.out).toContain("OSL_AT_2026-T1.xlsx");
    expect(r.out).not.toContain("BGO_AT_2026-T2.xlsx");
    expect(r.out).toContain("Uten funn: 3 filer (vis med --verbose).");
    expect(r.out).toContain("Slik retter du: ");
    // The same in English with --lang en, and not a word of bokmål in the frame around the findings.
    const en = akrim(["validate", ...files, "--lang", "en"]);
    const enLines = en.out.split("\n");
    expect(enLines[0]).toBe("4 files: 1 error, 0 warnings.");
    expect(enLines[1]).toBe("Submissions: 4 from 2 units, 2 agencies, 2 periods.");
    expect(en.out).toContain("No findings: 3 files (show with --verbose).");
    expect(en.out).toContain("How to fix: ");
    expect(en.out).not.toMatch(/Slik retter du|Uten funn|Innsendinger|Ark:/);
    const all = akrim(["validate", ...files, "--verbose"]);
    for (const n of NAMES) expect(all.out).toContain(n);
    // Not a terminal: no progress line.
    expect(r.err).toBe("");
  });

  test("a damaged package is reported as damaged, with the fix, never read as empty sheets", () => {
    const r = akrim(["validate", path("skadet.xlsx"), path("OSL_AT_2026-T2.xlsx"), "--format", "json"]);
    expect(r.code).toBe(2);
    const f = JSON.parse(r.out).files[0].findings;
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: "file.unreadable", reason: "damaged", key: "xlsx.read.damaged" });
    expect(f[0].message).toContain("er skadet");
    expect(f[0].message).toContain("lagre den på nytt");
    expect(f[0].detail).toContain("workbook.xml.rels");
    expect(r.err).toContain("er skadet");
    // The same refusal in the language asked for.
    const en = akrim(["validate", path("skadet.xlsx"), "--lang", "en"]);
    expect(en.code).toBe(2);
    expect(en.out + en.err).toContain("“skadet.xlsx” is damaged: parts of the workbook are missing");
    expect(en.out + en.err).not.toContain("er skadet");
  });

  test("Excel and LibreOffice lock files are skipped with a note, not an error", () => {
    const args = [
      "validate",
      path("OSL_AT_2026-T2.xlsx"),
      path("~$OSL_AT_2026-T2.xlsx"),
      path(".~lock.OSL_NAV_2026-T2.xlsx#"),
    ];
    const text = akrim(args);
    expect(text.code).toBe(0);
    expect(text.out.split("\n")[0]).toBe("1 fil: 0 feil, 0 advarsler, 2 låsefiler hoppet over.");
    expect(text.out).toContain("er en låsefil som Excel eller LibreOffice lager");
    const json = JSON.parse(akrim([...args, "--format", "json"]).out);
    expect(json.summary).toEqual({ files: 1, errors: 0, warnings: 0, unreadable: 0 });
    expect(json.skipped.map((s: { reason: string }) => s.reason)).toEqual(["lock-file", "lock-file"]);
  });

  test("a file too repetitive to be a report is refused in plain words; the technical reason is in JSON only", () => {
    const text = akrim(["validate", path("ensformig.xlsx")]);
    expect(text.code).toBe(2);
    expect(text.out + text.err).toContain("større eller mer ensformig enn en rapport kan være");
    expect(text.out + text.err).not.toMatch(/zip|bomb|ratio/i);
    const f = JSON.parse(akrim(["validate", path("ensformig.xlsx"), "--format", "json"]).out).files[0]
      .findings[0];
    expect(f.reason).toBe("zip-bomb");
    expect(f.detail).toMatch(/sharedStrings\.xml.*compression ratio/);
  });

  test("consolidate: writes the workbook, summary first, lock files skipped, JSON as the contract", () => {
    const out = path("region.xlsx");
    const files = [...NAMES.map(path), path("~$OSL_AT_2026-T2.xlsx")];
    const r = akrim(["consolidate", ...files, "-o", out]);
    expect(r.code).toBe(1);
    // The warnings are the consolidation's own: the joint actions OSL's agencies report with different
    // figures (worked out from the sample rows below), counted once with the largest.
    const samples = generateSamples(catalogue).filter((s) => NAMES.includes(s.fileName));
    const figures = new Map<string, Set<number>>();
    for (const s of samples)
      for (const a of s.data.tables.actions ?? [])
        figures.set(
          `${s.identity.unit}/${String(a.aksjonsId)}`,
          (figures.get(`${s.identity.unit}/${String(a.aksjonsId)}`) ?? new Set()).add(Number(a.virksomheter)),
        );
    const rows = samples.flatMap((s) =>
      (s.data.tables.actions ?? []).filter(
        (a) => (figures.get(`${s.identity.unit}/${String(a.aksjonsId)}`)?.size ?? 0) > 1,
      ),
    );
    expect(r.out.split("\n")[0]).toBe(
      `4 innsendinger, 4 telles med: 1 feil, ${rows.length} advarsler, 1 låsefil hoppet over.`,
    );
    expect(r.out).toContain("Trenger oppfølging (1):");
    expect(r.out).toContain("Styringsparametre (totalt):");
    expect(r.out).toContain("3 andre innsendinger trenger ingen oppfølging (vis alle med --verbose).");
    const en = akrim(["consolidate", ...files, "-o", path("region-en.xlsx"), "--lang", "en"]);
    expect(en.out.split("\n")[0]).toBe(
      `4 submissions, 4 counted: 1 error, ${rows.length} warnings, 1 lock file skipped.`,
    );
    expect(en.out).toContain("Need attention (1):");
    expect(en.out).toContain("3 other submissions need no attention (show all with --verbose).");
    expect(en.out).toContain("Steering parameters (total):");
    expect(en.out).toContain("SP-ALL-01  Total instrument use: ");
    expect(en.out).not.toMatch(/Trenger|Styringsparametre|telles|Virkemiddelbruk/);
    expect(readXlsx(readFileSync(out), "region.xlsx").sheets.map((s) => s.name)).toContain("Samlet");
    const j = akrim(["consolidate", ...files, "-o", path("region2.xlsx"), "--format", "json"]);
    const json = JSON.parse(j.out);
    expect(Object.keys(json)).toEqual(
      expect.arrayContaining(["files", "conflicts", "parameters", "skipped"]),
    );
    expect(json.files).toHaveLength(4);
  });

  test("npm run akrim runs the same bin", () => {
    const r = spawnSync("npm", ["run", "--silent", "akrim", "--", "--version"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`akrim-rapport ${pkg.version}`);
  });
});

function isBuiltin(m: string): boolean {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require("node:module") as typeof import("node:module")).builtinModules.includes(m);
}
