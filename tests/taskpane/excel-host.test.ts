/**
 * The Excel host over the Office.js adapter, against the recording Excel stand-in of the adapter's tests:
 * inserting never overwrites (a clash comes back with the workbook's sheet names, and the chosen names are
 * used), the check marks cells and finds the planted mistake, reports never overwrite an earlier report, and
 * the roll-up gives the steering parameters.
 */
import { defaultCatalogue } from "../../src/catalogue";
import { excelHost } from "../../src/taskpane/excelHost";
import { FakeExcel } from "../office/fake-excel";
import { IDENTITY, templateWorkbook } from "../office/workbooks";

const catalogue = defaultCatalogue();

function install(fake: FakeExcel) {
  Object.assign(globalThis, {
    Excel: { run: fake.run },
    Office: {
      PlatformType: { OfficeOnline: "OfficeOnline", PC: "PC" },
      context: { platform: "PC", requirements: { isSetSupported: fake.isSetSupported } },
    },
  });
}

afterEach(() => {
  delete (globalThis as any).Excel;
  delete (globalThis as any).Office;
});

test("inserts the template, and on a second insert reports the clashes and uses the names chosen", async () => {
  const fake = new FakeExcel();
  fake.addSheet("Ark1");
  install(fake);
  const host = excelHost("nb-NO");
  expect(await host.makeTemplate(catalogue, IDENTITY, {})).toEqual({
    ok: true,
    kind: "inserted",
    name: "Forside",
  });
  const before = fake.sheets.map((s) => s.name);
  expect(before).toEqual(expect.arrayContaining(["Ark1", "Forside", "Virkemiddelbruk", "Katalog"]));

  const clash = await host.makeTemplate(catalogue, IDENTITY, {});
  if (clash.ok) throw new Error("expected a clash");
  expect(clash.clashes).toContain("Forside");
  expect(clash.existingSheets).toEqual(before);
  expect(fake.sheets.map((s) => s.name)).toEqual(before); // nothing written

  const renames = Object.fromEntries(clash.clashes.map((s) => [s, `${s} 2`]));
  expect(await host.makeTemplate(catalogue, IDENTITY, renames)).toMatchObject({
    ok: true,
    name: "Forside 2",
  });
  expect(fake.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(["Forside 2", "Virkemiddelbruk 2"]));
});

test("checks the open workbook, lists the planted mistake, and writes reports without overwriting", async () => {
  const fake = await templateWorkbook(20);
  install(fake);
  const host = excelHost("nb-NO");
  const checked = await host.workbook!.check(catalogue);
  expect(checked.submission).toMatchObject({ unit: "OSL", agency: "NAV", period: "2026-T1" });
  const mistake = checked.findings.find((f) => f.value === "mange");
  expect(mistake).toMatchObject({ sheet: "Virkemiddelbruk", column: "Antall", severity: "error" });

  expect(await host.exportReport(catalogue, [checked])).toBe("written");
  expect(await host.exportReport(catalogue, [checked])).toBe("written");
  const names = fake.sheets.map((s) => s.name);
  expect(names).toEqual(expect.arrayContaining(["Kontrollrapport", "Kontrollrapport (2)"]));
  expect(new Set(fake.tables.map((t) => t.name)).size).toBe(fake.tables.length);

  const rolled = await host.workbook!.rollUp(catalogue);
  expect(rolled.map((p) => p.id)).toEqual(catalogue.steeringParameters.map((p) => p.id));
  expect(rolled.find((p) => p.id === "SP-ALL-01")!.value).toBeGreaterThan(0);
});
