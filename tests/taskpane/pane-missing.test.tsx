/** @jest-environment jsdom */
/**
 * The pane shows who has not sent yet at the top of the consolidation's result, from a real consolidation of
 * real workbooks (the job runs in the test instead of a worker), and makes nothing from unreadable files.
 */
import { webcrypto } from "node:crypto";
import { configure, fireEvent, screen, within } from "@testing-library/react";
import { defaultCatalogue } from "../../src/catalogue";
import { generateSamples, planSample } from "../../src/core/samples";
import type { PickedFile } from "../../src/taskpane/model";
import { runJob } from "../../src/taskpane/work";
import { writeXlsx } from "../../src/workbook/xlsx";
import { installDomShims, renderPane, testHost, testRunner } from "./render";

configure({ asyncUtilTimeout: 20_000 });

beforeEach(() => localStorage.clear());

installDomShims();
// The pane hashes files with Web Crypto, which jsdom does not carry; Node's is the same API.
if (!globalThis.crypto?.subtle) Object.defineProperty(globalThis, "crypto", { value: webcrypto });

const catalogue = defaultCatalogue();
const wanted = ["OSL_AT_2026-T1.xlsx", "OSL_NAV_2026-T1.xlsx"];
const files: PickedFile[] = generateSamples(catalogue)
  .filter((s) => wanted.includes(s.fileName))
  .map((s) => ({ name: s.fileName, bytes: writeXlsx(planSample(catalogue, s)) }));

async function consolidateInPane(picked: PickedFile[]) {
  const host = testHost("file");
  renderPane(
    host,
    testRunner({
      samples: () => picked,
      consolidate: (request) => runJob("consolidate", request, () => undefined) as never,
    }).runner,
  );
  fireEvent.click(screen.getByRole("tab", { name: "Sammenstilling" }));
  fireEvent.click(screen.getAllByRole("button", { name: "Prøv med eksempeldata" })[0]);
  fireEvent.click(await screen.findByRole("button", { name: `Sammenstill ${picked.length} filer` }));
  return host;
}

describe("the task pane: who has not sent yet", () => {
  it("lists every member's missing submission for the period seen, at the top of the result", async () => {
    expect(files.map((f) => f.name).sort()).toEqual(wanted);
    await consolidateInPane(files);
    // 2026.2: AT, NAV, POL, SKE in 11 centres and local cooperations, and TOLL in ALT: 45 for 2026-T1, 2 given.
    const heading = await screen.findByRole("heading", { name: "Mangler (43)" });
    const result = screen.getByRole("heading", { name: "Resultat" }).parentElement!;
    const order = [...result.querySelectorAll("h4")].map((h) => h.textContent);
    expect(order[0]).toBe("Mangler (43)");
    fireEvent.click(within(heading).getByRole("button"));
    const table = screen.getByRole("table", { name: "Mangler (43)" });
    const rows = within(table)
      .getAllByRole("row")
      .slice(1)
      .map((r) =>
        within(r)
          .getAllByRole("cell")
          .map((c) => c.textContent),
      );
    expect(rows).toHaveLength(43);
    expect(rows.slice(0, 2)).toEqual([
      ["OSL", "POL", "A-krimsenter", "2026-T1", "ikke kjent"],
      ["OSL", "SKE", "A-krimsenter", "2026-T1", "ikke kjent"],
    ]);
    expect(rows).toContainEqual(["ALT", "TOLL", "A-krimsenter", "2026-T1", "ikke kjent"]);
    expect(rows.some((r) => r[0] === "OSL" && (r[1] === "AT" || r[1] === "NAV"))).toBe(false);
  });

  it("makes no consolidation from files none of which can be read, and says why", async () => {
    const broken: PickedFile[] = [
      { name: "a.xlsx", bytes: new Uint8Array([1, 2, 3]) },
      { name: "b.xlsx", bytes: new TextEncoder().encode("not a workbook") },
    ];
    const host = await consolidateInPane(broken);
    // The message says why for each file, in the job's status and to screen readers.
    const said = await screen.findAllByText(
      /^Ingen av filene kunne leses, så ingen sammenstilling er laget\. a\.xlsx: .+ b\.xlsx: /,
    );
    expect(said.length).toBeGreaterThan(0);
    expect(screen.queryByRole("heading", { name: "Resultat" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Last ned sammenstillingen (.xlsx)" })).toBeNull();
    expect(host.saved).toHaveLength(0);
  });
});
