/**
 * The ribbon command's outcome dialog (opened with Office.context.ui.displayDialogAsync from commands.ts).
 * The outcome travels in the page's fragment, so the page needs no storage and no request; "Lukk" sends
 * "close" to the function file (Office.context.ui.messageParent, DialogApi 1.1), which closes the dialog.
 */
import type { LocalText } from "../catalogue/schema";
import { translate } from "../i18n";

export interface OutcomeView {
  lang: "nb" | "en";
  title: string;
  message: string;
  close: string;
  ok: boolean;
}

interface Carried {
  ok?: unknown;
  message?: Partial<LocalText>;
}

/** What the dialog shows for a fragment ("#" + URI-encoded JSON) in a display language ("nb-NO", "en-US"). */
export function outcomeView(hash: string, displayLanguage: string | null | undefined): OutcomeView {
  const lang = /^en/i.test(displayLanguage ?? "") ? "en" : "nb";
  let carried: Carried = {};
  try {
    const parsed: unknown = JSON.parse(decodeURIComponent(hash.replace(/^#/, "")));
    if (parsed && typeof parsed === "object") carried = parsed as Carried;
  } catch {
    carried = {};
  }
  const text = typeof carried.message?.[lang] === "string" ? carried.message[lang]! : null;
  const ok = carried.ok === true;
  return {
    lang,
    ok,
    title: translate(lang, "ribbon.outcome.title"),
    message: text ?? translate(lang, "ribbon.outcome.done"),
    close: translate(lang, "ribbon.outcome.close"),
  };
}

function render() {
  const language =
    typeof Office !== "undefined" ? (Office.context?.displayLanguage ?? null) : (navigator.language ?? null);
  const view = outcomeView(location.hash, language);
  document.documentElement.lang = view.lang;
  document.title = view.title;
  const main = document.createElement("main");
  const h1 = document.createElement("h1");
  h1.textContent = view.title;
  const p = document.createElement("p");
  p.textContent = view.message;
  p.setAttribute("role", view.ok ? "status" : "alert");
  const button = document.createElement("button");
  button.type = "button";
  button.textContent = view.close;
  button.addEventListener("click", () => {
    if (typeof Office !== "undefined") Office.context.ui.messageParent("close");
    else window.close();
  });
  main.append(h1, p, button);
  document.body.append(main);
  button.focus();
}

if (typeof document !== "undefined") {
  if (typeof Office !== "undefined") void Office.onReady(render);
  else render();
}
