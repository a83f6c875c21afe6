/** Message catalogues and formatting for the task pane, in Norwegian bokmål (default) and English. */
import type { LocalText } from "../catalogue/schema";
import { en } from "./en";
import { nb } from "./nb";
import type { Lang, MessageKey, Messages } from "./types";

export type { Lang, MessageKey, Messages } from "./types";
export { LANGS } from "./types";

export const MESSAGES: Record<Lang, Messages> = { nb, en };

export type Params = Record<string, string | number>;

/** The message for `key` with `{name}` placeholders filled in; numbers are formatted for the language. */
export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const text = MESSAGES[lang][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.hasOwn(params, name)) return whole;
    const v = params[name];
    return typeof v === "number" ? formatNumber(lang, v) : v;
  });
}

/** English when Office (or the browser) says English; Norwegian bokmål otherwise. */
export function languageFor(displayLanguage: string | null | undefined): Lang {
  return displayLanguage && /^en\b/i.test(displayLanguage.trim()) ? "en" : "nb";
}

export function locale(lang: Lang): string {
  return lang === "nb" ? "nb-NO" : "en-GB";
}

export function formatNumber(lang: Lang, n: number, maxFractionDigits = 2): string {
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: maxFractionDigits }).format(n);
}

export function formatShare(lang: Lang, n: number): string {
  return new Intl.NumberFormat(locale(lang), { style: "percent", maximumFractionDigits: 1 }).format(n);
}

/** Catalogue texts are `{ nb, en }`. */
export function local(text: LocalText, lang: Lang): string {
  return text[lang];
}
