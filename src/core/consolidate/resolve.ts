/**
 * The conflict rule (stated to users as CONFLICT_RULE): a submission is counted once or not at all.
 * (A submission is one unit × agency × period × part of the effort.)
 * 1. Submissions for the same unit × agency × period with identical content (same hash) are one submission:
 *    the first copy by file name is counted, the others are duplicates.
 * 2. Different contents: the one with the highest report status is counted, the others are superseded; a tie at
 *    the highest status is unresolved and none of them is counted.
 * 3. An annual report and tertial reports of the same unit, agency and year overlap: when the annual one is
 *    counted, the tertial ones are not.
 * The result depends only on the set of submissions, never on the order they were given in.
 */
import type { Catalogue } from "../../catalogue/loader";
import type { LocalText } from "../../catalogue/schema";
import { bilingual } from "../../i18n";
import { parsePeriod } from "../period";
import { CANDIDATE_TREATMENTS, type Treatment } from "./layout";
import { missingIdentity, type EntryDraft } from "./read";
import type { Conflict } from "./types";

export interface Resolved {
  treatment: Treatment;
  note: LocalText | null;
}

export function compareText(a: string | null, b: string | null): number {
  const x = a ?? "";
  const y = b ?? "";
  return x < y ? -1 : x > y ? 1 : 0;
}

/** A total order on drafts that does not depend on input order. */
export function compareDrafts(a: EntryDraft, b: EntryDraft): number {
  return (
    compareText(a.file, b.file) ||
    compareText(a.hash, b.hash) ||
    compareText(a.via, b.via) ||
    compareText(a.identity.unit, b.identity.unit) ||
    compareText(a.identity.agency, b.identity.agency) ||
    compareText(a.identity.period, b.identity.period) ||
    compareText(a.treatment, b.treatment) ||
    b.rowCount - a.rowCount
  );
}

/**
 * Applies the rule to drafts already sorted with `compareDrafts` and numbered by position (nr = index + 1).
 * Returns each draft's treatment and the conflicts. A counted copy that came without its rows gets those of an
 * identical copy (its `drafts` element is replaced).
 */
