/**
 * What a batch run needs around the commands: lock files left by Excel and LibreOffice are skipped with a note
 * (not an error), and long runs show a progress line on a terminal.
 */
import { basename } from "node:path";
import type { LocalText } from "../catalogue";
import { maskIdentityNumbers } from "../core/identifiers";
import { bilingual, translate, type Lang, type MessageKey } from "../i18n";
import { terminalSafe } from "./files";

/** A file that was given but not read, and why. */
export interface SkippedFile {
  file: string;
  reason: "lock-file";
  message: LocalText;
}

/**
 * Excel keeps `~$Name.xlsx` (a 165-byte owner file) next to a workbook while it is open; LibreOffice keeps
 * `.~lock.Name.xlsx#`. In a shared folder they are picked up by `*.xlsx` and are never workbooks.
 */
export function isLockFile(file: string): boolean {
  const name = basename(file);
  return name.startsWith("~$") || /^\.~lock\..*#$/.test(name);
}

/** Splits the files given into those to read and the lock files to skip. */
export function withoutLockFiles(files: string[]): { files: string[]; skipped: SkippedFile[] } {
  const read: string[] = [];
  const skipped: SkippedFile[] = [];
  for (const file of files) {
    if (!isLockFile(file)) {
      read.push(file);
      continue;
    }
    const name = maskIdentityNumbers(basename(file));
    skipped.push({
      file: maskIdentityNumbers(file),
      reason: "lock-file",
      message: bilingual("file.lockFile", { name }),
    });
  }
  return { files: read, skipped };
}

/** The skipped files as the JSON output carries them (a field present only when something was skipped). */
export function skippedJson(skipped: SkippedFile[]) {
  return skipped.length
    ? {
        skipped: skipped.map((s) => ({
          file: s.file,
          reason: s.reason,
          message: s.message.nb,
          messageEn: s.message.en,
        })),
      }
    : {};
}

export interface Progress {
  /** Call after each file; `name` is the file just done. */
  tick(name: string): void;
  /** Clears the line. */
  done(): void;
}

const QUIET: Progress = { tick: () => {}, done: () => {} };

/**
 * A progress line on standard error, only when it is a terminal and only once the work has taken more than a
 * second (short runs print nothing extra). Redrawn at most ten times a second; cleared at the end, so the output
 * that follows is unchanged. Writes to a terminal are synchronous, so the line moves during synchronous work.
 */
export function progress(
  total: number,
  lang: Lang,
  line: MessageKey,
  stream: NodeJS.WriteStream = process.stderr,
): Progress {
  if (!stream.isTTY || total < 2) return QUIET;
  const start = Date.now();
  let count = 0;
  let last = 0;
  let shown = false;
  const width = Math.max(20, (stream.columns || 80) - 1);
  return {
    tick(name) {
      count++;
      const now = Date.now();
      if (now - start < 1000 || now - last < 100) return;
      last = now;
      shown = true;
      const file = terminalSafe(maskIdentityNumbers(basename(name)));
      const text = translate(lang, line, { done: String(count), total: String(total), file });
      stream.write(`\r${text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width)}`);
    },
    done() {
      if (shown) stream.write(`\r${" ".repeat(width)}\r`);
    },
  };
}
