/** @jest-environment jsdom */
import { configure, fireEvent, screen } from "@testing-library/react";
import { checked, ONE_FILE } from "./fixtures";
import { renderPane, testHost, testRunner } from "./render";

configure({ asyncUtilTimeout: 10_000 });

beforeEach(() => localStorage.clear());

describe("the task pane: checking", () => {
  it("lists the findings of the open workbook by sheet; each selects its cell", async () => {
    const selectCell = jest.fn(async () => undefined);
    const host = testHost("excel", { workbook: { check: async () => checked[0], selectCell } });
    renderPane(host, testRunner({}).runner);
    fireEvent.click(screen.getByRole("tab", { name: "Kontroll" }));
    fireEvent.click(screen.getByRole("button", { name: "Kontroller denne arbeidsboken" }));
    await screen.findByText("2 feil, 1 advarsel, 0 merknader");
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
    fireEvent.click(await screen.findByRole("button", { name: "Kontroller 1 fil" }));
    await screen.findByText("Viser 3 av 3 funn");
    fireEvent.click(screen.getByRole("checkbox", { name: "Feil (2)" }));
    expect(screen.getByText("Viser 1 av 3 funn")).toBeTruthy();
    expect(
      screen.getByText("AT er ikke oppført som bruker av V101 (Pålegg); katalogen oppgir NAV, POL."),
    ).toBeTruthy();
    expect(screen.queryByText("Virkemiddel-ID «V999» finnes ikke i katalogen 2026.1.")).toBeNull();
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
    fireEvent.click(await screen.findByRole("button", { name: "Kontroller 1 fil" }));
    fireEvent.click(await screen.findByRole("button", { name: "Mer" }));
    fireEvent.click(await screen.findByRole("button", { name: "Last ned rapport (JSON)" }));
    const json = JSON.parse(host.saved[0].bytes as string);
    expect(json.summary).toEqual({ files: 1, errors: 2, warnings: 1 });
    expect(json.files[0].findings[2]).toEqual({
      rule: "privacy.national-id",
      severity: "error",
      sheet: "Aktører",
      row: 3,
      column: "Aktørreferanse",
      cell: "A3",
      value: "311299*****",
      message:
        "Cellen inneholder fødselsnummer (311299*****). Dette er personopplysninger som ikke skal stå i rapporten.",
      messageEn:
        "The cell holds a national identity number (311299*****). This is personal data that must not be in the report.",
      hint: "Slett nummeret og bruk en pseudonym saksreferanse. Arbeidsboken må ikke sendes videre før nummeret er fjernet (også fra skjulte ark og kommentarer).",
      hintEn:
        "Delete the number and use a pseudonymous case reference. The workbook must not be passed on until the number is removed (also from hidden sheets and comments).",
      params: { kinds: { nb: "fødselsnummer", en: "national identity number" }, masked: "311299*****" },
    });
  });
});
