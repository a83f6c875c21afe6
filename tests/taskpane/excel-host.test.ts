/**
 * The Excel host over the Office.js adapter, against the recording Excel stand-in of the adapter's tests:
 * inserting never overwrites (a clash comes back with the workbook's sheet names, and the chosen names are
 * used), the check marks cells and finds the planted mistake, reports never overwrite an earlier report, and
 * the roll-up gives the steering parameters.
 */
import { defaultCatalogue } from "../../src/catalogue";
import { excelHost, PANE_SLOW_AFTER_MS } from "../../src/taskpane/excelHost";
import { FakeExcel } from "../office/fake-excel";
import { IDENTITY, templateWorkbook } from "../office/workbooks";
import { renderMessage, UserError } from "../../src/core/model/user-error";

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

test("a clash with the user's own sheets asks for names and uses them; a second template is refused", async () => {
  const fake = new FakeExcel();
  fake.addSheet("Ark1");
  fake.addSheet("Forside"); // the user's own sheet, not a template
  install(fake);
  const host = excelHost("nb-NO");
  const before = fake.sheets.map((s) => s.name);

  const clash = await host.makeTemplate(catalogue, IDENTITY, {});
  if (clash.ok) throw new Error("expected a clash");
  expect(clash.clashes).toEqual(["Forside"]);
  expect(clash.existingSheets).toEqual(before);
  expect(fake.sheets.map((s) => s.name)).toEqual(before); // nothing written

  expect(await host.makeTemplate(catalogue, IDENTITY, { Forside: "Forside 2" })).toEqual({
    ok: true,
    kind: "inserted",
    name: "Forside 2",
  });
  const after = fake.sheets.map((s) => s.name);
  expect(after).toEqual(
    expect.arrayContaining(["Ark1", "Forside", "Forside 2", "Virkemiddelbruk", "Katalog"]),
  );
  expect(fake.tables.map((t) => t.name)).toEqual(
    expect.arrayContaining(["tblVirkemiddelbruk", "tblAktorer"]),
  );

  // Table names are unique in a workbook: a second template cannot go in, whatever its sheets are called.
  const renames = { Forside: "Forside 3", Virkemiddelbruk: "Virkemiddelbruk 2" };
  const refused = await host.makeTemplate(catalogue, IDENTITY, renames).catch((x: unknown) => x);
  expect(refused).toBeInstanceOf(UserError);
  expect(renderMessage(refused as UserError, "nb")).toContain("tblVirkemiddelbruk");
  expect(fake.sheets.map((s) => s.name)).toEqual(after); // nothing written
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
  // Named after the workbook checked (Oslo, NAV, 2026-T1); the second one numbered, nothing overwritten.
  expect(names).toEqual(
    expect.arrayContaining(["Kontroll Oslo NAV 2026-T1", "Kontroll Oslo NAV 2026-T1 (2)"]),
  );
  expect(new Set(fake.tables.map((t) => t.name)).size).toBe(fake.tables.length);

  const rolled = await host.workbook!.rollUp(catalogue);
  expect(rolled.map((p) => p.id)).toEqual(catalogue.steeringParameters.map((p) => p.id));
  expect(rolled.find((p) => p.id === "SP-ALL-01")!.value).toBeGreaterThan(0);
});

/**
 * Excel answers each request after `ms`; `before(n)` runs as request n is sent. Timing is the fake's (call shapes
 * and order only): how long real Excel takes is not modelled.
 */
function slowExcel(fake: FakeExcel, ms: number, before: (n: number) => void) {
  const realSync = fake.sync.bind(fake);
  const log = { sent: 0, answered: 0 };
  fake.sync = async () => {
    before(++log.sent);
    await new Promise((r) => setTimeout(r, ms));
    try {
      return await realSync();
    } finally {
      log.answered++;
    }
  };
  return log;
}

test("a slow check says so with a way to cancel; cancelled, it stops between requests, never leaving one running", async () => {
  const fake = await templateWorkbook(20);
  const sheet = fake.sheet("Virkemiddelbruk");
  sheet.protection = { protected: true, options: { allowInsertRows: true }, unlocked: [] };
  install(fake);
  let slowCalls = 0;
  let sentAtCancel = 0;
  const started = Date.now();
  const log = slowExcel(fake, 400, () => undefined);
  const host = excelHost("nb-NO");
  const outcome = await host
    .workbook!.check(catalogue, {
      // The user presses Cancel as soon as the pane offers it, while a request is with Excel.
      onSlow: (cancel) => {
        slowCalls++;
        sentAtCancel = log.sent;
        expect(log.answered).toBe(log.sent - 1);
        cancel();
      },
    })
    .then(
      () => "finished",
      (e: unknown) => e,
    );
  expect(slowCalls).toBe(1);
  expect(Date.now() - started).toBeGreaterThanOrEqual(PANE_SLOW_AFTER_MS);
  expect(outcome).toMatchObject({ name: "ExcelFailure", problem: { code: "Cancelled", retry: false } });
  // The request that was with Excel ran to its end; the check gave up only after Excel answered it, and sent
  // nothing new but, at most, what puts protection back.
  expect(log.answered).toBe(log.sent);
  expect(log.sent - sentAtCancel).toBeLessThanOrEqual(2);
  expect(sheet.protection.protected).toBe(true);
  expect(sheet.protection.options).toMatchObject({ allowInsertRows: true });
}, 60_000);

test("quick Excel work never shows itself slow", async () => {
  const fake = await templateWorkbook(20);
  install(fake);
  let slowCalls = 0;
  const host = excelHost("nb-NO");
  await host.workbook!.rollUp(catalogue, { onSlow: () => slowCalls++ });
  await new Promise((r) => setTimeout(r, PANE_SLOW_AFTER_MS + 200));
  expect(slowCalls).toBe(0);
}, 30_000);
