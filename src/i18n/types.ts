import type { nb } from "./nb";

export type Lang = "nb" | "en";
export const LANGS: readonly Lang[] = ["nb", "en"];

/** Every message key; nb.ts is the source, en.ts must have exactly the same keys. */
export type MessageKey = keyof typeof nb;
export type Messages = { readonly [K in MessageKey]: string };
