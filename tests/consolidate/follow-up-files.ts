/**
 * Returned workbooks for the "files to follow up" tests, as .xlsx bytes: a clean return, a return with
 * data-quality errors (an instrument id typed with the letter O, "19 stk" in a number cell, a personal ID number
 * in a comment), and a file that is not a workbook at all.
 */
import { defaultCatalogue } from "../../src/catalogue";
import { PLANTED_FNR } from "../../src/core/samples";
import { planFilledTemplate, type TemplateData, type TemplateIdentity } from "../../src/core/template/plan";
import { writeXlsx } from "../../src/workbook/xlsx";

export const CLEAN = "OSL_AT_2026-T1.xlsx";
export const FAULTY = "OSL_NAV_2026-T1.xlsx";
export const BROKEN = "skadet.xlsx";

function filled(identity: TemplateIdentity, data: TemplateData, name: string): Uint8Array {
  const plan = planFilledTemplate(defaultCatalogue(), identity, data);
  if (!("edits" in plan)) throw new Error(`cannot plan ${name}`);
  return writeXlsx(plan.edits, { title: name });
}

export function followUpFiles(): { name: string; bytes: Uint8Array }[] {
  return [
    {
      name: CLEAN,
      bytes: filled(
        { unit: "OSL", agency: "AT", period: "2026-T1" },
        { status: "Innsendt", tables: { usage: [{ instrumentId: "V101", antall: 5 }] } },
        CLEAN,
      ),
    },
    {
      name: FAULTY,
      bytes: filled(
        { unit: "OSL", agency: "NAV", period: "2026-T1" },
        {
          status: "Innsendt",
          tables: {
            usage: [
              { instrumentId: "V1O1", antall: 3 },
              { instrumentId: "V133", antall: "19 stk" },
              { instrumentId: "V134", antall: 2, kommentar: `Gjelder ${PLANTED_FNR}` },
            ],
          },
        },
        FAULTY,
      ),
    },
    // A zip archive is expected; plain text is what a mail program sometimes leaves of an attachment.
    { name: BROKEN, bytes: new TextEncoder().encode("Dette er ikke en arbeidsbok.") },
  ];
}
