/**
 * Sammenstilling in the production build, in Chromium at Excel's pane width (350 px), on workbooks made here: a
 * clean return, a return with data-quality errors (V1O1 with the letter O, "19 stk" in Antall, a personal ID number)
 * and a file that is not a workbook. Both problem files are named at the top of the result with what to do; a
 * changed selection removes the old result; the charts keep their text size at any width, have at least four
 * value-axis labels and a table of their numbers; axe-core finds nothing in each state.
 */
import type { Page } from "playwright-core";
import { expectNoAxeViolations } from "./support/axe";
import { closePane, openPane, type OpenPane } from "./support/pane";
import { BROKEN, CLEAN, FAULTY, followUpFiles } from "../consolidate/follow-up-files";

let pane: OpenPane;
let page: Page;

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const noAxeViolations = (state: string) => expectNoAxeViolations(page, state);

async function pick(files: { name: string; bytes: Uint8Array }[]) {
  await page
    .locator('input[type="file"][accept=".xlsx"]')
    .first()
    .setInputFiles(files.map((f) => ({ name: f.name, mimeType: XLSX, buffer: Buffer.from(f.bytes) })));
}

const top = (selector: ReturnType<Page["locator"]>) =>
  selector.evaluate((el) => el.getBoundingClientRect().top);

beforeAll(async () => {
  pane = await openPane();
  page = pane.page;
  await page.getByRole("tab", { name: "Sammenstilling" }).click();
  // The production build is made first when the sources are newer than dist/.
}, 600_000);

afterAll(() => closePane(pane));

test("names the unreadable file and the file with data-quality errors at the top of the result", async () => {
  await pick(followUpFiles());
  await page.getByRole("button", { name: "Sammenstill 3 filer" }).click();
  const heading = page.getByRole("heading", { name: "Resultat" });
  await heading.waitFor({ timeout: 120_000 });
  const bar = page.getByRole("group").filter({ hasText: "Dette må følges opp" });
  const text = await bar.innerText();
  expect(text).toContain("1 fil telles ikke med. 1 fil telles med, men har feil som må rettes.");
  // The unreadable file: why, and what to do.
  expect(text).toContain(BROKEN);
  expect(text).toMatch(/Telles ikke med: Filen «skadet\.xlsx» er en tekstfil/);
  expect(text).toContain("Slik retter du: Be om filen på nytt som .xlsx.");
  // The data-quality errors, each where it is and what to do.
  expect(text).toContain(FAULTY);
  expect(text).toContain("Virkemiddelbruk, celle A2: Virkemiddel-ID «V1O1» finnes ikke i katalogen 2026.2.");
  expect(text).toMatch(/Slik retter du: Mente du V101 /);
  expect(text).toContain("Virkemiddelbruk, celle E3: Antall er skrevet som tekst («19 stk») og telles ikke.");
  expect(text).toContain("Slik retter du: Skriv bare tallet: 19.");
  expect(text).toMatch(/Virkemiddelbruk, celle I4: Cellen inneholder fødselsnummer \(151086\*{5}\)/);
  expect(text).not.toContain(CLEAN);
  // At the top: right under the heading, before the totals line.
  const totals = page
    .locator('section[aria-labelledby="consolidate-result"]')
    .getByText("Sammenstillingen er ferdig: 3 filer, 2 telles med, 0 konflikter.");
  expect(await top(bar)).toBeGreaterThan(await top(heading));
  expect(await top(bar)).toBeLessThan(await top(totals));
  await noAxeViolations("Sammenstilling with files to follow up");
});

test("each chart has at least four value-axis labels, text that keeps its size at any width, and a table", async () => {
  await page.getByRole("button", { name: "Diagrammer" }).click();
  const charts = page.locator("figure");
  await page.getByRole("img", { name: /^Virkemiddelbruk per brukermål over perioder\./ }).waitFor();
  const count = await charts.count();
  expect(count).toBeGreaterThanOrEqual(2);
  const textHeight = () =>
    page
      .getByRole("img", { name: /^Virkemiddelbruk per brukermål over perioder\./ })
      .locator("text")
      .first()
      .evaluate((el) => el.getBoundingClientRect().height);
  const at350 = await textHeight();
  for (let i = 0; i < count; i++) {
    const chart = charts.nth(i);
    const drawn = chart.getByRole("img");
    if ((await drawn.count()) === 0) continue; // "Ingen tall å vise ennå."
    const labels = await drawn.locator('[data-axis="value"] text').allTextContents();
    expect(labels.length).toBeGreaterThanOrEqual(4);
    expect(labels[0]).toBe("0");
    await chart.getByText("Vis tallene som tabell").click();
    await expect(chart.getByRole("table").isVisible()).resolves.toBe(true);
  }
  await noAxeViolations("Sammenstilling with charts and their tables open");
  await page.setViewportSize({ width: 800, height: 720 });
  await page.waitForTimeout(300);
  const at800 = await textHeight();
  expect(Math.abs(at800 - at350)).toBeLessThanOrEqual(1);
  await page.setViewportSize({ width: 350, height: 720 });
});

test("a changed selection removes the old result and says so", async () => {
  await page.getByRole("button", { name: "Fjern filene" }).click();
  await expect(page.getByRole("heading", { name: "Resultat" }).count()).resolves.toBe(0);
  await expect(page.getByText(FAULTY).count()).resolves.toBe(0);
  await pick(followUpFiles().filter((f) => f.name === CLEAN));
  await page.getByRole("button", { name: "Sammenstill 1 fil" }).waitFor();
  await expect(page.getByRole("heading", { name: "Resultat" }).count()).resolves.toBe(0);
  await page.getByText(/^Filutvalget er endret, så det forrige resultatet er fjernet\./).waitFor();
  await noAxeViolations("Sammenstilling after the selection changed");
});
