/**
 * `template --unit U --agency A --period P [--part centre|line] [--catalogue FILE] -o FILE.xlsx [--force]`:
 * writes an empty reporting template for one unit, agency, period and part of the effort. Refuses to overwrite an existing file unless --force.
 */
import { existsSync, writeFileSync } from "node:fs";
import { renderMessage } from "../../core/model/user-error";
import { planTemplate } from "../../core/template";
import { bilingual, translate, type MessageKey } from "../../i18n";
import { writeXlsx } from "../../workbook/xlsx";
import { fail, loadCatalogueOption, parseCommandLine, say } from "../args";
import { nodeDeflateRaw } from "../files";

const OPTIONS = {
  unit: { type: "string" },
  agency: { type: "string" },
  period: { type: "string" },
  part: { type: "string" },
  catalogue: { type: "string" },
  out: { type: "string", short: "o" },
  force: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

const USAGE = "cli.usage.template";

export async function templateCommand(args: string[]): Promise<number> {
  const parsed = parseCommandLine(args, OPTIONS, { maxPositionals: 0 });
  const lang = parsed.lang;
  if (!parsed.ok) return fail(lang, parsed.message, USAGE);
  const v = parsed.values;
  if (v.help) {
    process.stdout.write(translate(lang, USAGE));
    return 0;
  }
  const required: [keyof typeof OPTIONS, string, MessageKey][] = [
    ["unit", "--unit", "cli.what.unit"],
    ["agency", "--agency", "cli.what.agency"],
    ["period", "--period", "cli.what.period"],
    ["out", "-o", "cli.what.templateOut"],
  ];
  for (const [key, flag, what] of required) {
    if (typeof v[key] !== "string" || v[key] === "")
      return fail(lang, bilingual("cli.missingOption", { flag, what: translate(lang, what) }), USAGE);
  }
  const part = v.part ?? "centre";
  if (part !== "centre" && part !== "line")
    return fail(lang, bilingual("cli.badPart", { value: part }), USAGE);
  const out = v.out as string;
  if (!/\.xlsx$/i.test(out)) return fail(lang, bilingual("cli.notXlsx", { file: out }), USAGE);
  if (existsSync(out) && !v.force) return fail(lang, bilingual("cli.exists", { file: out }));
  const loaded = await loadCatalogueOption(v.catalogue);
  if (!loaded.ok) return fail(lang, loaded.message);

  const plan = planTemplate(
    loaded.catalogue,
    { unit: v.unit as string, agency: v.agency as string, period: v.period as string, part },
    { existingSheetNames: [] },
  );
  if ("problems" in plan) {
    return fail(
      lang,
      {
        nb: plan.problems.map((p) => renderMessage(p, "nb")).join("\n"),
        en: plan.problems.map((p) => renderMessage(p, "en")).join("\n"),
      },
      USAGE,
    );
  }
  // A new workbook has no sheets; a clash here means the catalogue names two sheets alike.
  if ("clashes" in plan)
    return fail(lang, bilingual("cli.sameSheetNames", { sheets: plan.clashes.join(", ") }));
  const bytes = writeXlsx(plan.edits, {
    title: translate("nb", "workbook.templateTitle", { unit: v.unit!, agency: v.agency!, period: v.period! }),
    deflateRaw: nodeDeflateRaw,
  });
  try {
    writeFileSync(out, bytes, { flag: v.force ? "w" : "wx" });
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return fail(lang, bilingual("cli.cannotWrite", { file: out, detail }));
  }
  say(
    lang,
    bilingual("cli.wroteTemplate", {
      file: out,
      template: loaded.catalogue.template.version,
      catalogue: loaded.catalogue.version,
    }),
  );
  return 0;
}
