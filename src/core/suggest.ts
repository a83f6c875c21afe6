/**
 * "Did you mean": the closest known value to something a person typed. Used for instrument and indicator
 * ids, instrument names, sheet and column names, units, agencies and list values.
 */

/** Optimal string alignment distance (Levenshtein plus swapping two neighbours), stopping above `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  if (n === 0) return m;
  if (m === 0) return n;
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = new Array<number>(m + 1);
  let cur = new Array<number>(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const cb = b.charCodeAt(j - 1);
      const cost = ca === cb ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        v = Math.min(v, prev2[j - 2] + 1);
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev[m];
}

/** Lower case, no surrounding or repeated white space, no quotes around. */
export function foldText(s: string): string {
  return s
    .normalize("NFC")
    .trim()
    .replace(/^["'«»“”]+|["'«»“”]+$/g, "")
    .replace(/\s+/g, " ")
    .toLocaleLowerCase("nb");
}

const LOOKALIKE: Record<string, string> = {
  O: "0",
  Q: "0",
  I: "1",
  L: "1",
  "|": "1",
  S: "5",
  B: "8",
  Z: "2",
};

/**
 * An id folded so that common typing slips compare equal: upper case, no spaces, dashes, dots or
 * underscores, and letters that look like digits read as digits after the first character
 * ("v1o1" → "V101", "EI BM1 O1" → "EIBM101").
 */
export function foldId(s: string): string {
  const t = s
    .normalize("NFC")
    .toUpperCase()
    .replace(/[\s\-_.]/g, "");
  let out = t.charAt(0);
  for (let i = 1; i < t.length; i++) {
    const ch = t.charAt(i);
    const prevDigit = /\d/.test(t.charAt(i - 1)) || /\d/.test(t.charAt(i + 1));
    out += prevDigit ? (LOOKALIKE[ch] ?? ch) : ch;
  }
  return out;
}

/** Longest text compared by edit distance; longer input gets no suggestion (bounded time on hostile input). */
const MAX_COMPARE = 200;

/** The allowed distance for a text of this length: about one slip per five characters, at least one. */
function tolerance(length: number): number {
  return Math.max(1, Math.min(4, Math.floor(length / 5)));
}

/**
 * The candidate closest to `input` under `fold`, or null when none is close enough. Ties go to the
 * candidate listed first.
 */
export function closest(
  input: string,
  candidates: readonly string[],
  fold: (s: string) => string = foldText,
): string | null {
  if (input.length > MAX_COMPARE) return null;
  const key = fold(input);
  if (key === "") return null;
  const max = tolerance(key.length);
  let best: string | null = null;
  let bestDistance = max + 1;
  for (const c of candidates) {
    const d = editDistance(key, fold(c), bestDistance - 1);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
      if (d === 0) break;
    }
  }
  return best;
}

/** Builds a cached suggester over a fixed candidate list: the same typo on many rows costs one search. */
export function suggester(
  candidates: readonly string[],
  fold: (s: string) => string = foldText,
): (input: string) => string | null {
  const cache = new Map<string, string | null>();
  return (input: string) => {
    const hit = cache.get(input);
    if (hit !== undefined) return hit;
    const found = closest(input, candidates, fold);
    if (cache.size < 10_000) cache.set(input, found);
    return found;
  };
}
