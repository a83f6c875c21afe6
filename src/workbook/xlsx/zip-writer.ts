/**
 * Writes a zip archive of deflated parts: local headers with sizes and CRC-32 known up front (no data
 * descriptors), the central directory, the end record. No ZIP64: a workbook part or archive over 4 GiB is refused
 * before this (the writer's own limits are far below). The deflating itself is given: fflate's in the browser,
 * Node's native zlib in the command line (about 4× faster on a consolidated workbook).
 */
import { deflateSync } from "fflate";

/** Compresses `data` as raw deflate at `level` (0–9). */
export type DeflateRaw = (data: Uint8Array, level: number) => Uint8Array;

export const fflateDeflateRaw: DeflateRaw = (data, level) =>
  deflateSync(data, { level: level as 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 });

export interface ZipPart {
  name: string;
  data: Uint8Array;
  level: number;
}

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

export function crc32(data: Uint8Array): number {
  let c = -1;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

/** MS-DOS time and date of `d` in local time, as zip tools write them (years before 1980 become 1980). */
function dosTime(d: Date): { time: number; date: number } {
  const year = Math.max(1980, d.getFullYear());
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/** The archive of `parts`, in their order; every part is deflated (method 8) with its own level. */
export function zipParts(parts: ZipPart[], deflateRaw: DeflateRaw, mtime: Date): Uint8Array {
  const { time, date } = dosTime(mtime);
  const encoder = new TextEncoder();
  const entries = parts.map((p) => {
    const name = encoder.encode(p.name);
    const compressed = deflateRaw(p.data, p.level);
    return { name, utf8: name.length !== p.name.length, compressed, crc: crc32(p.data), size: p.data.length };
  });
  let localBytes = 0;
  let centralBytes = 0;
  for (const e of entries) {
    localBytes += 30 + e.name.length + e.compressed.length;
    centralBytes += 46 + e.name.length;
  }
  if (localBytes + centralBytes > 0xffffffff) throw new RangeError("zip archive over 4 GiB");
  const out = new Uint8Array(localBytes + centralBytes + 22);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let at = 0;
  // Fields shared by the local header (from its offset 4) and the central directory entry (from its offset 6).
  const common = (i: number, e: (typeof entries)[number]) => {
    view.setUint16(i, 20, true); // version needed: 2.0 (deflate)
    view.setUint16(i + 2, e.utf8 ? 0x800 : 0, true); // bit 11: the name is UTF-8
    view.setUint16(i + 4, 8, true); // deflate
    view.setUint16(i + 6, time, true);
    view.setUint16(i + 8, date, true);
    view.setUint32(i + 10, e.crc, true);
    view.setUint32(i + 14, e.compressed.length, true);
    view.setUint32(i + 18, e.size, true);
    view.setUint16(i + 22, e.name.length, true);
  };
  for (const e of entries) {
    offsets.push(at);
    view.setUint32(at, 0x04034b50, true);
    common(at + 4, e);
    out.set(e.name, at + 30);
    out.set(e.compressed, at + 30 + e.name.length);
    at += 30 + e.name.length + e.compressed.length;
  }
  const central = at;
  entries.forEach((e, k) => {
    view.setUint32(at, 0x02014b50, true);
    view.setUint16(at + 4, 20, true); // made by: 2.0, MS-DOS attributes
    common(at + 6, e);
    // extra length, comment length, disk number, internal and external attributes: all 0
    view.setUint32(at + 42, offsets[k], true);
    out.set(e.name, at + 46);
    at += 46 + e.name.length;
  });
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, at - central, true);
  view.setUint32(at + 16, central, true);
  return out;
}
