/**
 * Every user-facing sentence lives in the message catalogues (src/i18n), so one word means one thing everywhere
 * (WORDS.md). This test reads src/ and fails on Norwegian written inline, outside the catalogues and the catalogue
 * data; the few places still allowed are listed below, each with its reason.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { findInlineWords, withoutComments } from "./inline-words";

const root = join(__dirname, "../..");

/** Folders and files whose Norwegian is allowed inline, and why. Keep it short. */
const ALLOWED: { path: string; reason: string }[] = [
  { path: "src/i18n/", reason: "the message catalogues themselves" },
  { path: "src/catalogue/data/", reason: "catalogue data: the secretariat's own texts, in both languages" },
  {
    path: "src/core/samples/",
    reason:
      "sample data: what reporters type into their workbooks (comments, names), not the product's words",
  },
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe("no Norwegian sentence written inline in src/", () => {
  const files = sourceFiles(join(root, "src")).map((f) => relative(root, f).split("\\").join("/"));
  const allowedFor = (file: string) => ALLOWED.find((a) => file.startsWith(a.path));

  it("finds none outside the message catalogues and the allowed places", () => {
    const found: string[] = [];
    for (const file of files) {
      if (allowedFor(file)) continue;
      for (const w of findInlineWords(readFileSync(join(root, file), "utf8"), file))
        found.push(`${file}:${w.line} (${w.kind}) ${w.text.slice(0, 80)}`);
    }
    expect(found).toEqual([]);
  });

  it("allows nothing it does not need: every allowed place still has something to allow", () => {
    for (const a of ALLOWED) {
      if (a.path.startsWith("src/i18n/") || a.path.startsWith("src/catalogue/data/")) continue;
      const hits = files
        .filter((f) => f.startsWith(a.path))
        .flatMap((f) => findInlineWords(readFileSync(join(root, f), "utf8"), f));
      expect([a.path, hits.length > 0]).toEqual([a.path, true]);
    }
  });
});

describe("the search for inline Norwegian", () => {
  it("catches a bokmål text beside its English twin", () => {
    const planted = 'const m = { nb: "Filen kunne ikke leses.", en: "The file could not be read." };';
    expect(findInlineWords(planted, "x.ts")).toEqual([
      { line: 1, kind: "nb-key", text: "Filen kunne ikke leses." },
    ]);
    expect(findInlineWords("const m = {\n  nb: `Skrev ${out}.`,\n};", "x.ts")).toHaveLength(1);
  });

  it("catches words between JSX tags", () => {
    const planted = "export const A = () => (\n  <div>\n    <Text>Velg filer her</Text>\n  </div>\n);";
    expect(findInlineWords(planted, "x.tsx")).toEqual([
      { line: 3, kind: "jsx-text", text: "Velg filer her" },
    ]);
  });

  it("catches a Norwegian sentence in a string or template literal", () => {
    expect(findInlineWords("write(`${n} filer er kontrollert og ${m} har feil.`);", "x.ts")).toHaveLength(1);
    expect(findInlineWords('throw new Error("Arket «Funn» finnes allerede.");', "x.ts")).toHaveLength(1);
    expect(findInlineWords("const s = 'Kontroller arbeidsboken på nytt';", "x.ts")).toHaveLength(1);
  });

  it("leaves alone keys, identifiers, English, comments and texts joined from the catalogue", () => {
    const clean = [
      'translate(lang, "consolidation.treatment.counted");',
      'const SHEET = "Styringsparametre";',
      'throw new Error("The sheet must exist before it is written.");',
      "// Her står en kommentar på norsk, og den er ikke en melding.",
      "/* Også en kommentar som ikke vises */",
      "const name = { nb: `${a.nb} – ${b.nb}`, en: `${a.en} – ${b.en}` };",
      "const f = (x: number) => x > 1 && x < 3;",
      "function g(): Promise<string | null> { return h(); }",
    ].join("\n");
    expect(findInlineWords(clean, "x.tsx")).toEqual([]);
  });

  it("keeps line numbers when it blanks out comments", () => {
    const source = '/* one\n two */\nconst s = "x"; // tail\n';
    const code = withoutComments(source);
    expect(code.split("\n")).toHaveLength(source.split("\n").length);
    expect(code).toContain('const s = "x";');
    expect(code).not.toContain("tail");
  });
});
