/**
 * The production build's task pane in Chromium, in file mode, doing the product's work as a user would:
 * download a template and read it back; check the sample workbooks and see each planted mistake listed;
 * consolidate them, download the result and compare its numbers with the roll-up engine; switch language;
 * do a whole task by keyboard alone. axe-core is run in every state reached, every request is recorded and
 * must stay on the page's own origin, and each section is photographed for the user guide.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Locator, Page } from "playwright-core";
import { defaultCatalogue } from "../../src/catalogue";
import { rollupModel, rollupWorkbook, combine, parameterValues } from "../../src/core/rollup";
import { findSheet, type WorkbookSnapshot } from "../../src/core/model/snapshot";
import { sampleSelection, buildSamples } from "../../src/taskpane/work";
import { readXlsx } from "../../src/workbook/xlsx";
import { expectNoAxeViolations } from "./support/axe";
import { download, foreignRequests, launchBrowser, type Browser } from "./support/browser";
import { ensureProductionBuild, ROOT } from "./support/build";
import { standInForOfficeCdn, type OfficeCdn } from "./support/office-cdn";
import { serveStatic, type StaticServer } from "./support/server";

const SHOTS = join(ROOT, "docs", "screenshots");
const catalogue = defaultCatalogue();
const samples = sampleSelection(catalogue);

let server: StaticServer;
let browser: Browser;
let cdn: OfficeCdn;
let page: Page;

async function open(p: Page) {
  await p.goto(`${server.origin}/taskpane.html`, { waitUntil: "load" });
  await p.getByRole("tab", { name: "Maler" }).waitFor();
}

const noAxeViolations = (state: string) => expectNoAxeViolations(page, state);

/** Scrolls so that the element is at the top of the pane, for a picture of what follows it. */
async function scrollToTop(locator: Locator) {
  await locator.evaluate((el) => el.scrollIntoView({ block: "start" }));
}

function cell(snapshot: WorkbookSnapshot, sheet: string, row: number, col: number) {
  return findSheet(snapshot, sheet)?.rows[row]?.[col] ?? null;
}

