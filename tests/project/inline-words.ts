/**
 * Finds user-facing Norwegian written inline in source code, where it should be a message key in src/i18n.
 * Three shapes are caught:
 * - `nb: "…"` / `nb: `…``: a bokmål text given beside its English twin;
 * - JSX text between tags (`<Text>Velg filer</Text>`), in .tsx files;
 * - a string or template literal that reads as a Norwegian sentence: three words or more, one of them with
 *   æ, ø or å or one of the small words every bokmål sentence leans on.
 * Comments are not looked at.
 */

export interface InlineWords {
  line: number;
  kind: "nb-key" | "jsx-text" | "sentence";
  text: string;
}

/** Small words of bokmål that English does not use as words. */
const BOKMAL_WORDS =
  /(^|[^\p{L}])(og|er|ikke|på|som|til|kan|må|skal|eller|har|ble|fra|finnes|mangler|ingen|en|et|det|den|du|med|av|velg|bruk)(?=$|[^\p{L}])/iu;
const NORWEGIAN_LETTERS = /[æøåÆØÅ]/;

/** Blanks out comments, keeping line breaks and string contents, so positions stay the same. */
export function withoutComments(source: string): string {
  let out = "";
  let i = 0;
  let quote: string | null = null;
  while (i < source.length) {
    const c = source[i];
    const next = source[i + 1];
    if (quote) {
      out += c;
      if (c === "\\") {
        out += next ?? "";
        i += 2;
        continue;
      }
      if (c === quote) quote = null;
      i++;
      continue;
    }
    if (c === '"' || c === "'" || c === "`") {
      quote = c;
      out += c;
      i++;
      continue;
    }
    if (c === "/" && next === "/") {
      while (i < source.length && source[i] !== "\n") i++;
      continue;
    }
    if (c === "/" && next === "*") {
      const end = source.indexOf("*/", i + 2);
      const stop = end < 0 ? source.length : end + 2;
      out += source.slice(i, stop).replace(/[^\n]/g, " ");
      i = stop;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

function lineAt(source: string, index: number): number {
  let n = 1;
  for (let i = 0; i < index; i++) if (source.charCodeAt(i) === 10) n++;
  return n;
}

function readsAsNorwegian(text: string): boolean {
  // A message key or an identifier is one token; a sentence has at least three words.
  if (text.trim().split(/\s+/).length < 3) return false;
  const words = text
    .replace(/\$\{[^}]*\}/g, " ")
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 0);
  if (words.length < 3) return false;
  return NORWEGIAN_LETTERS.test(text) || BOKMAL_WORDS.test(words.join(" "));
}

/** The inline Norwegian in one source file. */
export function findInlineWords(source: string, file: string): InlineWords[] {
  const code = withoutComments(source);
  const found: InlineWords[] = [];
  for (const m of code.matchAll(/\bnb\s*:\s*(["'`])((?:\\.|(?!\1)[^\\])*)\1/g)) {
    // `nb: `${a.nb} – ${b.nb}`` joins catalogue texts and holds no words of its own.
    if (/\p{L}{2,}/u.test(m[2].replace(/\$\{[^}]*\}/g, "")))
      found.push({ line: lineAt(code, m.index), kind: "nb-key", text: m[2] });
  }
  if (file.endsWith(".tsx")) {
    // Any words between tags: the pane's words come from t(), in either language.
    // (`=>` ends an arrow function, not a tag.)
    for (const m of code.matchAll(/(?<![=-])>([^<>{}=;()&|]*\p{L}{2,}[^<>{}=;()&|]*)</gu))
      found.push({ line: lineAt(code, m.index), kind: "jsx-text", text: m[1].trim() });
  }
  for (const m of code.matchAll(/"((?:\\.|[^"\\\n])*)"|'((?:\\.|[^'\\\n])*)'|`((?:\\.|[^`\\])*)`/g)) {
    const text = m[1] ?? m[2] ?? m[3];
    const before = code.slice(Math.max(0, m.index - 12), m.index);
    if (/\bnb\s*:\s*$/.test(before)) continue; // counted above
    if (readsAsNorwegian(text)) found.push({ line: lineAt(code, m.index), kind: "sentence", text });
  }
  return found;
}
