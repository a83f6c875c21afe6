/** The pane's list order over many files: most severe first, then file order, then each file's own order. */
import { bySeverity, type Finding, type Severity } from "../../src/core/model/finding";

const f = (severity: Severity, cell: string): Finding => ({
  rule: "cell.invalid-value",
  severity,
  sheet: "Aktører",
  row: Number(cell.slice(1)),
  column: "Status",
  cell,
  value: null,
  params: {},
});

test("every error comes before any warning, every warning before any note, whatever file holds it", () => {
  const files = [
    { file: "a.xlsx", findings: [f("warning", "C2"), f("info", "C3")] },
    { file: "b.xlsx", findings: [f("error", "C4"), f("error", "C7"), f("warning", "C5")] },
    { file: "c.xlsx", findings: [] },
    { file: "d.xlsx", findings: [f("info", "C2"), f("error", "C9")] },
  ];
  expect(bySeverity(files).map((x) => `${x.finding.severity} ${x.file.file} ${x.finding.cell}`)).toEqual([
    "error b.xlsx C4",
    "error b.xlsx C7",
    "error d.xlsx C9",
    "warning a.xlsx C2",
    "warning b.xlsx C5",
    "info a.xlsx C3",
    "info d.xlsx C2",
  ]);
});

test("nothing is lost or repeated", () => {
  const files = [{ findings: [f("info", "C1"), f("error", "C2"), f("warning", "C3"), f("error", "C4")] }];
  const listed = bySeverity(files).map((x) => x.finding);
  expect(listed).toHaveLength(4);
  expect(new Set(listed)).toEqual(new Set(files[0].findings));
});
