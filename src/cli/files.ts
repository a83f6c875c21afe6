/** Reading workbook files from disk for the commands: size cap, content hash, clear messages, never a throw. */
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { basename } from "node:path";
import { deflateRawSync, inflateRawSync } from "node:zlib";
import { UserError } from "../core/model/user-error";
import { XlsxReadError, readXlsx } from "../workbook/xlsx";

/** Files larger than this are refused before they are read (the reader caps what they unpack to). */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

export type LoadedFile =
  | { ok: true; file: string; name: string; hash: string; snapshot: ReturnType<typeof readXlsx> }
  /** `error.code` says why for programs (`not-found`, `too-large`, the reader's `damaged`, ...), with its detail. */
  | { ok: false; file: string; name: string; hash: string; error: UserError };

/** Reads one file from disk into a snapshot with its SHA-256 content hash; never throws. */
export function loadWorkbookFile(file: string): LoadedFile {
  const name = basename(file);
  const failed = (error: UserError, hash = ""): LoadedFile => ({ ok: false, file, name, hash, error });
  try {
    const st = statSync(file);
    if (!st.isFile()) return failed(new UserError("file.notAFile", { name }, { code: "not-a-file" }));
    if (st.size > MAX_FILE_BYTES) {
      const mb = (n: number) => Math.round(n / 1024 / 1024);
      const detail = `${mb(st.size)} MB on disk, more than the limit of ${mb(MAX_FILE_BYTES)} MB`;
      return failed(new UserError("file.tooLarge", { name }, { code: "too-large", detail }));
    }
  } catch (e) {
    const code = (e as { code?: string }).code;
    return failed(
      code === "ENOENT"
        ? new UserError("file.notFound", { name }, { code: "not-found" })
        : new UserError(
            "file.cannotOpen",
            { name, code: code ?? "?" },
            { code: "cannot-open", detail: code },
          ),
    );
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return failed(new UserError("file.cannotRead", { name, detail }, { code: "cannot-open" }));
  }
  const hash = createHash("sha256").update(bytes).digest("hex");
  try {
    const snapshot = readXlsx(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), name, {
      inflateRaw: nodeInflateRaw,
    });
    return { ok: true, file, name, hash, snapshot };
  } catch (e) {
    if (e instanceof XlsxReadError) return failed(e, hash);
    const detail = e instanceof Error ? e.message : String(e);
    return failed(new UserError("file.cannotRead", { name, detail }, { code: "unexpected", detail }), hash);
  }
}

/**
 * Node's native inflate for the reader: about 5× fflate on a big sheet; too much output throws ERR_BUFFER_TOO_LARGE.
 * One output chunk of the size the reader allows (the declared size and a little more) instead of 16 KB chunks
 * joined at the end: half the time on a big sheet, and the memory is what the directory declared anyway.
 */
export function nodeInflateRaw(data: Uint8Array, maxBytes: number): Uint8Array {
  return inflateRawSync(data, { maxOutputLength: maxBytes, chunkSize: Math.max(64, maxBytes) });
}

/** Node's native deflate for the writer: about 4× fflate's on a consolidated workbook. */
export function nodeDeflateRaw(data: Uint8Array, level: number): Uint8Array {
  return deflateRawSync(data, { level });
}

/** Control characters (and bidirectional overrides) from files are shown escaped, never sent to a terminal. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_RE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
export function terminalSafe(s: string): string {
  return s.replace(UNSAFE_RE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
