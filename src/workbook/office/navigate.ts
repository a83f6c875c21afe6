/** Taking the user to a finding: activate its sheet and select its cell, in one request. */
import type { LocalText } from "../../catalogue/schema";
import { parseRange } from "../../core/a1";
import { sameName } from "../../core/names";

export type SelectResult = { ok: true } | { ok: false; message: LocalText };

export async function selectCell(
  context: Excel.RequestContext,
  sheet: string,
  address: string,
): Promise<SelectResult> {
  if (!parseRange(address))
    return {
      ok: false,
      message: { nb: `Ugyldig celleadresse «${address}».`, en: `Invalid cell address "${address}".` },
    };
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const ws = worksheets.items.find((w) => sameName(w.name, sheet));
  if (!ws)
    return {
      ok: false,
      message: {
        nb: `Arket «${sheet}» finnes ikke lenger i arbeidsboken.`,
        en: `The sheet "${sheet}" is no longer in the workbook.`,
      },
    };
  ws.activate();
  ws.getRange(address).select();
  await context.sync();
  return { ok: true };
}
