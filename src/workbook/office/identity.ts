/**
 * The template identity of the open workbook, read back from its custom document properties.
 *
 * Custom document properties travel inside the file and read the same on Windows, Mac and the web.
 * Add-in settings (Office.context.document.settings) and custom XML parts are not used for identity: they
 * have been unreliable on Mac and on the web, and settings are invisible to anything but this add-in.
 */
import type { Catalogue } from "../../catalogue/loader";
import type { IdentityKey } from "../../core/model/submission";

export type WorkbookIdentity = Partial<Record<IdentityKey, string>>;

export async function readIdentity(
  context: Excel.RequestContext,
  catalogue: Catalogue,
): Promise<WorkbookIdentity> {
  const custom = context.workbook.properties.custom;
  custom.load("items/key,items/value");
  await context.sync();
  const byKey = new Map(custom.items.map((p) => [p.key.toLowerCase(), p.value as unknown]));
  const identity: WorkbookIdentity = {};
  for (const field of catalogue.template.cover.fields) {
    if (!field.property) continue;
    const v = byKey.get(field.property.toLowerCase());
    if (v === undefined || v === null) continue;
    const text = (v instanceof Date ? v.toISOString().slice(0, 10) : String(v)).trim();
    if (text) identity[field.key] = text;
  }
  return identity;
}
