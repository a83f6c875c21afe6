/** @jest-environment jsdom */
import { webcrypto } from "node:crypto";
import { act, configure, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { defaultCatalogue } from "../../src/catalogue";
import bundled from "../../src/catalogue/data/catalogue-2026.1.json";
import { consolidate } from "../../src/core/consolidate";
import { describeAnnualReport } from "../../src/core/report";
import type { ConsolidationResult } from "../../src/taskpane/model";
import { consolidateFiles } from "../../src/taskpane/work";
import { BROKEN, CLEAN, FAULTY, followUpFiles } from "../consolidate/follow-up-files";
import { ONE_FILE } from "./fixtures";
import { renderPane, testHost, testRunner } from "./render";

configure({ asyncUtilTimeout: 10_000 });
// The consolidation hashes files with Web Crypto, which jsdom does not carry; Node's is the same API.
if (!globalThis.crypto?.subtle) Object.defineProperty(globalThis, "crypto", { value: webcrypto });

beforeEach(() => localStorage.clear());

describe("the task pane: consolidation and catalogue", () => {
  it("shows progress of a long job and cancels it", async () => {
    const { runner, cancelled } = testRunner(
      {
        samples: () => [
          { name: "a.xlsx", bytes: new Uint8Array([1]) },
          { name: "b.xlsx", bytes: new Uint8Array([1]) },
        ],
      },
      "consolidate",
    );
    renderPane(testHost("file"), runner);
    fireEvent.click(screen.getByRole("tab", { name: "Sammenstilling" }));
    fireEvent.click(screen.getAllByRole("button", { name: "Prøv med eksempeldata" })[0]);
    fireEvent.click(await screen.findByRole("button", { name: "Sammenstill 2 filer" }));
    expect(await screen.findByRole("progressbar")).toBeTruthy();
    expect(screen.getByText("Leser a.xlsx (0 av 2)")).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Avbryt" }));
    });
    expect(cancelled()).toBe(1);
    expect(screen.queryByRole("progressbar")).toBeNull();
    await waitFor(() => expect(screen.getByTestId("live-region").textContent).toBe("Avbrutt."));
  });

  it("shows consolidated totals, conflicts and accessible charts", async () => {
    const result: ConsolidationResult = {
      files: [],
      conflicts: [
        {
          unit: "OSL",
          agency: "AT",
          period: "2026-T1",
          files: ["a.xlsx", "b.xlsx"],
          counted: null,
          message: { nb: "Ingen av dem er talt med.", en: "Neither is counted." },
        },
      ],
      parameters: [
        { id: "SP-BM1-05", name: "x", value: 0.25, breakdown: {} },
        {
          id: "SP-BM1-02",
          name: "x",
          value: 12,
          breakdown: { "SP-BM1-02/BM1-ST": 12, "SP-BM1-02/BM1-SF": 0 },
        },
        { id: "SP-BM3-02", name: "x", value: null, breakdown: {} },
      ],
      charts: [
        {
          id: "usage-by-grouping",
          kind: "column",
          title: {
            nb: "Virkemiddelbruk per gruppering og etat",
            en: "Instrument use by grouping and agency",
          },
          categoryLabel: { nb: "Gruppering", en: "Grouping" },
          categories: [
            { id: "BM1-ST", name: { nb: "Stanse", en: "Stop" } },
            { id: "BM1-SF", name: { nb: "Straffeforfølge", en: "Prosecute" } },
          ],
          series: [
            { id: "AT", name: { nb: "Arbeidstilsynet", en: "Labour Inspection" }, values: [10, 0] },
            { id: "POL", name: { nb: "Politiet", en: "Police" }, values: [2, 3] },
          ],
        },
      ],
      counted: 2,
      followUp: [],
      missing: [],
      expectedFrom: "membership",
      json: { parameters: [] },
      workbook: new Uint8Array([80, 75]),
      report: describeAnnualReport(consolidate([], defaultCatalogue()), { drafted: new Date(2026, 5, 15) }),
    };
    const host = testHost("file");
    renderPane(host, testRunner({ consolidate: () => result, samples: () => ONE_FILE }).runner);
    fireEvent.click(screen.getByRole("tab", { name: "Sammenstilling" }));
    fireEvent.click(screen.getAllByRole("button", { name: "Prøv med eksempeldata" })[0]);
    fireEvent.click(await screen.findByRole("button", { name: "Sammenstill 1 fil" }));
    await screen.findByText("Sammenstillingen er ferdig: 0 filer, 2 telles med, 1 konflikt.");
    // The long parts of the result are folded; each opens by its heading.
    for (const name of ["Konflikter (1)", "Styringsparametre, totalt", "Diagrammer"])
      fireEvent.click(screen.getByRole("button", { name }));
    expect(screen.getByText(/OSL · AT · 2026-T1: a.xlsx, b.xlsx/)).toBeTruthy();
    const table = screen.getByRole("table", { name: /Styringsparametre, totalt/ });
    expect(within(table).getByRole("rowheader", { name: /^SP-BM1-02\/\s?BM1-ST$/ })).toBeTruthy();
    expect(within(table).getByText("Stanse")).toBeTruthy();
    expect(within(table).getByText("Andel tverretatlig virkemiddelbruk (BM1)")).toBeTruthy();
    expect(within(table).getByText("tom")).toBeTruthy();
    expect(within(table).getByText(/25\s?%/)).toBeTruthy();
    expect(
      screen.getByRole("img", {
        // Each agency's number, no sum: agencies' numbers need not add up (a joint action counts once).
        name: "Virkemiddelbruk per gruppering og etat. Stanse: Arbeidstilsynet 10, Politiet 2; Straffeforfølge: Arbeidstilsynet 0, Politiet 3",
      }),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Last ned sammenstillingen (.xlsx)" }));
    expect(host.saved[0].name).toBe("sammenstilling.xlsx");
  });

  it("names the unreadable file and the file with errors at the top, and drops the result when the files change", async () => {
    const files = followUpFiles();
    const result = await consolidateFiles(files, defaultCatalogue(), () => undefined);
    renderPane(testHost("file"), testRunner({ consolidate: () => result, samples: () => files }).runner);
    fireEvent.click(screen.getByRole("tab", { name: "Sammenstilling" }));
    fireEvent.click(screen.getAllByRole("button", { name: "Prøv med eksempeldata" })[0]);
    fireEvent.click(await screen.findByRole("button", { name: "Sammenstill 3 filer" }));
    const heading = await screen.findByRole("heading", { name: "Resultat" });
    const section = heading.parentElement!;
    // First after the heading: what must be followed up; the totals line comes after it.
    const bar = section.children[1] as HTMLElement;
    expect(within(bar).getByText("Dette må følges opp")).toBeTruthy();
    expect(bar.textContent).toContain("1 fil telles ikke med. 1 fil telles med, men har feil som må rettes.");
    expect(within(bar).getByText(BROKEN)).toBeTruthy();
    expect(within(bar).getByText(/^Telles ikke med: Filen «skadet\.xlsx» er en tekstfil/)).toBeTruthy();
    expect(within(bar).getByText("Slik retter du: Be om filen på nytt som .xlsx.")).toBeTruthy();
    expect(within(bar).getByText(FAULTY)).toBeTruthy();
    expect(within(bar).queryByText(CLEAN)).toBeNull();
    expect(
      within(bar).getByText(
        "Virkemiddelbruk, celle A2: Virkemiddel-ID «V1O1» finnes ikke i katalogen 2026.2.",
      ),
    ).toBeTruthy();
    expect(
      within(bar).getByText(
        "Virkemiddelbruk, celle E3: Antall er skrevet som tekst («19 stk») og telles ikke.",
      ),
    ).toBeTruthy();
    expect(within(bar).getByText("Slik retter du: Skriv bare tallet: 19.")).toBeTruthy();
    expect(
      within(bar).getByText(/^Virkemiddelbruk, celle I4: Cellen inneholder fødselsnummer \(151086\*{5}\)/),
    ).toBeTruthy();
    expect(section.children[2].textContent).toBe(
      "Sammenstillingen er ferdig: 3 filer, 2 telles med, 0 konflikter.",
    );

    // Screen readers hear the files to follow up with the totals.
    await waitFor(() =>
      expect(screen.getByTestId("live-region").textContent).toBe(
        "Sammenstillingen er ferdig: 3 filer, 2 telles med, 0 konflikter. 1 fil telles ikke med. 1 fil telles med, men har feil som må rettes.",
      ),
    );

    // Another selection: the old result is gone, and the pane says why.
    fireEvent.click(screen.getByRole("button", { name: "Fjern filene" }));
    expect(screen.queryByRole("heading", { name: "Resultat" })).toBeNull();
    expect(screen.queryByText(FAULTY)).toBeNull();
    expect(screen.getByText(/^Filutvalget er endret, så det forrige resultatet er fjernet\./)).toBeTruthy();
  });

  it("searches the catalogue and shows each instrument's provenance", () => {
    renderPane(testHost("file"), testRunner({}).runner);
    fireEvent.click(screen.getByRole("tab", { name: "Katalog" }));
    const total = defaultCatalogue().instruments.length;
    expect(screen.getByText(`${total} av ${total} virkemidler`)).toBeTruthy();
    fireEvent.change(screen.getByRole("searchbox", { name: "Søk etter virkemiddel" }), {
      target: { value: "avdekkingskontroll" },
    });
    expect(screen.getByText(`1 av ${total} virkemidler`)).toBeTruthy();
    const list = screen.getByRole("list", { name: "Virkemiddelkatalog" });
    expect(within(list).getByText("V101 avdekkingskontroll")).toBeTruthy();
    // Provenance is for those who ask: under "Mer".
    expect(within(list).queryByText(/Opphav:/)).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Mer" }));
    fireEvent.click(screen.getByRole("switch", { name: "Vis opphavet til hvert virkemiddel" }));
    expect(
      within(list).getByText(/Opphav: rekonstruert; stemmer med kolonnesummene, må bekreftes/),
    ).toBeTruthy();
    // The definition: what the instrument is and what counts as one use.
    expect(within(list).getByText(/Telles én gang per gjennomført kontroll/)).toBeTruthy();
  });

  it("refuses a broken revised catalogue with the reasons, and uses a valid one", async () => {
    renderPane(testHost("file"), testRunner({}).runner);
    fireEvent.click(screen.getByRole("tab", { name: "Katalog" }));
    // The secretariat's action is under "Mer".
    expect(screen.queryByRole("button", { name: "Last inn revidert katalog …" })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Mer" }));
    screen.getByRole("button", { name: "Last inn revidert katalog …" });
    const input = document.querySelector('input[type="file"][accept=".json"]') as HTMLInputElement;
    const bad = new File(['{"format":"akrim-katalog","formatVersion":1,"__proto__":{}}'], "ond.json");
    await act(async () => {
      fireEvent.change(input, { target: { files: [bad] } });
    });
    expect(await screen.findByText("Katalogfilen ond.json ble ikke tatt i bruk:")).toBeTruthy();
    expect(screen.getByText(/Nøkkelen «__proto__» er ikke tillatt/)).toBeTruthy();

    const data = JSON.parse(JSON.stringify(bundled));
    data.version = "2027.1";
    data.instruments = data.instruments.slice(0, 10);
    const good = new File([JSON.stringify(data)], "katalog-2027.json");
    await act(async () => {
      fireEvent.change(input, { target: { files: [good] } });
    });
    expect(await screen.findByText("10 av 10 virkemidler")).toBeTruthy();
    expect(screen.getByText(/Versjon 2027.1/)).toBeTruthy();
    expect(screen.getByText(/Lastet fra katalog-2027.json/)).toBeTruthy();
    expect(screen.queryByText(/ble ikke tatt i bruk/)).toBeNull();
  });
});
