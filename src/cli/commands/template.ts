/**
 * `template --unit U --agency A --period P [--part centre|line] [--catalogue FILE] -o FILE.xlsx [--force]`:
 * writes an empty reporting template for one unit, agency, period and part of the effort. Refuses to overwrite an existing file unless --force.
 */
import { existsSync, writeFileSync } from "node:fs";
import { planTemplate } from "../../core/template";
import { writeXlsx } from "../../workbook/xlsx";
import {
  EXIT_USAGE,
  formatMessage,
  loadCatalogueOption,
  missingOption,
  parseCommandLine,
  type Message,
} from "../args";

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

export const TEMPLATE_USAGE = `Bruk / usage: npm run akrim -- template --unit U --agency A --period P [--part centre|line] [--catalogue FILE] -o FILE.xlsx [--force]
  --unit      rapporteringsenhet / reporting unit (OSL, BGO, ..., LINJE)
  --agency    etat / agency (AT, NAV, POL, SKE, TOLL)
  --period    periode / period: YYYY or YYYY-T1|T2|T3
  --part      innsats / part of the effort: centre (A-krimsenter, standard) or line (Etatslinje)
  --catalogue katalogfil (JSON) / catalogue file; default: the bundled catalogue
  -o, --out   malfilen som skal skrives / the template file to write
  --force     overskriv en eksisterende fil / overwrite an existing file
`;

function fail(message: Message, withUsage = true): number {
  process.stderr.write(formatMessage(message) + (withUsage ? `\n${TEMPLATE_USAGE}` : ""));
  return EXIT_USAGE;
}

export async function templateCommand(args: string[]): Promise<number> {
  const parsed = parseCommandLine(args, OPTIONS, { maxPositionals: 0 });
  if (!parsed.ok) return fail(parsed.message);
  const v = parsed.values;
  if (v.help) {
    process.stdout.write(TEMPLATE_USAGE);
    return 0;
  }
  const required: [keyof typeof OPTIONS, string, Message][] = [
    ["unit", "--unit", { nb: "rapporteringsenhet", en: "reporting unit" }],
    ["agency", "--agency", { nb: "etat", en: "agency" }],
    ["period", "--period", { nb: "periode", en: "period" }],
    ["out", "-o", { nb: "filen som skal skrives", en: "the file to write" }],
  ];
  for (const [key, flag, what] of required) {
    if (typeof v[key] !== "string" || v[key] === "") return fail(missingOption(flag, what));
  }
  const part = v.part ?? "centre";
  if (part !== "centre" && part !== "line") {
    return fail({
      nb: `--part må være centre (A-krimsenter) eller line (Etatslinje), ikke ${part}.`,
      en: `--part must be centre (A-krimsenter) or line (Etatslinje), not ${part}.`,
    });
  }
  const out = v.out as string;
  if (!/\.xlsx$/i.test(out)) {
    return fail({
      nb: `Utfilen må slutte på .xlsx: ${out}`,
      en: `The output file must end in .xlsx: ${out}`,
    });
  }
  if (existsSync(out) && !v.force) {
    return fail(
      {
        nb: `Filen ${out} finnes allerede. Velg et annet navn, eller bruk --force for å overskrive den.`,
        en: `The file ${out} already exists. Choose another name, or use --force to overwrite it.`,
      },
      false,
    );
  }
  const loaded = loadCatalogueOption(v.catalogue);
  if (!loaded.ok) return fail(loaded.message, false);

  const plan = planTemplate(
    loaded.catalogue,
    { unit: v.unit as string, agency: v.agency as string, period: v.period as string, part },
    { existingSheetNames: [] },
  );
  if ("problems" in plan) {
    return fail({
      nb: plan.problems.map((p) => p.nb).join("\n"),
      en: plan.problems.map((p) => p.en).join("\n"),
    });
  }
  if ("clashes" in plan) {
    // A new workbook has no sheets; a clash here means the catalogue names two sheets alike.
    return fail(
      {
        nb: `Katalogen gir flere ark samme navn: ${plan.clashes.join(", ")}`,
        en: `The catalogue gives several sheets the same name: ${plan.clashes.join(", ")}`,
      },
      false,
    );
  }
  const bytes = writeXlsx(plan.edits, { title: `A-krim rapportering ${v.unit} ${v.agency} ${v.period}` });
  try {
    writeFileSync(out, bytes, { flag: v.force ? "w" : "wx" });
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return fail({ nb: `Kan ikke skrive ${out}: ${detail}`, en: `Cannot write ${out}: ${detail}` }, false);
  }
  process.stdout.write(
    formatMessage({
      nb: `Skrev ${out} (mal ${loaded.catalogue.template.version}, katalog ${loaded.catalogue.version}).`,
      en: `Wrote ${out} (template ${loaded.catalogue.template.version}, catalogue ${loaded.catalogue.version}).`,
    }),
  );
  return 0;
}
