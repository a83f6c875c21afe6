/**
 * The pane as its users see it, at Excel's pane width (350 px), in file mode and bokmål: no English accessible
 * name in the Norwegian pane, "Mer" keeping the JSON downloads and the secretariat's catalogue action out of the
 * everyday path, a next-step line after a template download, dates shown dd.mm.åååå, and report sheets named
 * after their files. axe-core is run in each state reached.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { defaultCatalogue } from "../../src/catalogue";
import { sheetNameProblem } from "../../src/core/names";
import { en } from "../../src/i18n/en";
import { nb } from "../../src/i18n/nb";
import { sampleSelection } from "../../src/taskpane/work";
import { readXlsx } from "../../src/workbook/xlsx";
import { expectNoAxeViolations } from "./support/axe";
import { download } from "./support/browser";
import { ROOT } from "./support/build";
import { closePane, openPane, type OpenPane } from "./support/pane";

const samples = sampleSelection(defaultCatalogue());

let pane: OpenPane;
let page: Page;

const noAxeViolations = (state: string) => expectNoAxeViolations(page, state);

const panel = (id: string) => page.locator(`#panel-${id}`);

/** Escapes text for a regular expression. */
const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The English texts a Norwegian pane must not show as a name: every English message (placeholders match any
 * text) that is not also a Norwegian one, and the English names Fluent UI gives its parts by default.
 */
function englishNames(): { text: string; pattern: RegExp }[] {
  const nbValues = new Set<string>(Object.values(nb));
  const out: { text: string; pattern: RegExp }[] = [];
  for (const [key, text] of Object.entries(en)) {
    if (text === nb[key as keyof typeof nb] || nbValues.has(text)) continue;
    const parts = text.split(/\{[^}]*\}/);
    // Texts that are nearly all placeholder ("{file}", "{unit} · {agency}") say nothing about the language.
    if (parts.join("").replace(/[^A-Za-z]/g, "").length < 3) continue;
    const pattern = new RegExp(`^${parts.map(literal).join("[\\s\\S]+")}$`);
    if ([...nbValues].some((v) => pattern.test(v))) continue;
    out.push({ text, pattern });
  }
  for (const text of fluentDefaultNames()) out.push({ text, pattern: new RegExp(`^${literal(text)}$`) });
  return out;
}

/** The aria-labels Fluent UI's components set when the product gives none ("Clear selection", ...). */
function fluentDefaultNames(): string[] {
  const names = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (entry.endsWith(".js")) {
        for (const m of readFileSync(path, "utf8").matchAll(/'aria-label': '([^']+)'/g)) names.add(m[1]);
      }
    }
  };
  const fluent = join(ROOT, "node_modules", "@fluentui");
  for (const pkg of readdirSync(fluent).filter((p) => p.startsWith("react-"))) {
    const lib = join(fluent, pkg, "lib");
    try {
      if (statSync(lib).isDirectory()) walk(lib);
    } catch {
      // A package without lib/ sets no names.
    }
  }
  return [...names];
}

/** Every name the page gives people or assistive technology, outside the parts marked as English. */
function pageNames(p: Page): Promise<string[]> {
  return p.evaluate(() => {
    const names: string[] = [];
    const named =
      "button, a, label, legend, summary, th, h1, h2, h3, h4, [role=tab], [role=option], [role=checkbox], [role=switch], [role=radio]";
    for (const el of Array.from(document.querySelectorAll("body *"))) {
      if (el.closest('[lang]:not([lang="nb"])')) continue;
      for (const a of [
        "aria-label",
        "title",
        "placeholder",
        "alt",
        "aria-description",
        "aria-roledescription",
      ]) {
        const v = el.getAttribute(a);
        if (v) names.push(v.trim());
      }
      if (el.matches(named)) names.push((el.textContent ?? "").trim());
    }
    return [...new Set(names)].filter((n) => n !== "");
  });
}

const ENGLISH = englishNames();
const reached = new Map<string, string[]>();

/** Collects the names of the page as it is now, for the scan at the end. */
async function collectNames(state: string) {
  reached.set(state, await pageNames(page));
}

beforeAll(async () => {
  pane = await openPane();
  page = pane.page;
  await page.getByRole("tab", { name: "Maler" }).waitFor();
});

afterAll(() => closePane(pane));

test("the four section tabs fit on one row at 350 px", async () => {
  const tops = await page
    .getByRole("tab")
    .evaluateAll((tabs) => tabs.map((t) => Math.round(t.getBoundingClientRect().top)));
  expect(tops).toHaveLength(4);
  expect(new Set(tops).size).toBe(1);
});

test("after a template download, a next-step line says what to do next", async () => {
  const file = await download(page, () => page.getByRole("button", { name: "Last ned malen" }).click());
  const status = panel("templates").getByText(`Malen ${file.name} er lastet ned.`);
  await status.waitFor();
  expect(await status.innerText()).toContain(
    "Neste steg: åpne filen i Excel og fyll ut arkene Virkemiddelbruk, Aktører, Aksjoner og Effekter. " +
      "Kontroller den under Kontroll før du sender den inn.",
  );
  await collectNames("Maler after a download");
  await noAxeViolations("Maler after a download");
});

