/**
 * Kontroll in the production build, in Chromium at Excel's pane width (350 px), in file mode: findings most severe
 * first across files, with the count line first and a filter by severity; focus on the result summary after every
 * action, told in the live region, with axe still clean; results cleared when the chosen files change; one finding
 * for an empty workbook. The workbooks are made here, each with one known mistake.
 */
import type { Locator, Page } from "playwright-core";
import { writeXlsx } from "../../src/workbook/xlsx";
import { snapshotEdits } from "../validation/files";
import { filledTemplate, setCell } from "../validation/fixtures";
import { expectNoAxeViolations } from "./support/axe";
import { closePane, openPane, type OpenPane } from "./support/pane";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A returned template with one warning: the status typed in lower case on Forside (B10). */
function withWarning() {
  const wb = filledTemplate({ unit: "OSL", agency: "SKE", period: "2026" });
  setCell(wb, "Forside", "B10", "innsendt");
  return { name: "oslo-ske.xlsx", mimeType: XLSX, buffer: Buffer.from(writeXlsx(snapshotEdits(wb))) };
}

/** A returned template with one error: the instrument id V1O1 (letter O) on Virkemiddelbruk A3. */
function withError() {
  const wb = filledTemplate({ unit: "BGO", agency: "SKE", period: "2026" });
  setCell(wb, "Virkemiddelbruk", "A3", "V1O1");
  return { name: "bergen-ske.xlsx", mimeType: XLSX, buffer: Buffer.from(writeXlsx(snapshotEdits(wb))) };
}

/** A workbook with one empty sheet, as Excel makes a new one. */
function empty() {
  return {
    name: "tom.xlsx",
    mimeType: XLSX,
    buffer: Buffer.from(writeXlsx([{ kind: "addSheet", sheet: "Ark1" }])),
  };
}

let pane: OpenPane;
let page: Page;
let panel: Locator;

const noAxeViolations = (state: string) => expectNoAxeViolations(page, state);

async function choose(files: ReturnType<typeof empty>[]) {
  await panel.locator("input[type=file]").setInputFiles(files);
  await panel.getByText(files.length === 1 ? "1 fil valgt" : `${files.length} filer valgt`).waitFor();
}

/** The text of the element that has focus. */
const focusedText = () => page.evaluate(() => document.activeElement?.textContent ?? null);
const liveText = () => page.getByTestId("live-region").textContent();

/** Waits until `get` gives `want` (the live region is filled a moment after the change), then compares. */
async function eventually<T>(get: () => Promise<T>, want: T) {
  let got = await get();
  for (let i = 0; i < 50 && JSON.stringify(got) !== JSON.stringify(want); i++) {
    await new Promise((r) => setTimeout(r, 100));
    got = await get();
  }
  expect(got).toEqual(want);
}

/** The severity badge of each finding listed, top to bottom. */
async function severities(): Promise<string[]> {
  return panel
    .getByRole("region", { name: "Funn" })
    .locator("li")
    .evaluateAll((items) => items.map((li) => li.querySelector(".fui-Badge")?.textContent ?? ""));
}

beforeAll(async () => {
  pane = await openPane();
  page = pane.page;
  await page.getByRole("tab", { name: "Kontroll" }).click();
  panel = page.locator("#panel-check");
  // The production build is made first when it is older than the sources.
}, 600_000);

afterAll(() => closePane(pane));

