/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { defaultCatalogue } from "../../src/catalogue";
import bundled from "../../src/catalogue/data/catalogue-2026.1.json";
import type { Finding } from "../../src/core/model/finding";
import type { CheckedFile, ConsolidationResult } from "../../src/taskpane/model";
import { configure } from "@testing-library/react";
import { renderPane, testHost, testRunner } from "./render";

configure({ asyncUtilTimeout: 10_000 });

beforeEach(() => localStorage.clear());

const finding = (over: Partial<Finding>): Finding => ({
  rule: "usage.unknown-instrument",
  severity: "error",
  sheet: "Virkemiddelbruk",
  row: 5,
  column: "Virkemiddel-ID",
  cell: "A5",
  value: "V999",
  message: { nb: "Ukjent virkemiddel V999.", en: "Unknown instrument V999." },
  hint: { nb: "Velg et virkemiddel fra listen.", en: "Choose an instrument from the list." },
  ...over,
});

const ONE_FILE = [{ name: "oslo-at.xlsx", bytes: new Uint8Array([1]) }];

const checked: CheckedFile[] = [
  {
    file: "oslo-at.xlsx",
    submission: {
      unit: "OSL",
      agency: "AT",
      period: "2026-T1",
      templateVersion: "2026.1",
      catalogueVersion: "2026.1",
    },
    findings: [
      finding({}),
      finding({
        rule: "usage.agency-mismatch",
        severity: "warning",
        row: 7,
        cell: "A7",
        value: "V101",
        message: { nb: "V101 brukes normalt ikke av AT.", en: "V101 is not normally used by AT." },
      }),
      finding({
        rule: "actors.personal-id",
        severity: "error",
        sheet: "Aktører",
        row: 3,
        column: "Aktørreferanse",
        cell: "A3",
        value: "311299*****",
        message: {
          nb: "Fødselsnummer i aktørreferansen.",
          en: "National identity number in the actor reference.",
        },
      }),
    ],
  },
];

