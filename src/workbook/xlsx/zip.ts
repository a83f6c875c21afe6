/**
 * A guarded zip reader on top of fflate: entries are listed from the central directory, sizes and
 * compression ratios are checked BEFORE anything is inflated, and the declared size is enforced while
 * inflating: each entry inflates into a buffer of its declared size (plus one byte), which the output can never
 * outgrow, so memory stays bounded by the directory's sizes; an entry that fills the extra byte lied and is
 * refused. The work of inflating is bounded by the entry's compressed size (deflate expands at most ~1032×).
 */
import { inflateSync } from "fflate";
import { XlsxReadError } from "./errors";

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  /** Offset of the local file header. */
  offset: number;
}

export interface ZipLimits {
  /** Sum of all declared uncompressed sizes. */
  maxTotalBytes: number;
  /** Largest uncompressed/compressed ratio of one entry (checked for entries above `ratioFloorBytes`). */
  maxRatio: number;
  ratioFloorBytes: number;
}

const u16 = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8);
const u32 = (b: Uint8Array, i: number) => (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16)) + b[i + 3] * 0x1000000;
const u64 = (b: Uint8Array, i: number) => u32(b, i) + u32(b, i + 4) * 0x100000000;

const corrupt = (fileName: string, detail: string) => new XlsxReadError("corrupt-zip", fileName, detail);

/**
 * Inflates raw deflate data to at most `maxBytes` bytes. One that would produce more must throw an error whose
 * `code` is `ERR_BUFFER_TOO_LARGE`, as Node's `zlib.inflateRawSync(data, { maxOutputLength })` does. Lets a Node
 * shell use the native zlib (about 5× faster than fflate on a big sheet); the browser keeps fflate.
 */
export type InflateRaw = (data: Uint8Array, maxBytes: number) => Uint8Array;

export class ZipArchive {
  readonly entries = new Map<string, ZipEntry>();