test("a date is shown dd.mm.åååå, and the report's sheets are named after their files", async () => {
  await page.getByRole("tab", { name: "Kontroll" }).click();
  await page.getByRole("button", { name: "Prøv med eksempeldata" }).click();
  await page.getByText(`${samples.length} filer valgt`).waitFor({ timeout: 60_000 });
  await page.getByRole("button", { name: `Kontroller ${samples.length} filer` }).click();
  await page.getByText(/^Viser \d+ av \d+ funn$/).waitFor({ timeout: 60_000 });

  // The planted date before the period: written as an ISO date, stored by Excel as a serial day number.
  const planted = samples.flatMap((s) => s.mistakes).find((m) => m.kind === "date-outside-period")!;
  const [y, m, d] = planted.value!.split("-");
  const findings = panel("check");
  await findings.getByText(`Verdi: ${d}.${m}.${y}`).first().waitFor();
  expect(await findings.innerText()).not.toMatch(/Verdi: \d{5}(?!\d)/);

  const report = await download(page, () =>
    page.getByRole("button", { name: "Last ned rapport (.xlsx)" }).click(),
  );
  const sheets = readXlsx(report.bytes, report.name).sheets.map((s) => s.name);
  expect(sheets).toHaveLength(samples.length);
  // SVG is Stavanger; the planted date is in its police's second tertial.
  const svg = samples.find((s) => s.mistakes.includes(planted))!.identity;
  expect(`${svg.unit} ${svg.agency} ${svg.period}`).toBe("SVG POL 2026-T2");
  expect(sheets).toContain("Kontroll Stavanger POL 2026-T2");
  for (const name of sheets) expect([name, sheetNameProblem(name)]).toEqual([name, null]);
  expect(new Set(sheets.map((n) => n.toLowerCase())).size).toBe(sheets.length);
  await noAxeViolations("Kontroll with findings");
});

test('"Mer" keeps the JSON download and the catalogue\'s provenance and revision out of the way', async () => {
  const check = panel("check");
  expect(await check.getByRole("button", { name: "Last ned rapport (JSON)" }).count()).toBe(0);
  await check.getByRole("button", { name: "Mer", exact: true }).click();
  expect(await check.getByRole("button", { name: "Mer", exact: true }).getAttribute("aria-expanded")).toBe(
    "true",
  );
  const json = await download(page, () =>
    check.getByRole("button", { name: "Last ned rapport (JSON)" }).click(),
  );
  expect(JSON.parse(new TextDecoder().decode(json.bytes)).files).toHaveLength(samples.length);
  await collectNames("Kontroll with Mer open");
  await noAxeViolations("Kontroll with Mer open");

  await page.getByRole("tab", { name: "Katalog" }).click();
  const catalogue = panel("catalogue");
  await catalogue.getByRole("searchbox", { name: "Søk etter virkemiddel" }).waitFor();
  expect(await catalogue.getByRole("button", { name: "Last inn revidert katalog …" }).count()).toBe(0);
  expect(await catalogue.getByText(/^Opphav:/).count()).toBe(0);
  // The search comes before "Mer" and its secretariat's action.
  const above = (a: string, b: string) =>
    page.evaluate(
      ([x, y]) => !!(document.querySelector(x)!.compareDocumentPosition(document.querySelector(y)!) & 4),
      [a, b],
    );
  await collectNames("Katalog");
  await catalogue.getByRole("button", { name: "Mer", exact: true }).click();
  await catalogue.getByRole("button", { name: "Last inn revidert katalog …" }).waitFor();
  expect(await above("#panel-catalogue input[type=search]", "#panel-catalogue .fui-AccordionHeader")).toBe(
    true,
  );
  await catalogue.getByRole("switch", { name: "Vis opphavet til hvert virkemiddel" }).check();
  expect(await catalogue.getByText(/^Opphav:/).count()).toBeGreaterThan(0);
  const text = await catalogue.innerText();
  expect(text).toContain("skatteoppkreverens merke");
  expect(text).not.toContain("tax-collector");
  expect(text).not.toContain("Instruments and taxonomy");
  expect(text).toMatch(/publisert \d{2}\.\d{2}\.\d{4}/);
  await collectNames("Katalog with Mer open");
  await noAxeViolations("Katalog with Mer open");
});

test('a consolidation keeps its JSON under "Mer" too', async () => {
  await page.getByRole("tab", { name: "Sammenstilling" }).click();
  const sum = panel("consolidate");
  await sum.getByRole("button", { name: `Sammenstill ${samples.length} filer` }).click();
  await sum.getByRole("heading", { name: "Resultat" }).waitFor({ timeout: 120_000 });
  expect(await sum.getByRole("button", { name: "Last ned resultatet (JSON)" }).count()).toBe(0);
  await sum.getByRole("button", { name: "Mer", exact: true }).click();
  await sum.getByRole("button", { name: "Last ned resultatet (JSON)" }).waitFor();
  await collectNames("Sammenstilling with Mer open");
  await noAxeViolations("Sammenstilling with Mer open");
});

test("the Norwegian pane has no English accessible name in any state reached", () => {
  expect(reached.size).toBeGreaterThanOrEqual(5);
  expect(ENGLISH.map((e) => e.text)).toContain("Clear selection");
  expect(ENGLISH.map((e) => e.text)).toContain("Download report (JSON)");
  const english = [...reached].flatMap(([state, names]) =>
    names.flatMap((name) =>
      ENGLISH.filter((e) => e.pattern.test(name)).map((e) => `${state}: "${name}" (${e.text})`),
    ),
  );
  expect(english).toEqual([]);
});