beforeAll(async () => {
  server = await serveStatic(ensureProductionBuild());
  browser = await launchBrowser();
  // Nothing may leave the machine: a request to another origin is refused and recorded.
  cdn = await standInForOfficeCdn(browser.context, server.origin);
  page = browser.page;
  await open(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test("opens in file mode, in bokmål, with four sections", async () => {
  expect(await page.getAttribute("html", "lang")).toBe("nb");
  expect(await page.getByRole("tab").allInnerTexts()).toEqual([
    "Maler",
    "Kontroll",
    "Sammenstilling",
    "Katalog",
  ]);
  await page.getByText("Filmodus").waitFor();
  await noAxeViolations("Maler");
});

test("downloads a template for the chosen unit, agency and period, and the file reads back", async () => {
  await page.getByRole("combobox", { name: "Rapporteringsenhet" }).click();
  await page.getByRole("option", { name: "Bergen" }).click();
  await page.getByRole("combobox", { name: "Etat" }).click();
  await page.getByRole("option", { name: "Politiet" }).click();
  await page.getByRole("combobox", { name: "Periodetype" }).click();
  await page.getByRole("option", { name: "Hele året" }).click();
  const year = await page.getByRole("combobox", { name: "År" }).innerText();
  const file = await download(page, () => page.getByRole("button", { name: "Last ned malen" }).click());
  expect(file.name).toBe(`BGO_POL_${year}.xlsx`);
  const snapshot = readXlsx(file.bytes, file.name);
  expect(snapshot.sheets.map((s) => s.name)).toEqual([
    "Forside",
    "Virkemiddelbruk",
    "Aktører",
    "Aksjoner",
    "Effekter",
    "Styringsparametre",
    "Katalog",
  ]);
  expect(snapshot.properties.get("AkrimRapporteringsenhet")).toBe("BGO");
  expect(snapshot.properties.get("AkrimEtat")).toBe("POL");
  expect(snapshot.properties.get("AkrimPeriode")).toBe(year);
  await page.getByText(`Malen BGO_POL_${year}.xlsx er lastet ned.`).first().waitFor();
  // The section after the download: the choices, what was done and the next step.
  await page.screenshot({ path: join(SHOTS, "maler.png"), fullPage: true, animations: "disabled" });
  await noAxeViolations("Maler after download");
});

test("checks the sample workbooks and lists each planted mistake", async () => {
  await page.getByRole("tab", { name: "Kontroll" }).click();
  await page.getByRole("button", { name: "Prøv med eksempeldata" }).click();
  await page.getByText(`${samples.length} filer valgt`).waitFor({ timeout: 60_000 });
  await page.getByRole("button", { name: `Kontroller ${samples.length} filer` }).click();
  await page.getByText(/^Viser \d+ av \d+ funn$/).waitFor({ timeout: 60_000 });
  const planted = samples.flatMap((s) => s.mistakes.map((m) => ({ file: s.fileName, ...m })));
  expect(planted.length).toBeGreaterThanOrEqual(8);
  // Each finding names its file on a line of its own, then where it is.
  const items = await page.getByRole("region", { name: "Funn" }).locator("li").allInnerTexts();
  for (const m of planted) {
    if (m.kind === "duplicate-submission") continue; // a conflict between files: see the consolidation
    const at = (text: string) =>
      m.kind === "deleted-column"
        ? text.includes(`Arket ${m.sheet}`) && text.includes(m.column!)
        : m.column === null
          ? new RegExp(`Arket ${m.sheet} · Celle [A-Z]+${m.row}\\b`).test(text)
          : text.includes(`Arket ${m.sheet} · Celle `) &&
            new RegExp(`Celle [A-Z]+${m.row} · Kolonne ${m.column}`).test(text);
    const found = items.filter((text) => text.split("\n").includes(m.file) && at(text));
    expect([m.file, m.kind, found.length > 0]).toEqual([m.file, m.kind, true]);
  }
  // The personal ID number planted in a comment is listed masked, never in clear.
  expect(await page.locator("body").innerText()).not.toContain("15108695088");
  await scrollToTop(page.getByRole("heading", { name: "Funn" }));
  await page.screenshot({ path: join(SHOTS, "kontroll.png"), animations: "disabled" });
  await noAxeViolations("Kontroll with findings");

  // The JSON download is for those who ask for it, under "Mer".
  await page.locator("#panel-check").getByRole("button", { name: "Mer", exact: true }).click();
  const report = await download(page, () =>
    page.getByRole("button", { name: "Last ned rapport (JSON)" }).click(),
  );
  const json = JSON.parse(new TextDecoder().decode(report.bytes));
  expect(json.files).toHaveLength(samples.length);
  expect(json.summary.errors).toBeGreaterThan(0);
  const xlsx = await download(page, () =>
    page.getByRole("button", { name: "Last ned rapport (.xlsx)" }).click(),
  );
  const back = readXlsx(xlsx.bytes, xlsx.name);
  expect(back.sheets.length).toBe(samples.length);
  // One sheet per file, named after it.
  const first = samples[0].identity;
  expect(back.sheets[0].name).toBe(
    `Kontroll ${catalogue.lookup.unit.get(first.unit)!.name.nb} ${first.agency} ${first.period}`,
  );
});

test("filters the findings by severity", async () => {
  const status = page.getByText(/^Viser \d+ av \d+ funn$/);
  const before = await status.innerText();
  await page.getByRole("checkbox", { name: /^Advarsler/ }).click();
  await page.getByRole("checkbox", { name: /^Merknader/ }).click();
  const [shown, total] = (await status.innerText()).match(/\d+/g)!.map(Number);
  expect(shown).toBeLessThan(total);
  expect(
    await page
      .locator("li")
      .filter({ hasText: /^Advarsel/ })
      .count(),
  ).toBe(0);
  await page.getByRole("checkbox", { name: /^Advarsler/ }).click();
  await page.getByRole("checkbox", { name: /^Merknader/ }).click();
  expect(await status.innerText()).toBe(before);
});

test("consolidates the files, shows the conflict, and the downloaded numbers match the roll-up engine", async () => {
  await page.getByRole("tab", { name: "Sammenstilling" }).click();
  await page.getByRole("button", { name: `Sammenstill ${samples.length} filer` }).click();
  await page.getByRole("heading", { name: "Resultat" }).waitFor({ timeout: 120_000 });
  // The long parts of the result are folded: open the conflicts, the totals and the charts.
  for (const name of [/^Konflikter \(\d+\)$/, "Styringsparametre, totalt", "Diagrammer"])
    await page.getByRole("button", { name }).click();
  const duplicate = samples.find((s) => s.mistakes.some((m) => m.kind === "duplicate-submission"))!;
  const { unit, agency, period } = duplicate.identity;
  await page.getByText(new RegExp(`${unit} · ${agency} · ${period}: `)).waitFor();
  await page.getByRole("img", { name: /^Virkemiddelbruk per gruppering og etat\./ }).waitFor();
  await page.getByRole("img", { name: /^Virkemiddelbruk per brukermål over perioder\./ }).waitFor();
  await scrollToTop(page.getByRole("heading", { name: "Resultat" }));
  await page.screenshot({ path: join(SHOTS, "sammenstill.png"), animations: "disabled" });
  await scrollToTop(page.getByRole("heading", { name: "Diagrammer" }));
  await page.screenshot({ path: join(SHOTS, "sammenstill-diagrammer.png"), animations: "disabled" });
  await noAxeViolations("Sammenstilling with result");

  const result = await download(page, () =>
    page.getByRole("button", { name: "Last ned sammenstillingen (.xlsx)" }).click(),
  );
  expect(result.name).toBe("sammenstilling.xlsx");
  const consolidated = readXlsx(result.bytes, result.name);
  const json = JSON.parse(
    new TextDecoder().decode(
      (
        await download(page, async () => {
          await page.locator("#panel-consolidate").getByRole("button", { name: "Mer", exact: true }).click();
          await page.getByRole("button", { name: "Last ned resultatet (JSON)" }).click();
        })
      ).bytes,
    ),
  );
  const counted = new Set<string>(
    json.files.filter((f: { status: string }) => f.status === "counted").map((f: { file: string }) => f.file),
  );
  // The two submissions for the same unit, agency and period are a conflict: never both counted.
  const conflict = json.conflicts.find((c: { unit: string }) => c.unit === unit);
  expect(conflict.files.filter((f: string) => counted.has(f)).length).toBeLessThanOrEqual(1);
  expect(counted.size).toBeGreaterThanOrEqual(samples.length - 2);

  // The expected totals: each counted file rolled up on its own by the roll-up engine, the flows added and
  // the actors and joint actions counted once over all files (combine).
  const model = rollupModel(catalogue);
  const files = [...buildSamples(catalogue)].filter((f) => counted.has(f.name));
  const own = files.map((f) => rollupWorkbook(readXlsx(f.bytes, f.name), catalogue));
  const expected = parameterValues(combine(model.parameters, own), model.parameters);

  const sheet = findSheet(consolidated, "Styringsparametre")!;
  const byId = new Map<string, unknown>();
  sheet.rows.forEach((r, i) => {
    if (i > 0 && typeof r?.[0] === "string") byId.set(r[0], cell(consolidated, sheet.name, i, 2));
  });
  for (const p of expected) {
    const got = byId.get(p.id);
    if (p.value === null) expect([p.id, got ?? null]).toEqual([p.id, null]);
    else expect([p.id, got]).toEqual([p.id, expect.closeTo(p.value, 9)]);
    for (const [rowId, v] of Object.entries(p.breakdown)) {
      if (v === null) expect([rowId, byId.get(rowId) ?? null]).toEqual([rowId, null]);
      else expect([rowId, byId.get(rowId)]).toEqual([rowId, expect.closeTo(v, 9)]);
    }
  }
  // Shown in the pane too: the total instrument use.
  const total = expected.find((p) => p.id === "SP-ALL-01")!.value!;
  const row = page.getByRole("row", { name: /^SP-ALL-01 / });
  expect((await row.innerText()).replace(/\s/g, "")).toContain(
    new Intl.NumberFormat("nb-NO").format(total).replace(/\s/g, ""),
  );
});

test("browses the catalogue", async () => {
  await page.getByRole("tab", { name: "Katalog" }).click();
  await page.getByRole("searchbox", { name: "Søk etter virkemiddel" }).fill("kontroll");
  const count = await page.getByText(/^\d+ av \d+ virkemidler$/).innerText();
  expect(Number(count.split(" ")[0])).toBeGreaterThan(0);
  expect(Number(count.split(" ")[0])).toBeLessThan(catalogue.instruments.length);
  await scrollToTop(page.getByRole("heading", { name: "Virkemiddelkatalog" }));
  await page.screenshot({ path: join(SHOTS, "katalog.png"), animations: "disabled" });
  await noAxeViolations("Katalog");
  // Under "Mer": the catalogue's source, each instrument's provenance, and the secretariat's revision.
  const more = page.locator("#panel-catalogue").getByRole("button", { name: "Mer", exact: true });
  await more.click();
  await page.getByRole("switch", { name: "Vis opphavet til hvert virkemiddel" }).check();
  await page
    .getByText(/^Opphav:/)
    .first()
    .waitFor();
  await scrollToTop(page.locator("#panel-catalogue").getByRole("combobox", { name: "Etat" }));
  await page.screenshot({ path: join(SHOTS, "katalog-mer.png"), animations: "disabled" });
  await noAxeViolations("Katalog with Mer open");
});

test("switches to English, and every visible text follows", async () => {
  await page.getByRole("radio", { name: "English" }).check();
  expect(await page.getAttribute("html", "lang")).toBe("en");
  expect(await page.getByRole("tab").allInnerTexts()).toEqual([
    "Templates",
    "Check",
    "Consolidation",
    "Catalogue",
  ]);
  await page.getByRole("tab", { name: "Templates" }).click();
  await page.getByRole("heading", { name: "Make a reporting template" }).waitFor();
  await page.screenshot({ path: join(SHOTS, "templates-en.png"), animations: "disabled" });
  await noAxeViolations("Templates in English");
  await page.getByRole("radio", { name: "Norsk" }).check();
  expect(await page.getAttribute("html", "lang")).toBe("nb");
});

test("a whole task by keyboard alone: choose unit, agency and period, download the template", async () => {
  const p = await browser.context.newPage();
  await open(p);
  const focused = (role: Parameters<Page["getByRole"]>[0], name: string) =>
    p
      .getByRole(role, { name })
      .evaluate((el) => el === document.activeElement || el.contains(document.activeElement));
  async function tabTo(role: Parameters<Page["getByRole"]>[0], name: string) {
    for (let i = 0; i < 25; i++) {
      if (await focused(role, name)) return;
      await p.keyboard.press("Tab");
    }
    throw new Error(`Tab never reached ${role} "${name}"`);
  }
  await tabTo("tab", "Maler");
  await tabTo("combobox", "Rapporteringsenhet");
  await p.keyboard.press("Enter");
  await p.keyboard.press("ArrowDown"); // Oslo → Bergen
  await p.keyboard.press("Enter");
  await tabTo("combobox", "Etat");
  await p.keyboard.press("Enter");
  await p.keyboard.press("End"); // the last agency: Tolletaten
  await p.keyboard.press("Enter");
  await tabTo("button", "Last ned malen");
  // The focused control shows where the keyboard is.
  expect(
    await p.getByRole("button", { name: "Last ned malen" }).getAttribute("data-fui-focus-visible"),
  ).not.toBeNull();
  const file = await download(p, () => p.keyboard.press("Enter"));
  expect(file.name).toMatch(/^BGO_TOLL_\d{4}-T[123]\.xlsx$/);
  const snapshot = readXlsx(file.bytes, file.name);
  expect(snapshot.properties.get("AkrimEtat")).toBe("TOLL");
  await p.close();
});

test("every request stays on the page's own origin, and the page's own code breaks no policy rule", async () => {
  expect(browser.requests.some((u) => /\/taskpane\.[0-9a-f]+\.js$/.test(u))).toBe(true);
  expect(browser.requests.some((u) => /akrim-work/.test(u))).toBe(true);
  expect(foreignRequests(browser.requests, server.origin)).toEqual([]);
  expect([cdn.served, cdn.refused]).toEqual([[], []]);
  expect(browser.failedResponses).toEqual([]);
  expect(await browser.cspViolations()).toEqual([]);
  expect(browser.errors.filter((e) => !/Content Security Policy/.test(e))).toEqual([]);
});

test("the JavaScript the page loads at start stays within 300 KB gzipped; engines load when needed", () => {
  const dist = ensureProductionBuild();
  const html = readFileSync(join(dist, "taskpane.html"), "utf8");
  const initial = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+\.js)/g)].map((m) => m[1]);
  expect(initial.length).toBeGreaterThan(0);
  const bytes = initial.reduce((n, f) => n + gzipSync(readFileSync(join(dist, f)), { level: 9 }).length, 0);
  expect(bytes).toBeLessThanOrEqual(300 * 1024);
  // The .xlsx reader and writer are not in the start-up code.
  for (const f of initial) expect(readFileSync(join(dist, f), "utf8")).not.toContain("sharedStrings.xml");
});
