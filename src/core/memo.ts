/**
 * A memo for pure functions of short texts that repeat from cell to cell and file to file (ids, names, periods):
 * each distinct text is worked out once. Bounded, so that a workbook of unique texts cannot grow it without limit.
 */
export function memoText<T>(fn: (s: string) => T, max = 20_000, maxLength = 200): (s: string) => T {
  const memo = new Map<string, T>();
  return (s) => {
    let v = memo.get(s);
    if (v === undefined && !memo.has(s)) {
      v = fn(s);
      if (memo.size >= max) memo.clear();
      if (s.length <= maxLength) memo.set(s, v);
    }
    return v as T;
  };
}
