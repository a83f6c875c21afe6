/**
 * The full check of a catalogue file someone loads: size, JSON, prototype-polluting keys and nesting, format,
 * the schema, then the references. Every load goes through it, so a malformed, hostile or unsupported catalogue
 * gets a message naming the fault instead of a crash. Kept apart from loader.ts because the schema library is
 * half of the command line's code: a command loads this module only when it is given a catalogue file.
 */
import { MESSAGES, type MessageKey } from "../i18n";
import {
  CATALOGUE_LIMITS,
  catalogueProblem,
  checkReferences,
  formatProblems,
  type Catalogue,
  type CatalogueProblem,
  type CatalogueResult,
} from "./loader";
import { CATALOGUE_FORMAT, CatalogueFile, SUPPORTED_FORMAT_VERSIONS } from "./schema";

const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/** Parses and checks catalogue text (a JSON file). */
export function parseCatalogue(text: string): CatalogueResult {
  if (text.length > CATALOGUE_LIMITS.maxBytes) {
    return {
      ok: false,
      problems: [
        catalogueProblem("", "catalogueFile.tooLarge", { size: text.length, max: CATALOGUE_LIMITS.maxBytes }),
      ],
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      problems: [catalogueProblem("", "catalogueFile.notJson", { detail })],
    };
  }
  return loadCatalogue(data);
}

/** Checks an already parsed catalogue object. */
export function loadCatalogue(data: unknown): CatalogueResult {
  const shape = checkShape(data);
  if (shape.length) return { ok: false, problems: shape };

  const head = data as { format?: unknown; formatVersion?: unknown };
  if (head.format !== CATALOGUE_FORMAT) {
    return {
      ok: false,
      problems: [catalogueProblem("format", "catalogueFile.notACatalogue", { format: CATALOGUE_FORMAT })],
    };
  }
  if (!(SUPPORTED_FORMAT_VERSIONS as readonly unknown[]).includes(head.formatVersion)) {
    const supported = SUPPORTED_FORMAT_VERSIONS.join(", ");
    return {
      ok: false,
      problems: [
        catalogueProblem("formatVersion", "catalogueFile.unsupportedFormat", {
          found: String(head.formatVersion),
          supported,
        }),
      ],
    };
  }

  const parsed = CatalogueFile.safeParse(data);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.slice(0, 50).map(fromZodIssue) };
  }
  const file = parsed.data;
  const { lookup, problems } = checkReferences(file);
  if (problems.length) return { ok: false, problems };
  return { ok: true, catalogue: { ...file, lookup } };
}

/** Throws with all problems in one message; for tests and scripts. */
export function loadCatalogueOrThrow(data: unknown): Catalogue {
  const r = loadCatalogue(data);
  if (!r.ok) throw new Error(formatProblems(r.problems, "en"));
  return r.catalogue;
}

function fromZodIssue(issue: { path: PropertyKey[]; message: string }): CatalogueProblem {
  const path = issue.path
    .map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join("");
  // The schema's own messages are message keys (the version's form); zod's are English details.
  return Object.hasOwn(MESSAGES.nb, issue.message)
    ? catalogueProblem(path, issue.message as MessageKey)
    : catalogueProblem(path, "catalogueFile.invalid", { detail: issue.message });
}

/** Refuses keys that could pollute prototypes, absurd nesting and absurd sizes before anything else looks. */
function checkShape(data: unknown): CatalogueProblem[] {
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return [catalogueProblem("", "catalogueFile.notObject")];
  }
  let nodes = 0;
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: data, path: "", depth: 0 }];
  while (stack.length) {
    const { value, path, depth } = stack.pop()!;
    if (++nodes > CATALOGUE_LIMITS.maxNodes) {
      return [catalogueProblem("", "catalogueFile.tooManyElements", { max: CATALOGUE_LIMITS.maxNodes })];
    }
    if (typeof value !== "object" || value === null) continue;
    if (depth > CATALOGUE_LIMITS.maxDepth) {
      return [catalogueProblem(path, "catalogueFile.tooDeep")];
    }
    if (Array.isArray(value)) {
      value.forEach((v, i) => stack.push({ value: v, path: `${path}[${i}]`, depth: depth + 1 }));
      continue;
    }
    for (const key of Object.keys(value)) {
      const childPath = path ? `${path}.${key}` : key;
      if (FORBIDDEN_KEYS.has(key)) {
        return [catalogueProblem(childPath, "catalogueFile.forbiddenKey", { key })];
      }
      stack.push({ value: (value as Record<string, unknown>)[key], path: childPath, depth: depth + 1 });
    }
  }
  return [];
}
