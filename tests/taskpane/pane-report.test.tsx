/** @jest-environment jsdom */
/**
 * The pane's annual-report button: after a consolidation it writes the drafted report as .docx (the writer loaded
 * on demand) and hands it to the host as a download, in the pane's language.
 */
import { act, configure, fireEvent, screen, waitFor } from "@testing-library/react";
import { strFromU8, unzipSync } from "fflate";
import { defaultCatalogue } from "../../src/catalogue";
import { consolidate } from "../../src/core/consolidate";
import { describeAnnualReport } from "../../src/core/report";
import type { ConsolidationResult } from "../../src/taskpane/model";
import { template, usageRow } from "../rollup/fixtures";
import { ONE_FILE } from "./fixtures";
import { renderPane, testHost, testRunner } from "./render";

configure({ asyncUtilTimeout: 20_000 });

beforeEach(() => localStorage.clear());

const catalogue = defaultCatalogue();
const consolidation = consolidate(
  [
    {
      file: "osl-at.xlsx",
      hash: "a",
      snapshot: template({ usage: [usageRow("V108", 3, 1, null, 4_500_000)] }),
      findings: [],
    },
  ],
  catalogue,
);

const result: ConsolidationResult = {
  files: [],
  conflicts: [],
  parameters: [],
  charts: [],
  counted: 1,
  followUp: [],
  missing: [],
  expectedFrom: "membership",
  json: {},
  workbook: new Uint8Array([80, 75]),
  report: describeAnnualReport(consolidation, { drafted: new Date(2026, 5, 15) }),
};

async function consolidateAndDownload(host: ReturnType<typeof testHost>, button: RegExp) {
  renderPane(host, testRunner({ consolidate: () => result, samples: () => ONE_FILE }).runner);
  fireEvent.click(screen.getByRole("tab", { name: /Sammenstill|Consolidat/ }));
  if (host.kind === "file")
    fireEvent.click(screen.getAllByRole("button", { name: "Prøv med eksempeldata" })[0]);
  else {
    // In Excel the returns are picked from the computer (the sample set is a file-mode offer).
    const input = document.querySelector('input[type="file"][accept=".xlsx"]') as HTMLInputElement;
    await act(async () => {
      fireEvent.change(input, { target: { files: [new File([new Uint8Array([80, 75])], "osl-at.xlsx")] } });
    });
  }
  fireEvent.click(await screen.findByRole("button", { name: /Sammenstill 1|Consolidate 1/ }));
  fireEvent.click(await screen.findByRole("button", { name: button }));
  await waitFor(() => expect(host.saved).toHaveLength(1));
  const file = host.saved[0];
  expect(file.mime).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  const parts = unzipSync(file.bytes as Uint8Array);
  expect(Object.keys(parts)).toContain("word/charts/chart1.xml");
  return { name: file.name, doc: strFromU8(parts["word/document.xml"]) };
}

describe("the task pane: the drafted annual report", () => {
  it("downloads the report as a Word document in file mode", async () => {
    const host = testHost("file");
    const { name, doc } = await consolidateAndDownload(host, /^Last ned årsrapportutkast \(\.docx\)$/);
    expect(name).toBe("arsrapportutkast.docx");
    expect(doc).toContain("Brukermål 1: Sentrale trusselaktører");
    expect(doc).toMatch(/4\u00a0500\u00a0000/);
    await waitFor(() =>
      expect(screen.getByTestId("live-region").textContent).toBe("Årsrapportutkastet er lastet ned."),
    );
  });

  it("offers the same download in Excel, in English when Office speaks English", async () => {
    const host = testHost("excel", { displayLanguage: "en-GB", workbook: { canOpenWorkbook: () => false } });
    const { name, doc } = await consolidateAndDownload(host, /Download the draft annual report/);
    expect(name).toBe("annual-report-draft.docx");
    expect(doc).toContain("User goal 1: Key threat actors");
  });
});
