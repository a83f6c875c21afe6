/** Taking the user to a finding: activate its sheet and select its cell, in one request. */
import { parseRange } from "../../core/a1";
import { UserError } from "../../core/model/user-error";
import { sameName } from "../../core/names";

/** Not selected: the error to show the user (returned, not thrown, so that it is not taken for Excel's). */
export type SelectResult = { ok: true } | { ok: false; error: UserError };

export async function selectCell(
  context: Excel.RequestContext,
  sheet: string,
  address: string,
): Promise<SelectResult> {
  if (!parseRange(address)) return { ok: false, error: new UserError("edits.badAddress", { address }) };
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const ws = worksheets.items.find((w) => sameName(w.name, sheet));
  if (!ws) return { ok: false, error: new UserError("excel.sheetGone", { sheet }) };
  ws.activate();
  ws.getRange(address).select();
  await context.sync();
  return { ok: true };
}
