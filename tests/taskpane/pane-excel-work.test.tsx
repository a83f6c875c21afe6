/** @jest-environment jsdom */
/**
 * Long work in Excel, as the pane shows it: nothing until the work reports itself slow, then progress with
 * Cancel; Cancel asks the work to stop (once), says it is stopping, and the work's "Cancelled" outcome is then
 * shown. The host here is a stand-in that records calls; the Excel side (stopping between requests) is tested in
 * excel-host.test.ts and tests/office/errors.test.ts.
 */
import { act, configure, fireEvent, screen } from "@testing-library/react";
import { nb } from "../../src/i18n/nb";
import type { ExcelWork } from "../../src/taskpane/host";
import { cancelledProblem, ExcelFailure } from "../../src/workbook/office/errors";
import { checked } from "./fixtures";
import { renderPane, testHost, testRunner } from "./render";
import { renderBoth } from "../../src/core/model/user-error";

configure({ asyncUtilTimeout: 10_000 });

beforeEach(() => localStorage.clear());

/** Excel work that reports itself slow when told to, and ends as its cancel switch says. */
function slowWork() {
  let cancels = 0;
  let reportSlow: () => void = () => undefined;
  let finish: () => void = () => undefined;
  const check = (_catalogue: unknown, work?: ExcelWork) =>
    new Promise<(typeof checked)[0]>((resolve, reject) => {
      reportSlow = () =>
        work?.onSlow?.(() => {
          cancels++;
          // The work stops at its next request boundary: here, when the test says Excel has answered.
          finish = () => reject(new ExcelFailure(cancelledProblem()));
        });
      finish = () => resolve(checked[0]);
    });
  return {
    check,
    slow: () => act(() => reportSlow()),
    excelAnswers: () => act(async () => finish()),
    cancels: () => cancels,
  };
}

describe("the task pane: long work in Excel", () => {
  it("shows progress with Cancel only once the work is slow; Cancel stops it and says so", async () => {
    const work = slowWork();
    renderPane(testHost("excel", { workbook: { check: work.check } }), testRunner({}).runner);
    fireEvent.click(screen.getByRole("tab", { name: nb["tab.check"] }));
    fireEvent.click(screen.getByRole("button", { name: nb["check.thisWorkbook"] }));
    expect(screen.queryByText(nb["excelWork.slow"])).toBeNull();
    expect(screen.queryByRole("button", { name: nb["common.cancel"] })).toBeNull();

    await work.slow();
    expect(screen.getAllByText(nb["excelWork.slow"]).length).toBeGreaterThan(0);
    const cancel = screen.getByRole("button", { name: nb["common.cancel"] });
    fireEvent.click(cancel);
    expect(work.cancels()).toBe(1);
    // Stopping waits for Excel to finish the request it holds: the pane says so and Cancel is off meanwhile.
    expect(screen.getAllByText(nb["excelWork.cancelling"]).length).toBeGreaterThan(0);
    expect((screen.getByRole("button", { name: nb["common.cancel"] }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    fireEvent.click(screen.getByRole("button", { name: nb["common.cancel"] }));
    expect(work.cancels()).toBe(1);

    await work.excelAnswers();
    expect(screen.queryByRole("button", { name: nb["common.cancel"] })).toBeNull();
    // Shown in the section and told to the live region.
    expect((await screen.findAllByText(renderBoth(cancelledProblem()).nb)).length).toBeGreaterThan(0);
  });

  it("work that finishes after being slow clears its progress and shows its result", async () => {
    const work = slowWork();
    renderPane(testHost("excel", { workbook: { check: work.check } }), testRunner({}).runner);
    fireEvent.click(screen.getByRole("tab", { name: nb["tab.check"] }));
    fireEvent.click(screen.getByRole("button", { name: nb["check.thisWorkbook"] }));
    await work.slow();
    expect(screen.getByRole("button", { name: nb["common.cancel"] })).toBeTruthy();
    await work.excelAnswers();
    expect(screen.queryByRole("button", { name: nb["common.cancel"] })).toBeNull();
    expect(screen.queryByText(nb["excelWork.slow"])).toBeNull();
    expect(await screen.findByRole("heading", { name: "Feil (2)" })).toBeTruthy();
  });
});
