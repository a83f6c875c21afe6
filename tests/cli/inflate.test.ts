/**
 * The command line reads and writes with Node's zlib instead of fflate (about 5× faster on a big sheet). Same
 * snapshot, and the same refusals: an entry that inflates past its declared size is still stopped, a cut-off one
 * still damaged. A file written with Node's deflate reads back as the same workbook.
 */
import { defaultCatalogue } from "../../src/catalogue";
import { nodeDeflateRaw, nodeInflateRaw } from "../../src/cli/files";
import { generateSamples, planSample } from "../../src/core/samples";
import { readXlsx, writeXlsx, XlsxReadError } from "../../src/workbook/xlsx";
import { crc32 } from "../../src/workbook/xlsx/zip-writer";

const catalogue = defaultCatalogue();
const sample = writeXlsx(planSample(catalogue, generateSamples(catalogue)[0]));

function codeOf(bytes: Uint8Array, native: boolean): string {
  try {
    readXlsx(bytes, "x.xlsx", native ? { inflateRaw: nodeInflateRaw } : {});
    return "read";
  } catch (e) {
    if (e instanceof XlsxReadError) return e.code;
    throw e;
  }
}

/** Rewrites the declared uncompressed size of one entry in the central directory. */
function lieAboutSize(bytes: Uint8Array, part: string, size: (compressed: number, real: number) => number) {
  const buf = Buffer.from(bytes);
  const name = Buffer.from(part);
  for (
    let p = buf.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    p >= 0;
    p = buf.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), p + 4)
  ) {
    if (buf.subarray(p + 46, p + 46 + name.length).equals(name)) {
      buf.writeUInt32LE(size(buf.readUInt32LE(p + 20), buf.readUInt32LE(p + 24)), p + 24);
      return new Uint8Array(buf);
    }
  }
  throw new Error(`no entry ${part}`);
}

test("the same snapshot with Node's zlib as with fflate", () => {
  expect(readXlsx(sample, "x.xlsx", { inflateRaw: nodeInflateRaw })).toEqual(readXlsx(sample, "x.xlsx"));
});

test("an entry that inflates past its declared size is refused the same way", () => {
  const lying = lieAboutSize(sample, "xl/worksheets/sheet2.xml", (compressed) => compressed + 10);
  expect(codeOf(lying, true)).toBe("zip-bomb");
  expect(codeOf(lying, false)).toBe("zip-bomb");
});

test("an entry shorter than declared is damaged either way", () => {
  const short = lieAboutSize(sample, "xl/worksheets/sheet2.xml", (_c, real) => real + 100);
  expect(codeOf(short, true)).toBe("corrupt-zip");
  expect(codeOf(short, false)).toBe("corrupt-zip");
});

test("a few bytes more than declared is a damaged entry, not a zip bomb", () => {
  const over = lieAboutSize(sample, "xl/worksheets/sheet2.xml", (_c, real) => real - 2);
  expect(codeOf(over, true)).toBe("corrupt-zip");
  expect(codeOf(over, false)).toBe("corrupt-zip");
});

test("a workbook written with Node's deflate reads back the same as one written with fflate's", () => {
  const edits = planSample(catalogue, generateSamples(catalogue)[0]);
  const created = new Date(2026, 0, 2, 3, 4, 6);
  const native = writeXlsx(edits, { created, deflateRaw: nodeDeflateRaw });
  const fflate = writeXlsx(edits, { created });
  expect(readXlsx(native, "x.xlsx")).toEqual(readXlsx(fflate, "x.xlsx"));
  expect(readXlsx(native, "x.xlsx", { inflateRaw: nodeInflateRaw })).toEqual(readXlsx(fflate, "x.xlsx"));
});

test("the zip's CRC-32 is the standard one (check value of the text 123456789)", () => {
  expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
  expect(crc32(new Uint8Array(0))).toBe(0);
});
