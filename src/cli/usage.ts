import { translate, type Lang } from "../i18n";

/** The tool's overview: every command with its options, `--lang`, and the exit codes. */
export function usageText(lang: Lang = "nb"): string {
  return translate(lang, "cli.usage");
}
