/**
 * What the user is told when something cannot be done: a message key and its params, not words. Every shell
 * renders it in its reader's language where it shows it (the pane, the command line, the ribbon's dialog), and
 * programs get a stable code and the key (the command line's JSON). The technical reason (English) stays in
 * `detail`, for logs and JSON only.
 */
import type { LocalText } from "../../catalogue/schema";
import { translate, type Lang, type MessageKey, type Params } from "../../i18n";

/** A value a message needs: text, a number (formatted for the language), or text already in both languages. */
export type UserParam = string | number | LocalText;
export type UserParams = Readonly<Record<string, UserParam>>;

/** A message as data: its key in the catalogues and what fills its placeholders. */
export interface UserMessage {
  readonly key: MessageKey;
  readonly params: UserParams;
}

/** The message in `lang`. */
export function renderMessage(m: UserMessage, lang: Lang): string {
  const params: Params = {};
  for (const [name, v] of Object.entries(m.params)) params[name] = typeof v === "object" ? v[lang] : v;
  return translate(lang, m.key, params);
}

/** The message in both languages, for texts that travel with data (findings, outcomes, the ribbon's dialog). */
export function renderBoth(m: UserMessage): LocalText {
  return { nb: renderMessage(m, "nb"), en: renderMessage(m, "en") };
}

/** The one error type for errors shown to users; the adapters' errors extend it with their own codes. */
export class UserError extends Error implements UserMessage {
  /** A stable code for programs (the adapters' own, such as `damaged` or `InvalidArgument`), if any. */
  readonly code: string | undefined;
  /** The technical reason (English), kept out of the words a person reads. */
  readonly detail: string | undefined;

  constructor(
    readonly key: MessageKey,
    readonly params: UserParams = {},
    options: { code?: string; detail?: string } = {},
  ) {
    const en = renderMessage({ key, params }, "en");
    super(options.detail ? `${en} (${options.detail})` : en);
    this.name = "UserError";
    this.code = options.code;
    this.detail = options.detail;
  }

  /** The error as plain data, which crosses a worker boundary and becomes a UserError again with `fromData`. */
  data(): UserErrorData {
    return { key: this.key, params: this.params, code: this.code, detail: this.detail };
  }

  static fromData(d: UserErrorData): UserError {
    return new UserError(d.key, d.params, { code: d.code, detail: d.detail });
  }
}

export interface UserErrorData {
  key: MessageKey;
  params: UserParams;
  code: string | undefined;
  detail: string | undefined;
}
