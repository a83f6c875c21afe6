/** Message catalogues and formatting for the task pane, in Norwegian bokmål (default) and English. */
import type { LocalText } from "../catalogue/schema";
import { en } from "./en";
import { nb } from "./nb";
import type { Lang, MessageKey, Messages } from "./types";

export type { Lang, MessageKey, Messages } from "./types";
export { LANGS } from "./types";

export const MESSAGES: Record<Lang, Messages> = { nb, en };

export type Params = Record<string, string | number>;

/**
 * A placeholder: `{name}`, or `{name|one|other}` for a count with its noun in the right number
 * (`{count|fil|filer}` gives "1 fil", "3 filer").
 */
const PLACEHOLDER = /\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g;

/** The message for `key` with its placeholders filled in; numbers are formatted for the language. */
export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  return fill(lang, MESSAGES[lang][key], params);
}

/** Fills the placeholders of `text`; an unknown placeholder stays visible rather than inventing a value. */
export function fill(lang: Lang, text: string, params?: Params): string {
  if (!params) return text;
  return text.replace(PLACEHOLDER, (whole, name: string, one?: string, other?: string) => {
    if (!Object.hasOwn(params, name)) return whole;
    const v = params[name];
    if (one !== undefined && other !== undefined && typeof v === "number")
      return counted(lang, v, one, other);
    return typeof v === "number" ? formatNumber(lang, v) : v;
  });
}

/** The message in both languages, for texts that travel with data (findings, workbook notes, CLI messages). */
export function bilingual(key: MessageKey, params?: Params): LocalText {
  return { nb: translate("nb", key, params), en: translate("en", key, params) };
}

/** Both languages side by side, "bokmål / English", for the few places a workbook shows both at once. */
export function sideBySide(key: MessageKey, params?: Params): string {
  return `${translate("nb", key, params)} / ${translate("en", key, params)}`;
}

const pluralRules: Partial<Record<Lang, Intl.PluralRules>> = {};

/**
 * The one plural helper: a count with its noun in the right number for the language,
 * counted("nb", 1, "advarsel", "advarsler") is "1 advarsel", counted("nb", 2, …) "2 advarsler".
 */
export function counted(lang: Lang, n: number, one: string, other: string): string {
  const rules = (pluralRules[lang] ??= new Intl.PluralRules(locale(lang)));
  return `${formatNumber(lang, n)} ${rules.select(n) === "one" ? one : other}`;
}

/** English when Office (or the browser) says English; Norwegian bokmål otherwise. */
export function languageFor(displayLanguage: string | null | undefined): Lang {
  return displayLanguage && /^en\b/i.test(displayLanguage.trim()) ? "en" : "nb";
}

export function locale(lang: Lang): string {
  return lang === "nb" ? "nb-NO" : "en-GB";
}

/** Number formats, made once each: making one costs far more than using it (a consolidation formats thousands). */
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang} ${options.style ?? ""} ${options.maximumFractionDigits}`;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(locale(lang), options)));
  return f;
}

export function formatNumber(lang: Lang, n: number, maxFractionDigits = 2): string {
  return numberFormat(lang, { maximumFractionDigits: maxFractionDigits }).format(n);
}

export function formatShare(lang: Lang, n: number): string {
  return numberFormat(lang, { style: "percent", maximumFractionDigits: 1 }).format(n);
}

/** Catalogue texts are `{ nb, en }`. */
export function local(text: LocalText, lang: Lang): string {
  return text[lang];
}
