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
  // Adapters' errors carry their words as `text` (the .xlsx reader) or `problem.message` (Excel).
  const carrier = e as { text?: Partial<LocalText>; problem?: { message?: Partial<LocalText> } } | null;
  const text = carrier?.text ?? carrier?.problem?.message;
  if (text && typeof text[lang] === "string") return text[lang];
  const detail = e instanceof Error ? e.message : String(e);
  return t("common.unexpected", { detail });
}