test("a check of two files lists every error before any warning, the count line first; focus moves to it", async () => {
  // The file with the warning comes first in the selection; its warning must still come after the other's error.
  await choose([withWarning(), withError()]);
  await panel.getByRole("button", { name: "Kontroller 2 filer" }).click();
  const summary = "2 filer kontrollert: 1 feil, 1 advarsel, 0 merknader";
  const results = panel.getByRole("region", { name: "Funn" });
  await results.getByText(summary).waitFor({ timeout: 60_000 });

  expect(await severities()).toEqual(["Feil", "Advarsel"]);
  // The file with errors is named at the top of the result; the one with only a warning is not.
  const named = results.getByRole("list", { name: "1 fil har feil som må rettes" });
  expect(await named.getByRole("listitem").allInnerTexts()).toEqual(["bergen-ske.xlsx: 1 feil"]);
  const items = results.locator("li");
  await expect(items.nth(0).innerText()).resolves.toContain("bergen-ske.xlsx");
  await expect(items.nth(0).innerText()).resolves.toContain("Arket Virkemiddelbruk · Celle A3");
  await expect(items.nth(1).innerText()).resolves.toContain("oslo-ske.xlsx");
  await expect(items.nth(1).innerText()).resolves.toContain("Arket Forside · Celle B10");
  // The count line is the first thing in the result, before the filter and the list.
  const order = await results.evaluate((section, text) => {
    const all = [...section.querySelectorAll("*")];
    const line = all.findIndex((el) => el.textContent === text && el.children.length === 0);
    const filter = all.findIndex((el) => el.tagName === "FIELDSET");
    const list = all.findIndex((el) => el.tagName === "LI");
    return [line < filter, filter < list];
  }, summary);
  expect(order).toEqual([true, true]);

  // Focus is on the summary, not on the page, and the live region says it.
  await eventually(focusedText, summary);
  await eventually(liveText, summary);
  await noAxeViolations("Kontroll: two files checked, focus on the summary");
});

test("the filter by severity hides and shows each severity", async () => {
  const status = panel.getByText(/^Viser \d+ av \d+ funn$/);
  await panel.getByRole("checkbox", { name: "Feil (1)" }).click();
  expect(await status.innerText()).toBe("Viser 1 av 2 funn");
  expect(await severities()).toEqual(["Advarsel"]);
  await panel.getByRole("checkbox", { name: "Advarsler (1)" }).click();
  expect(await status.innerText()).toBe("Viser 0 av 2 funn");
  expect(await severities()).toEqual([]);
  await panel.getByRole("checkbox", { name: "Feil (1)" }).click();
  await panel.getByRole("checkbox", { name: "Advarsler (1)" }).click();
  expect(await severities()).toEqual(["Feil", "Advarsel"]);
  await noAxeViolations("Kontroll: filter used");
});

test("a download is an action too: its outcome gets focus and is told", async () => {
  // The JSON download is under "Mer".
  await panel.getByRole("button", { name: "Mer", exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    panel.getByRole("button", { name: "Last ned rapport (.xlsx)" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  await eventually(focusedText, "Rapporten er lastet ned.");
  await eventually(liveText, "Rapporten er lastet ned.");
});

test("the findings go when the chosen files change: nothing of the old files is left", async () => {
  await panel.getByRole("button", { name: "Fjern filene" }).click();
  const stale = "Filutvalget er endret etter kontrollen. Kontroller filene på nytt for å se funnene.";
  await panel.getByText(stale).waitFor();
  expect(await panel.getByRole("region", { name: "Funn" }).count()).toBe(0);
  expect(await panel.getByRole("button", { name: /^Last ned rapport/ }).count()).toBe(0);
  // Focus is not lost with the button that went: it is on choosing files again.
  await eventually(focusedText, "Velg filer …");
  await eventually(liveText, "Filene er fjernet.");

  await choose([empty()]);
  await panel.getByText(stale).waitFor();
  expect(await panel.getByText("bergen-ske.xlsx").count()).toBe(0);
  expect(await severities()).toEqual([]);
  await noAxeViolations("Kontroll: results cleared");
});

test("an empty workbook gets one finding: it is not a reporting template", async () => {
  await panel.getByRole("button", { name: "Kontroller 1 fil" }).click();
  const summary = "1 fil kontrollert: 1 feil, 0 advarsler, 0 merknader";
  await panel.getByText(summary).waitFor({ timeout: 60_000 });
  const items = panel.getByRole("region", { name: "Funn" }).locator("li");
  expect(await items.count()).toBe(1);
  const text = await items.first().innerText();
  expect(text).toContain("Arbeidsboken er tom, så den er ikke en utfylt rapporteringsmal.");
  expect(text).toContain("Hele arbeidsboken");
  expect(await panel.innerText()).not.toContain("AkrimRapporteringsenhet");
  expect(await panel.innerText()).not.toContain("? · ?");
  await eventually(focusedText, summary);
  await noAxeViolations("Kontroll: an empty workbook");
});
