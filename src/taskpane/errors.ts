/** Turns anything thrown into a sentence for the user, in the pane's language. */
import { renderMessage, UserError } from "../core/model/user-error";
import type { Lang, MessageKey, Params } from "../i18n";

export function errorText(e: unknown, lang: Lang, t: (key: MessageKey, params?: Params) => string): string {
  if (e instanceof UserError) return renderMessage(e, lang);
  const detail = e instanceof Error ? e.message : String(e);
  return t("common.unexpected", { detail });
}
