/** Turns anything thrown into a sentence for the user, in the pane's language. */
import type { LocalText } from "../catalogue/schema";
import type { Lang, MessageKey, Params } from "../i18n";
import { JobFailed } from "./jobs";

/** An error that already carries its message in both languages. */
export class UserError extends Error {
  constructor(readonly text: LocalText) {
    super(text.en);
    this.name = "UserError";
  }
}

export function errorText(e: unknown, lang: Lang, t: (key: MessageKey, params?: Params) => string): string {
  if (e instanceof UserError || e instanceof JobFailed) return e.text[lang];
  const withText = e as { text?: unknown; message?: unknown } | null;
  if (withText && typeof withText.text === "object" && withText.text !== null) {
    const text = withText.text as Partial<LocalText>;
    if (typeof text[lang] === "string") return text[lang];
  }
  const detail = e instanceof Error ? e.message : String(e);
  return t("common.unexpected", { detail });
}