describe("the task pane", () => {
  it("opens on Maler in bokmål with four keyboard-reachable sections", () => {
    renderPane(testHost("file"), testRunner({}).runner);
    expect(screen.getAllByRole("tab")).toHaveLength(4);
    for (const name of ["Maler", "Kontroll", "Sammenstill", "Katalog"])
      expect(screen.getByRole("tab", { name })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Maler" }).getAttribute("aria-selected")).toBe("true");
    expect(screen.getByRole("heading", { name: "Sett inn rapporteringsmal" })).toBeTruthy();
    expect(document.documentElement.lang).toBe("nb");
  });

  it("follows an English Office display language, and the switch changes every text", () => {
    renderPane(testHost("excel", { displayLanguage: "en-US" }), testRunner({}).runner);
    expect(screen.getByRole("tab", { name: "Templates" })).toBeTruthy();
    fireEvent.click(screen.getByRole("radio", { name: "Norsk" }));
    expect(screen.getByRole("tab", { name: "Maler" })).toBeTruthy();
    expect(screen.queryByRole("tab", { name: "Templates" })).toBeNull();
    expect(document.documentElement.lang).toBe("nb");
    expect(localStorage.getItem("akrim-rapport.lang")).toBe("nb");
  });

  it("asks for the current tertial by default and reports the download", async () => {
    const host = testHost("file");
    renderPane(host, testRunner({}).runner);
    expect(screen.getByText("2026-T2")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Last ned malen" }));
    await screen.findByText("Malen mal.xlsx er lastet ned.");
    expect(host.templateCalls).toEqual([
      { request: { unit: "OSL", agency: "AT", period: "2026-T2" }, renames: {} },
    ]);
  });

  it("on a sheet name clash offers new names, inserts with them, and never overwrites", async () => {
    const host = testHost("excel", {
      template: (renames) =>
        Object.keys(renames).length
          ? { ok: true, kind: "inserted", name: "" }
          : { ok: false, clashes: ["Forside"], existingSheets: ["Forside", "Forside (2)"] },
    });
    renderPane(host, testRunner({}).runner);
    fireEvent.click(screen.getByRole("button", { name: "Sett inn malen i arbeidsboken" }));
    const dialog = await screen.findByRole("dialog");
    const input = within(dialog).getByRole("textbox", {
      name: "Nytt navn for «Forside»",
    }) as HTMLInputElement;
    expect(input.value).toBe("Forside (3)");
    // A taken name is refused.
    fireEvent.change(input, { target: { value: "forside (2)" } });
    expect(
      within(dialog).getByRole("button", { name: "Sett inn med nye navn" }).hasAttribute("disabled"),
    ).toBe(true);
    // So is a name the template itself uses.
    fireEvent.change(input, { target: { value: "Katalog" } });
    expect(
      within(dialog).getByRole("button", { name: "Sett inn med nye navn" }).hasAttribute("disabled"),
    ).toBe(true);
    fireEvent.change(input, { target: { value: "Forside 2026" } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Sett inn med nye navn" }));
    await screen.findByText("Malen for Oslo, Arbeidstilsynet, 2026-T2 er satt inn.");
    expect(host.templateCalls.map((c) => c.renames)).toEqual([{}, { Forside: "Forside 2026" }]);
  });

  it("cancelling the clash dialog inserts nothing", async () => {
    const host = testHost("excel", {
      template: () => ({ ok: false, clashes: ["Katalog"], existingSheets: ["Katalog"] }),
    });
    renderPane(host, testRunner({}).runner);
    fireEvent.click(screen.getByRole("button", { name: "Sett inn malen i arbeidsboken" }));
    const dialog = await screen.findByRole("dialog");
    fireEvent.click(within(dialog).getByRole("button", { name: "Avbryt" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(host.templateCalls).toHaveLength(1);
  });

  it("lists the findings of the open workbook by sheet; each selects its cell", async () => {
    const selectCell = jest.fn(async () => undefined);
    const host = testHost("excel", { workbook: { check: async () => checked[0], selectCell } });
    renderPane(host, testRunner({}).runner);
    fireEvent.click(screen.getByRole("tab", { name: "Kontroll" }));
    fireEvent.click(screen.getByRole("button", { name: "Kontroller denne arbeidsboken" }));
    await screen.findByText("2 feil, 1 advarsler, 0 merknader");
    expect(screen.getByRole("heading", { name: "Virkemiddelbruk (2)" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Aktører (1)" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Gå til A3 på arket Aktører" }));
    expect(selectCell).toHaveBeenCalledWith("Aktører", "A3");
  });

  it("filters findings by severity and text", async () => {
    const { runner } = testRunner({ check: () => checked, samples: () => ONE_FILE });
    renderPane(testHost("file"), runner);
    fireEvent.click(screen.getByRole("tab", { name: "Kontroll" }));
    fireEvent.click(screen.getByRole("button", { name: "Prøv med eksempeldata" }));
    fireEvent.click(await screen.findByRole("button", { name: "Kontroller 1 filer" }));
    await screen.findByText("Viser 3 av 3 funn");
    fireEvent.click(screen.getByRole("checkbox", { name: "Feil (2)" }));
    expect(screen.getByText("Viser 1 av 3 funn")).toBeTruthy();
    expect(screen.getByText("V101 brukes normalt ikke av AT.")).toBeTruthy();
    expect(screen.queryByText("Ukjent virkemiddel V999.")).toBeNull();
    fireEvent.click(screen.getByRole("checkbox", { name: "Feil (2)" }));
    fireEvent.change(screen.getByRole("searchbox", { name: "Søk i funnene" }), {
      target: { value: "fødselsnummer" },
    });
    expect(screen.getByText("Viser 1 av 3 funn")).toBeTruthy();
    // In file mode the cell address and the (masked) value are shown instead of a go-to button.
    expect(screen.getByText("Celle A3 · Kolonne Aktørreferanse · Verdi: 311299*****")).toBeTruthy();
    expect(screen.queryByRole("button", { name: /Gå til/ })).toBeNull();
  });

  it("downloads the report as JSON in the command line's shape", async () => {
    const host = testHost("file");
    const { runner } = testRunner({ check: () => checked, samples: () => ONE_FILE });
    renderPane(host, runner);
    fireEvent.click(screen.getByRole("tab", { name: "Kontroll" }));
    fireEvent.click(screen.getByRole("button", { name: "Prøv med eksempeldata" }));
    fireEvent.click(await screen.findByRole("button", { name: "Kontroller 1 filer" }));
    fireEvent.click(await screen.findByRole("button", { name: "Last ned rapport (JSON)" }));
    const json = JSON.parse(host.saved[0].bytes as string);
    expect(json.summary).toEqual({ files: 1, errors: 2, warnings: 1 });
    expect(json.files[0].findings[2]).toEqual({
      rule: "actors.personal-id",
      severity: "error",
      sheet: "Aktører",
      row: 3,
      column: "Aktørreferanse",
      cell: "A3",
      value: "311299*****",
      message: "Fødselsnummer i aktørreferansen.",
      messageEn: "National identity number in the actor reference.",
      hint: "Velg et virkemiddel fra listen.",
      hintEn: "Choose an instrument from the list.",
    });
  });

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
    fireEvent.click(screen.getByRole("tab", { name: "Sammenstill" }));
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
      json: { parameters: [] },
      workbook: new Uint8Array([80, 75]),
    };
    const host = testHost("file");
    renderPane(host, testRunner({ consolidate: () => result, samples: () => ONE_FILE }).runner);
    fireEvent.click(screen.getByRole("tab", { name: "Sammenstill" }));
    fireEvent.click(screen.getAllByRole("button", { name: "Prøv med eksempeldata" })[0]);
    fireEvent.click(await screen.findByRole("button", { name: "Sammenstill 1 filer" }));
    await screen.findByText("Sammenstillingen er ferdig: 0 filer, 2 talt med, 1 konflikter.");
    expect(screen.getByText(/OSL · AT · 2026-T1: a.xlsx, b.xlsx/)).toBeTruthy();
    const table = screen.getByRole("table", { name: /Styringsparametre, totalt/ });
    expect(within(table).getByRole("rowheader", { name: "SP-BM1-02/BM1-ST" })).toBeTruthy();
    expect(within(table).getByText("Stanse")).toBeTruthy();
    expect(within(table).getByText("Andel tverretatlig virkemiddelbruk (BM1)")).toBeTruthy();
    expect(within(table).getByText("tom")).toBeTruthy();
    expect(within(table).getByText(/25\s?%/)).toBeTruthy();
    expect(
      screen.getByRole("img", {
        name: "Virkemiddelbruk per gruppering og etat. Stanse: 12 (Arbeidstilsynet 10, Politiet 2); Straffeforfølge: 3 (Arbeidstilsynet 0, Politiet 3)",
      }),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Last ned sammenstillingen (.xlsx)" }));
    expect(host.saved[0].name).toBe("sammenstilling.xlsx");
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
    expect(within(list).getByText(/Opphav: rekonstruert, må bekreftes/)).toBeTruthy();
  });

  it("refuses a broken revised catalogue with the reasons, and uses a valid one", async () => {
    renderPane(testHost("file"), testRunner({}).runner);
    fireEvent.click(screen.getByRole("tab", { name: "Katalog" }));
    const input = document.querySelector('input[type="file"][accept=".json"]') as HTMLInputElement;
    const bad = new File(['{"format":"akrim-katalog","formatVersion":1,"__proto__":{}}'], "ond.json");
    await act(async () => {
      fireEvent.change(input, { target: { files: [bad] } });
    });
    expect(await screen.findByText("Katalogfilen ond.json ble ikke tatt i bruk:")).toBeTruthy();
    expect(screen.getByText(/Nøkkelen "__proto__" er ikke tillatt/)).toBeTruthy();

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
