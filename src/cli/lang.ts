/** The `--lang nb|en` option, read before anything else so that even a usage error speaks the language asked for. */
import type { Lang } from "../i18n";

/** The language `--lang` asks for (`--lang en` or `--lang=en`); bokmål when absent. Null when the value is wrong. */
export function langOf(args: string[]): Lang | null {
  let value: string | undefined;
  args.forEach((a, i) => {
    if (a === "--lang") value = args[i + 1];
    else if (a.startsWith("--lang=")) value = a.slice("--lang=".length);
  });
  if (value === undefined) return "nb";
  return value === "nb" || value === "en" ? value : null;
}
