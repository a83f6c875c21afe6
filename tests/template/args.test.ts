import { loadCatalogueOption, parseCommandLine } from "../../src/cli/args";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const options = {
  unit: { type: "string" },
  force: { type: "boolean" },
  out: { type: "string", short: "o" },
} as const;

describe("parseCommandLine", () => {
  it("parses long, short and boolean options", () => {
    const r = parseCommandLine(["--unit", "OSL", "-o", "t.xlsx", "--force"], options);
    expect(r.ok && r.values).toEqual({ unit: "OSL", out: "t.xlsx", force: true });
  });
  it("reports an unknown option in both languages", () => {
    const r = parseCommandLine(["--unti", "OSL"], options);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message.nb).toContain("Ukjent valg: --unti");
      expect(r.message.en).toContain("Unknown option: --unti");
    }
  });
  it("reports a missing value", () => {
    const r = parseCommandLine(["--unit"], options);
    expect(!r.ok && r.message.en).toMatch(/--unit/);
  });
  it("refuses surplus positional arguments", () => {
    const r = parseCommandLine(["a.xlsx", "b.xlsx"], options, { maxPositionals: 1 });
    expect(!r.ok && r.message.nb).toContain("b.xlsx");
  });
});

describe("loadCatalogueOption", () => {
  it("uses the bundled catalogue without the option: revision 2026.2", async () => {
    const r = await loadCatalogueOption(undefined);
    expect(r.ok && r.catalogue.version).toBe("2026.2");
  });
  it("still loads the 2026.1 catalogue from a file", async () => {
    const r = await loadCatalogueOption(join(__dirname, "../../src/catalogue/data/catalogue-2026.1.json"));
    expect(r.ok && r.catalogue.version).toBe("2026.1");
  });
  it("explains an unreadable or invalid catalogue", async () => {
    const dir = mkdtempSync(join(tmpdir(), "akrim-args-"));
    expect((await loadCatalogueOption(join(dir, "nope.json"))).ok).toBe(false);
    const bad = join(dir, "bad.json");
    writeFileSync(bad, '{"format":"other"}');
    const r = await loadCatalogueOption(bad);
    expect(!r.ok && r.message.en).toContain("not an a-krim catalogue");
  });
});