export function resolve(
  catalogue: Catalogue,
  drafts: EntryDraft[],
): { resolved: Resolved[]; conflicts: Conflict[] } {
  const resolved: Resolved[] = drafts.map((d) => ({ treatment: d.treatment ?? "counted", note: d.note }));
  const conflicts: Conflict[] = [];
  const ranks = (catalogue.enumerations.reportStatus ?? []).map((v) => v.value);
  const rank = (status: string | null) => (status === null ? -1 : ranks.indexOf(status));

  const groups = new Map<string, number[]>();
  drafts.forEach((d, i) => {
    if (d.treatment !== null && !CANDIDATE_TREATMENTS.has(d.treatment)) return;
    const missing = missingIdentity(catalogue, d.identity);
    if (missing) {
      resolved[i] = { treatment: "no-identity", note: missing };
      return;
    }
    // A centre and a line workbook of one unit, agency and period are two parts of the effort, never a conflict.
    const key = [d.identity.unit, d.identity.agency, d.identity.period, d.identity.part].join("\u0000");
    const list = groups.get(key);
    if (list) list.push(i);
    else groups.set(key, [i]);
  });

  const fileList = (idx: number[]) => idx.map((i) => drafts[i].file);
  const conflictOf = (
    idx: number[],
    resolution: Conflict["resolution"],
    counted: number | null,
    message: LocalText,
    period?: string,
  ): Conflict => ({
    unit: drafts[idx[0]].identity.unit!,
    agency: drafts[idx[0]].identity.agency!,
    part: drafts[idx[0]].identity.part,
    period: period ?? drafts[idx[0]].identity.period!,
    entries: idx.map((i) => i + 1),
    files: fileList(idx),
    resolution,
    counted: counted === null ? null : drafts[counted].file,
    message,
  });

  for (const members of groups.values()) {
    // 1. Identical content is one submission.
    const byHash = new Map<string, number[]>();
    members.forEach((i) => {
      const h = drafts[i].hash || `\u0000${i}`;
      const list = byHash.get(h);
      if (list) list.push(i);
      else byHash.set(h, [i]);
    });
    const representatives: number[] = [];
    for (const copies of byHash.values()) {
      const rep = copies[0];
      // Identical content: when the copy that counts came without its rows (it was a duplicate in an earlier
      // consolidation), another copy's rows are its rows.
      const withRows = copies.find((i) => drafts[i].source !== null);
      if (drafts[rep].source === null && withRows !== undefined) {
        drafts[rep] = {
          ...drafts[rep],
          source: { ...drafts[withRows].source!, file: drafts[rep].file },
          rowCount: drafts[withRows].rowCount,
        };
      }
      representatives.push(rep);
      const dups = copies.filter((i) => i !== rep);
      for (const i of dups) {
        resolved[i] = {
          treatment: "duplicate",
          note: bilingual("consolidation.note.duplicate", { file: drafts[rep].file, entry: String(rep + 1) }),
        };
      }
      if (dups.length && byHash.size === 1) {
        conflicts.push(
          conflictOf(
            copies,
            "duplicate",
            rep,
            bilingual("consolidation.conflict.duplicate", { count: copies.length, file: drafts[rep].file }),
          ),
        );
      }
    }
    representatives.sort((a, b) => a - b);
    if (representatives.length === 1) {
      resolved[representatives[0]] = { treatment: "counted", note: null };
      continue;
    }
    // 2. Different contents: the highest status wins, a tie is unresolved.
    const top = Math.max(...representatives.map((i) => rank(drafts[i].identity.status)));
    const best = representatives.filter((i) => rank(drafts[i].identity.status) === top);
    const all = members.slice().sort((a, b) => a - b);
    if (best.length === 1 && top >= 0) {
      const w = best[0];
      const status = drafts[w].identity.status;
      for (const i of representatives) {
        if (i === w) continue;
        resolved[i] = {
          treatment: "superseded",
          note: bilingual("consolidation.note.superseded", {
            file: drafts[w].file,
            entry: String(w + 1),
            status: String(status),
          }),
        };
      }
      resolved[w] = { treatment: "counted", note: null };
      conflicts.push(
        conflictOf(
          all,
          "highest-status",
          w,
          bilingual("consolidation.conflict.highestStatus", {
            count: representatives.length,
            status: String(status),
            file: drafts[w].file,
          }),
        ),
      );
    } else {
      for (const i of representatives) {
        resolved[i] = {
          treatment: "conflict",
          note: bilingual("consolidation.note.conflict"),
        };
      }
      conflicts.push(
        conflictOf(
          all,
          "unresolved",
          null,
          bilingual("consolidation.conflict.unresolved", { count: representatives.length }),
        ),
      );
    }
  }

  // 3. Annual over tertials, per unit × agency × year.
  const years = new Map<string, { annual: number[]; tertials: number[] }>();
  drafts.forEach((d, i) => {
    if (resolved[i].treatment !== "counted") return;
    const p = parsePeriod(d.identity.period)!;
    const key = [d.identity.unit, d.identity.agency, d.identity.part, p.year].join("\u0000");
    let y = years.get(key);
    if (!y) years.set(key, (y = { annual: [], tertials: [] }));
    (p.tertial === null ? y.annual : y.tertials).push(i);
  });
  for (const { annual, tertials } of years.values()) {
    if (!annual.length || !tertials.length) continue;
    const a = annual[0];
    for (const i of tertials) {
      resolved[i] = {
        treatment: "overlap",
        note: bilingual("consolidation.note.overlap", { file: drafts[a].file, entry: String(a + 1) }),
      };
    }
    const year = String(parsePeriod(drafts[a].identity.period)!.year);
    conflicts.push(
      conflictOf(
        [a, ...tertials].sort((x, y) => x - y),
        "annual-over-tertials",
        a,
        bilingual("consolidation.conflict.annualOverTertials", { year, file: drafts[a].file }),
        year,
      ),
    );
  }
  // A submission the rule counts but whose rows are not at hand (only its register entry was carried over).
  drafts.forEach((d, i) => {
    if (resolved[i].treatment === "counted" && d.source === null) {
      resolved[i] = {
        treatment: "unavailable",
        note: bilingual("consolidation.note.unavailable"),
      };
    }
  });
  conflicts.sort(
    (x, y) =>
      compareText(x.unit, y.unit) ||
      compareText(x.agency, y.agency) ||
      compareText(x.period, y.period) ||
      x.entries[0] - y.entries[0],
  );
  return { resolved, conflicts };
}
