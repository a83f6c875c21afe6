/** @jest-environment jsdom */
import { configure, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { CheckedFile } from "../../src/taskpane/model";
import { checked, finding, ONE_FILE } from "./fixtures";
import { renderPane, testHost, testRunner } from "./render";

configure({ asyncUtilTimeout: 10_000 });

beforeEach(() => localStorage.clear());

describe("the task pane: checking", () => {
  it("lists the findings of the open workbook by severity; each selects its cell", async () => {
    const selectCell = jest.fn(async () => undefined);
    const host = testHost("excel", { workbook: { check: async () => checked[0], selectCell } });
    renderPane(host, testRunner({}).runner);
    fireEvent.click(screen.getByRole("tab", { name: "Kontroll" }));
    fireEvent.click(screen.getByRole("button", { name: "Kontroller denne arbeidsboken" }));
    await screen.findByText("2 feil, 1 advarsel, 0 merknader");
    expect(screen.getByRole("heading", { name: "Feil (2)" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Advarsler (1)" })).toBeTruthy();
    expect(screen.queryByRole("heading", { name: /^Merknader/ })).toBeNull();
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
    expect(
      screen.getByText("Arket Aktører · Celle A3 · Kolonne Aktørreferanse · Verdi: 311299*****"),
    ).toBeTruthy();
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

  it("orders the findings of all files by severity: every error before any warning, the count line first", async () => {
    const two: CheckedFile[] = [
      {
        file: "a.xlsx",
        submission: null,
        findings: [{ ...checked[0].findings[1], row: 9, cell: "A9" }],
      },
      {
        file: "b.xlsx",
        submission: null,
        findings: [
          finding({ cell: "A5" }),
          finding({ cell: "A6", row: 6, value: "V998", params: { id: "V998", catalogue: "2026.1" } }),
        ],
      },
    ];
    const { runner } = testRunner({ check: () => two, samples: () => ONE_FILE });
    renderPane(testHost("file"), runner);
    fireEvent.click(screen.getByRole("tab", { name: "Kontroll" }));
    fireEvent.click(screen.getByRole("button", { name: "Prøv med eksempeldata" }));
    fireEvent.click(await screen.findByRole("button", { name: "Kontroller 1 fil" }));
    const results = await screen.findByRole("region", { name: "Funn" });
    const lines = [...results.querySelectorAll("li")].map((li) => li.textContent);
    expect(lines.map((l) => l!.slice(0, 8))).toEqual(["FeilVirk", "FeilVirk", "Advarsel"]);
    expect(lines[0]).toContain("b.xlsx");
    expect(lines[2]).toContain("a.xlsx");
    // The file with errors is named at the top, with what to do; the file with only a warning is not.
    const named = within(results).getByRole("list", { name: "1 fil har feil som må rettes" });
    expect(
      within(named)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["b.xlsx: 2 feil"]);
    expect(within(results).getByText(/^Rett feilene før filene sendes inn\./)).toBeTruthy();
    // The count line comes first in the result, before the filter.
    const first = within(results).getByText("2 filer kontrollert: 2 feil, 1 advarsel, 0 merknader");
    const filter = within(results).getByRole("group", { name: "Alvorlighetsgrad" });
    expect(first.compareDocumentPosition(filter) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it("after a check, focus is on the result summary and the live region says it", async () => {
    const { runner } = testRunner({ check: () => checked, samples: () => ONE_FILE });
    renderPane(testHost("file"), runner);
    fireEvent.click(screen.getByRole("tab", { name: "Kontroll" }));
    fireEvent.click(screen.getByRole("button", { name: "Prøv med eksempeldata" }));
    // The samples job ends with its message focused.
    await waitFor(() =>
      expect(document.activeElement?.textContent).toBe("1 eksempelarbeidsbok er lagt til."),
    );
    fireEvent.click(screen.getByRole("button", { name: "Kontroller 1 fil" }));
    const summary = "1 fil kontrollert: 2 feil, 1 advarsel, 0 merknader";
    await waitFor(() => expect(document.activeElement?.textContent).toBe(summary));
    await waitFor(() => expect(screen.getByTestId("live-region").textContent).toBe(summary));
    // A download is an action too: its outcome is focused and told.
    fireEvent.click(screen.getByRole("button", { name: "Last ned rapport (.xlsx)" }));
    await waitFor(() => expect(document.activeElement?.textContent).toBe("Rapporten er lastet ned."));
    await waitFor(() =>
      expect(screen.getByTestId("live-region").textContent).toBe("Rapporten er lastet ned."),
    );
  });

  it("clears the findings when the chosen files change, and says to check again", async () => {
    const { runner } = testRunner({ check: () => checked, samples: () => ONE_FILE });
    renderPane(testHost("file"), runner);
    fireEvent.click(screen.getByRole("tab", { name: "Kontroll" }));
    fireEvent.click(screen.getByRole("button", { name: "Prøv med eksempeldata" }));
    fireEvent.click(await screen.findByRole("button", { name: "Kontroller 1 fil" }));
    await screen.findByRole("region", { name: "Funn" });
    fireEvent.click(screen.getByRole("button", { name: "Fjern filene" }));
    expect(screen.queryByRole("region", { name: "Funn" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Last ned rapport (.xlsx)" })).toBeNull();
    expect(
      screen.getByText("Filutvalget er endret etter kontrollen. Kontroller filene på nytt for å se funnene."),
    ).toBeTruthy();
    // Focus does not fall to the page: it is on choosing files again.
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Velg filer …" }));
  });
});
