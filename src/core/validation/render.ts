/**
 * The one way a finding becomes words: its rule's texts from the message catalogues, in the reader's language,
 * with the finding's params filled in. Every shell that shows findings (pane, command line, report sheets, JSON)
 * renders them here.
 */
import type { LocalText } from "../../catalogue/schema";
import { RULE_TEXTS_EN } from "../../i18n/rules.en";
import { RULE_TEXTS_NB, type RuleTexts } from "../../i18n/rules.nb";
import type { Finding, FindingParams, ParamValue } from "../model/finding";
import type { RuleId } from "./rules";
import { formatDate } from "../dates";
import { formatNumberNb } from "./parse";

export type FindingLang = "nb" | "en";

const TEXTS: Record<FindingLang, Record<RuleId, RuleTexts>> = { nb: RULE_TEXTS_NB, en: RULE_TEXTS_EN };

export interface RenderedFinding {
  message: string;
  hint: string;
}

/** A rule's own texts in one language (what it checks, its general fix, its messages). */
export function ruleTexts(rule: RuleId, lang: FindingLang): RuleTexts {
  return TEXTS[lang][rule];
}

/** The finding's message and hint in `lang`. */
export function renderFinding(f: Finding, lang: FindingLang): RenderedFinding {
  if (f.written) return { message: f.written.message[lang], hint: f.written.hint[lang] };
  const texts = TEXTS[lang][f.rule];
  return {
    message: fill(texts[f.messageKey ?? "message"] ?? texts.message, f.params, lang),
    hint: fill(texts[f.hintKey ?? "hint"] ?? texts.hint, f.params, lang),
  };
}

/** The finding's message and hint in both languages, for outputs that carry both (report sheets, JSON). */
export function renderFindingBoth(f: Finding): { message: LocalText; hint: LocalText } {
  const nb = renderFinding(f, "nb");
  const en = renderFinding(f, "en");
  return { message: { nb: nb.message, en: en.message }, hint: { nb: nb.hint, en: en.hint } };
}

/**
 * Told of a placeholder whose param a finding lacks. The text then shows `{name}` as it is, which people can still
 * read around; the tests make this throw, so that every place that emits a finding gives every param it needs.
 */
let onUnfilled: ((name: string, text: string) => void) | null = null;

export function setUnfilledPlaceholderHandler(handler: ((name: string, text: string) => void) | null): void {
  onUnfilled = handler;
}

/** `{name}` placeholders filled from params. */
export function fill(text: string, params: FindingParams, lang: FindingLang): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (Object.hasOwn(params, name)) return paramText(params[name], lang);
    onUnfilled?.(name, text);
    return whole;
  });
}

function paramText(v: ParamValue, lang: FindingLang): string {
  if (typeof v === "string") return v;
  if (typeof v === "number") return lang === "nb" ? formatNumberNb(v) : String(v);
  if ("date" in v) return formatDate(v.date);
  return v[lang];
}

/** The `{name}` placeholders a text uses. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
}
