/** Plain data the pane's component tests show. */
import type { Finding } from "../../src/core/model/finding";
import type { CheckedFile } from "../../src/taskpane/model";

export const finding = (over: Partial<Finding>): Finding => ({
  rule: "usage.unknown-instrument",
  severity: "error",
  sheet: "Virkemiddelbruk",
  row: 5,
  column: "Virkemiddel-ID",
  cell: "A5",
  value: "V999",
  params: { id: "V999", catalogue: "2026.1" },
  ...over,
});

export const ONE_FILE = [{ name: "oslo-at.xlsx", bytes: new Uint8Array([1]) }];

export const checked: CheckedFile[] = [
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
        params: { agency: "AT", id: "V101", name: { nb: "Pålegg", en: "Order" }, listed: "NAV, POL" },
      }),
      finding({
        rule: "privacy.national-id",
        severity: "error",
        sheet: "Aktører",
        row: 3,
        column: "Aktørreferanse",
        cell: "A3",
        value: "311299*****",
        params: {
          kinds: { nb: "fødselsnummer", en: "national identity number" },
          masked: "311299*****",
        },
      }),
    ],
  },
];
