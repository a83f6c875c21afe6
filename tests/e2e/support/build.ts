/**
 * The production build (dist/) for tests that need it. `npm test` builds before jest runs; when a test file runs
 * on its own, the build is made here if dist/ is missing or older than its sources. A lock directory keeps
 * parallel jest workers from building at the same time.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

export const ROOT = resolve(__dirname, "..", "..", "..");
export const DIST = join(ROOT, "dist");
const MARKER = join(DIST, "taskpane.html");
const LOCK = join(ROOT, ".cache", "build.lock");
const SOURCES = ["src", "assets", "manifest.xml", "webpack.config.js", "package.json"];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function isFresh(): boolean {
  if (!existsSync(MARKER)) return false;
  const built = statSync(MARKER).mtimeMs;
  return SOURCES.every((s) => newestMtime(join(ROOT, s)) <= built);
}

/** True when the lock's owner has gone (a killed run) or the lock is older than the longest build. */
function lockIsStale(): boolean {
  try {
    const pid = Number(readFileSync(join(LOCK, "pid"), "utf8"));
    process.kill(pid, 0);
    return Date.now() - statSync(LOCK).mtimeMs > 10 * 60_000;
  } catch {
    // No pid file yet (just created) counts as live for a moment; a dead pid throws ESRCH.
    return existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > 5_000;
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Makes sure dist/ holds a production build of the current sources; returns its path. */
export function ensureProductionBuild(): string {
  if (isFresh()) return DIST;
  mkdirSync(join(ROOT, ".cache"), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(join(LOCK, "pid"), String(process.pid));
      break;
    } catch {
      // Another worker is building: wait for it, unless its lock is a leftover of a killed run.
      if (lockIsStale()) rmSync(LOCK, { recursive: true, force: true });
      else sleep(500);
      if (isFresh()) return DIST;
    }
  }
  try {
    if (isFresh()) return DIST;
    const npx = process.platform === "win32" ? "npx.cmd" : "npx";
    const r = spawnSync(npx, ["webpack", "--mode", "production"], {
      cwd: ROOT,
      env: { ...process.env, AKRIM_QUIET: "1" },
      encoding: "utf8",
    });
    if (r.status !== 0) throw new Error(`production build failed:\n${r.stdout}\n${r.stderr}`);
    return DIST;
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