  constructor(
    private readonly bytes: Uint8Array,
    private readonly fileName: string,
    private readonly inflateRaw?: InflateRaw,
  ) {
    const b = bytes;
    // End of central directory: the last 22 bytes plus a comment of up to 65,535 bytes.
    let eocd = -1;
    for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 65535); i--) {
      if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 0x05 && b[i + 3] === 0x06) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw corrupt(fileName, "no zip directory");
    let count = u16(b, eocd + 10);
    let cdOffset = u32(b, eocd + 16);
    if (cdOffset === 0xffffffff || count === 0xffff) {
      // ZIP64 end of central directory locator just before the EOCD.
      const loc = eocd - 20;
      if (loc < 0 || u32(b, loc) !== 0x07064b50) throw corrupt(fileName, "bad zip64 directory");
      const z = u64(b, loc + 8);
      if (z + 56 > b.length || u32(b, z) !== 0x06064b50) throw corrupt(fileName, "bad zip64 directory");
      count = u64(b, z + 32);
      cdOffset = u64(b, z + 48);
    }
    let p = cdOffset;
    for (let n = 0; n < count; n++) {
      if (p + 46 > b.length || u32(b, p) !== 0x02014b50) throw corrupt(fileName, "truncated zip directory");
      const flags = u16(b, p + 8);
      const method = u16(b, p + 10);
      let compressedSize = u32(b, p + 20);
      let size = u32(b, p + 24);
      const nameLen = u16(b, p + 28);
      const extraLen = u16(b, p + 30);
      const commentLen = u16(b, p + 32);
      let offset = u32(b, p + 42);
      if (p + 46 + nameLen + extraLen + commentLen > b.length)
        throw corrupt(fileName, "truncated zip directory");
      const name = decodeName(b.subarray(p + 46, p + 46 + nameLen), (flags & 0x800) !== 0);
      if (size === 0xffffffff || compressedSize === 0xffffffff || offset === 0xffffffff) {
        let e = p + 46 + nameLen;
        const end = e + extraLen;
        while (e + 4 <= end) {
          const id = u16(b, e);
          const len = u16(b, e + 2);
          if (id === 1) {
            let q = e + 4;
            if (size === 0xffffffff) {
              size = u64(b, q);
              q += 8;
            }
            if (compressedSize === 0xffffffff) {
              compressedSize = u64(b, q);
              q += 8;
            }
            if (offset === 0xffffffff) offset = u64(b, q);
          }
          e += 4 + len;
        }
      }
      // Names are compared without a leading slash and case-insensitively, as Office does.
      this.entries.set(name.replace(/^\/+/, "").toLowerCase(), {
        name,
        method,
        flags,
        compressedSize,
        size,
        offset,
      });
      p += 46 + nameLen + extraLen + commentLen;
    }
  }

  /** True when some entry's name starts with this prefix (compared as `has` compares). */
  hasPrefix(prefix: string): boolean {
    const p = prefix.toLowerCase();
    for (const k of this.entries.keys()) if (k.startsWith(p)) return true;
    return false;
  }

  has(name: string): boolean {
    return this.entries.has(name.toLowerCase());
  }

  /** Checks declared sizes and ratios of every entry before anything is inflated. */
  checkLimits(limits: ZipLimits): void {
    let total = 0;
    for (const e of this.entries.values()) {
      total += e.size;
      if (
        e.size > limits.ratioFloorBytes &&
        (e.compressedSize === 0 || e.size / e.compressedSize > limits.maxRatio)
      ) {
        throw bomb(
          this.fileName,
          e.name,
          `${e.name}: ${e.size} bytes from ${e.compressedSize}, a compression ratio above ${limits.maxRatio}`,
        );
      }
    }
    if (total > limits.maxTotalBytes) {
      const mb = (n: number) => Math.round(n / 1048576);
      throw new XlsxReadError(
        "too-large",
        this.fileName,
        `unpacks to ${mb(total)} MB, more than the limit of ${mb(limits.maxTotalBytes)} MB`,
      );
    }
  }

  /** The inflated bytes of an entry, or null when there is no such entry. */
  read(name: string): Uint8Array | null {
    const e = this.entries.get(name.replace(/^\/+/, "").toLowerCase());
    if (!e) return null;
    const b = this.bytes;
    if (e.flags & 1) {
      throw new XlsxReadError("encrypted", this.fileName);
    }
    if (e.offset + 30 > b.length || u32(b, e.offset) !== 0x04034b50) throw corrupt(this.fileName, e.name);
    const start = e.offset + 30 + u16(b, e.offset + 26) + u16(b, e.offset + 28);
    const end = start + e.compressedSize;
    if (end > b.length) throw corrupt(this.fileName, `${e.name} is cut off`);
    const data = b.subarray(start, end);
    if (e.method === 0) {
      if (e.compressedSize !== e.size) throw corrupt(this.fileName, e.name);
      return data;
    }
    if (e.method !== 8) throw corrupt(this.fileName, `${e.name} uses compression method ${e.method}`);
    // Deflate never grows data by more than a few bytes per 64 KB block: more input than that is not deflate.
    if (e.compressedSize > e.size + e.size / 1000 + 1024)
      throw corrupt(this.fileName, `${e.name} has bad sizes`);
    // The output is capped a little above the declared size: a few bytes more is a damaged entry (a wrong size in
    // the directory, seen in hand-edited files); far more is the zip-bomb trick of declaring a small size.
    const slack = 1024 + (e.size >>> 4);
    let out: Uint8Array;
    try {
      out = this.inflateRaw
        ? this.inflateRaw(data, e.size + slack + 1)
        : inflateSync(data, { out: new Uint8Array(e.size + slack + 1) });
    } catch (err) {
      if ((err as { code?: string }).code === "ERR_BUFFER_TOO_LARGE")
        throw bomb(this.fileName, e.name, `${e.name} inflates far past its declared ${e.size} bytes`);
      throw corrupt(this.fileName, `${e.name} cannot be unpacked`);
    }
    if (out.length > e.size + slack)
      throw bomb(this.fileName, e.name, `${e.name} inflates far past its declared ${e.size} bytes`);
    if (out.length > e.size)
      throw corrupt(this.fileName, `${e.name} holds ${out.length} bytes, not the ${e.size} declared`);
    if (out.length !== e.size) throw corrupt(this.fileName, `${e.name} is cut off`);
    return out;
  }
}

function decodeName(bytes: Uint8Array, utf8: boolean): string {
  if (utf8) return new TextDecoder().decode(bytes);
  let s = "";
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
  return s;
}

/** Code `zip-bomb` for programs; the person reads the plain refusal (a repetitive report part looks the same). */
function bomb(fileName: string, entry: string, detail: string): XlsxReadError {
  return new XlsxReadError("zip-bomb", fileName, `zip bomb suspected: ${detail || entry}`);
}
