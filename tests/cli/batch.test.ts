/** Lock files and the progress line (src/cli/batch.ts). */
import { isLockFile, progress, withoutLockFiles } from "../../src/cli/batch";

test("Excel's and LibreOffice's lock files are recognised, workbooks are not", () => {
  expect(isLockFile("/del/~$OSL_AT_2026-T1.xlsx")).toBe(true);
  expect(isLockFile(".~lock.OSL_AT_2026-T1.xlsx#")).toBe(true);
  expect(isLockFile("OSL_AT_2026-T1.xlsx")).toBe(false);
  expect(isLockFile("~OSL.xlsx")).toBe(false);
  expect(isLockFile(".~lock.OSL.xlsx")).toBe(false);
  const { files, skipped } = withoutLockFiles(["a.xlsx", "~$a.xlsx", "b.xlsx"]);
  expect(files).toEqual(["a.xlsx", "b.xlsx"]);
  expect(skipped).toEqual([expect.objectContaining({ file: "~$a.xlsx", reason: "lock-file" })]);
  expect(skipped[0].message.nb).toContain("hoppet over");
});

function fakeStream(isTTY: boolean) {
  const written: string[] = [];
  const stream = {
    isTTY,
    columns: 60,
    write: (s: string) => written.push(s) > 0,
  } as unknown as NodeJS.WriteStream;
  return { stream, written };
}

describe("the progress line", () => {
  let now = 0;
  beforeEach(() => {
    now = 1_000_000;
    jest.spyOn(Date, "now").mockImplementation(() => now);
  });
  afterEach(() => jest.restoreAllMocks());

  test("nothing when standard error is not a terminal", () => {
    const { stream, written } = fakeStream(false);
    const p = progress(100, "nb", "cli.progress.checking", stream);
    for (let i = 0; i < 100; i++, now += 100) p.tick(`f${i}.xlsx`);
    p.done();
    expect(written).toEqual([]);
  });

  test("nothing for the first second; then one line, redrawn in place and cleared at the end", () => {
    const { stream, written } = fakeStream(true);
    const p = progress(100, "nb", "cli.progress.checking", stream);
    for (let i = 0; i < 5; i++, now += 150) p.tick(`f${i}.xlsx`);
    expect(written).toEqual([]);
    for (let i = 5; i < 100; i++, now += 150) p.tick(`f${i}.xlsx`);
    expect(written.length).toBeGreaterThan(10);
    expect(written.every((w) => w.startsWith("\r") && !w.includes("\n"))).toBe(true);
    expect(written[written.length - 1]).toContain("Kontrollerer 100/100: f99.xlsx");
    p.done();
    expect(written[written.length - 1]).toMatch(/^\r +\r$/);
  });
});
