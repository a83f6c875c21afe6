/**
 * The peer libraries the benchmark compares against (ExcelJS, SheetJS) live in bench/peers/ with their own
 * package.json and lockfile, installed on first use by `npm run bench`, so that they are not in the product's
 * dependency tree (SheetJS 0.18.5 is the last on npm and carries published advisories). Loaded with a require
 * rooted in that folder; typed here by the little the benchmark uses.
 */
import { execFileSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const PEERS = join(__dirname, "peers");

/** Installs bench/peers from its lockfile when it is missing or older than the lockfile. */
export function ensurePeers(): void {
  const marker = join(PEERS, "node_modules", ".package-lock.json");
  const lock = join(PEERS, "package-lock.json");
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  console.error("bench: installing the peer libraries in bench/peers (npm ci) ...");
  execFileSync("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], {
    cwd: PEERS,
    stdio: "inherit",
  });
}

export function requirePeer<T>(name: "exceljs" | "xlsx"): T {
  return createRequire(join(PEERS, "package.json"))(name) as T;
}

export interface ExcelJsRow {
  cellCount: number;
}
export interface ExcelJsModule {
  Workbook: new () => {
    xlsx: { load(data: ArrayBuffer): Promise<unknown> };
    worksheets: { eachRow(cb: (row: ExcelJsRow) => void): void }[];
  };
  stream: {
    xlsx: {
      WorkbookReader: new (
        file: string,
        options: { sharedStrings: string; worksheets: string },
      ) => AsyncIterable<AsyncIterable<ExcelJsRow>>;
    };
  };
}
export interface SheetJsModule {
  read(
    data: Uint8Array,
    options: { type: "array" },
  ): { SheetNames: string[]; Sheets: Record<string, object> };
}
