/**
 * The add-in manifest: valid against Microsoft's published XML schema (checked offline with xmllint, schema
 * files in tests/manifest/schema/), in the development copy and in the production copy the build writes; the
 * schema check really rejects broken manifests; resources, translations and icons are complete.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateSync } from "node:zlib";
import { ensureProductionBuild, ROOT } from "../e2e/support/build";

// webpack.config.js is CommonJS; its helpers are what the build uses.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require("../../webpack.config.js") as {
  productionHost(value: string | undefined): string;
  manifestForHost(xml: string, host: string): string;
  DEFAULT_PROD_HOST: string;
};

const SCHEMA = join(ROOT, "tests", "manifest", "schema", "OfficeAppManifestV1_1.xsd");
const MANIFEST = join(ROOT, "manifest.xml");
const source = readFileSync(MANIFEST, "utf8");
const tmp = mkdtempSync(join(tmpdir(), "akrim-manifest-"));
let dist = "";

// Building dist/ (only when it is missing or stale) can take minutes on a busy machine.
beforeAll(() => {
  dist = ensureProductionBuild();
}, 300_000);

/** xmllint's exit status and messages for a manifest (0 = valid, 3 = not valid against the schema). */
function xmllint(file: string): { status: number | null; output: string } {
  const r = spawnSync("xmllint", ["--noout", "--nonet", "--schema", SCHEMA, file], { encoding: "utf8" });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

function variant(name: string, xml: string): string {
  const file = join(tmp, name);
  writeFileSync(file, xml);
  return file;
}

function urls(xml: string): string[] {
  return [...xml.matchAll(/"(https?:\/\/[^"]+)"/g)].map((m) => m[1]);
}

describe("schema validation (xmllint, offline)", () => {
  test("manifest.xml is valid", () => {
    const r = xmllint(MANIFEST);
    expect(r.output).toContain("validates");
    expect(r.status).toBe(0);
  });

  test("the production manifest in dist/ is valid and points only at the production host", () => {
    const file = join(dist, "manifest.xml");
    const r = xmllint(file);
    expect(r.output).toContain("validates");
    expect(r.status).toBe(0);
    const xml = readFileSync(file, "utf8");
    const origin = new URL(/<SourceLocation DefaultValue="([^"]+)"/.exec(xml)![1]).origin;
    expect(origin).not.toMatch(/localhost/);
    expect(
      urls(xml).filter((u) => !u.startsWith("http://schemas.") && !u.startsWith("http://www.w3.org")),
    ).toEqual(
      urls(source)
        .filter((u) => u.startsWith("https://localhost:3000"))
        .map((u) => u.replace("https://localhost:3000", origin)),
    );
  });

  test("the check script shipped with the schema agrees", () => {
    const r = spawnSync("bash", [join(ROOT, "tests", "manifest", "schema", "check-manifest.sh"), MANIFEST]);
    expect(r.status).toBe(0);
  });

  test("rejects elements out of order (ProviderName before Version)", () => {
    const version = /\s*<Version>[^<]*<\/Version>/.exec(source)![0];
    const broken = source.replace(version, "").replace(/(<\/ProviderName>)/, `$1${version}`);
    expect(broken).not.toBe(source);
    const r = xmllint(variant("order.xml", broken));
    expect(r.status).toBe(3);
    expect(r.output).toMatch(/Version/);
  });

  test("rejects an Id that is not a GUID", () => {
    const broken = source.replace(/<Id>[^<]*<\/Id>/, "<Id>akrim-rapport</Id>");
    const r = xmllint(variant("guid.xml", broken));
    expect(r.status).toBe(3);
    expect(r.output).toMatch(/Id/);
  });

  test("rejects a permission outside the schema's list", () => {
    const broken = source.replace(
      "<Permissions>ReadWriteDocument</Permissions>",
      "<Permissions>Everything</Permissions>",
    );
    expect(xmllint(variant("permissions.xml", broken)).status).toBe(3);
  });
});

describe("content", () => {
  test("an Excel task-pane add-in: Workbook host, ExcelApi 1.7, ReadWriteDocument, pane on localhost:3000", () => {
    expect(source).toMatch(/xsi:type="TaskPaneApp"/);
    expect(source).toMatch(/<Host Name="Workbook"\s*\/>/);
    expect(source).toMatch(/<Set Name="ExcelApi" MinVersion="1.7"\s*\/>/);
    expect(source).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
    expect(source).toMatch(/<SourceLocation DefaultValue="https:\/\/localhost:3000\/taskpane.html"\s*\/>/);
    expect(source).toMatch(/<DefaultLocale>nb-NO<\/DefaultLocale>/);
    expect(source).not.toMatch(/<AppDomains>/);
    expect(source).toMatch(/<OfficeTab id="TabHome">/);
    expect(source).toMatch(/<Action xsi:type="ShowTaskpane">/);
  });

  test("the ribbon's check button runs the function the function file registers", () => {
    const commands = readFileSync(join(ROOT, "src", "commands", "commands.ts"), "utf8");
    const registered = [...commands.matchAll(/Office\.actions\??\.associate(?:\?\.)?\(\s*"([^"]+)"/g)].map(
      (m) => m[1],
    );
    const called = [...source.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) => m[1]);
    expect(called).toEqual(["akrimRunCheck"]);
    expect(registered).toEqual(called);
    // Hosts without Office.actions find the function by its global name.
    expect(commands).toMatch(/globalThis as Record<string, unknown>\)\.akrimRunCheck = /);
    expect(source).toMatch(/<FunctionFile resid="Commands.Url"\s*\/>/);
    expect(source).toMatch(
      /<bt:Url id="Commands.Url" DefaultValue="https:\/\/localhost:3000\/commands.html"\s*\/>/,
    );
  });

  test("the manifest's version is the package's version (Office needs four parts)", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(/<Version>([^<]+)<\/Version>/.exec(source)![1]).toBe(`${pkg.version}.0`);
  });

  test("every resource a control refers to is defined", () => {
    const defined = new Set([...source.matchAll(/<bt:\w+ id="([^"]+)"/g)].map((m) => m[1]));
    const used = [...source.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(5);
    expect(used.filter((id) => !defined.has(id))).toEqual([]);
  });

  test("every text has an en-US translation next to the Norwegian default", () => {
    const strings = [
      ...source.matchAll(/<bt:String id="([^"]+)" DefaultValue="[^"]+">([\s\S]*?)<\/bt:String>/g),
    ];
    expect(strings.length).toBeGreaterThan(3);
    for (const [, id, body] of strings)
      expect([id, /<bt:Override Locale="en-US" Value="[^"]+"\s*\/>/.test(body)]).toEqual([id, true]);
    for (const el of ["DisplayName", "Description"]) {
      expect(source).toMatch(
        new RegExp(`<${el} DefaultValue="[^"]+">\\s*<Override Locale="en-US" Value="[^"]+"\\s*/>`),
      );
    }
  });

  test("every icon is a PNG in assets/ with a transparent background, at the size the manifest declares", () => {
    const declared: [string, number][] = [
      [/<IconUrl DefaultValue="([^"]+)"/.exec(source)![1], 32],
      [/<HighResolutionIconUrl DefaultValue="([^"]+)"/.exec(source)![1], 64],
      ...[...source.matchAll(/<bt:Image id="\w+\.(\d+)x\d+" DefaultValue="([^"]+)"/g)].map(
        (m): [string, number] => [m[2], Number(m[1])],
      ),
    ];
    expect(declared.length).toBe(8);
    for (const [url, size] of declared) {
      const file = join(ROOT, new URL(url).pathname);
      const png = readFileSync(file);
      const info = pngInfo(png);
      expect([url, info.width, info.height, info.colorType]).toEqual([url, size, size, 6]);
      expect([url, info.topLeftAlpha]).toEqual([url, 0]);
    }
  });
});

describe("production host", () => {
  test("defaults to the documented placeholder and accepts an https address with a path", () => {
    expect(webpackConfig.productionHost(undefined)).toBe(webpackConfig.DEFAULT_PROD_HOST);
    expect(webpackConfig.productionHost("")).toBe(webpackConfig.DEFAULT_PROD_HOST);
    expect(webpackConfig.productionHost("https://rapport.etat.no/akrim/")).toBe(
      "https://rapport.etat.no/akrim",
    );
  });

  test("refuses http, queries, fragments and non-addresses with a message in Norwegian and English", () => {
    for (const bad of [
      "http://rapport.etat.no",
      "https://rapport.etat.no/?x=1",
      "https://rapport.etat.no/#a",
      "rapport",
    ]) {
      expect(() => webpackConfig.productionHost(bad)).toThrow(
        /må være en https-adresse.*must be an https address/s,
      );
    }
  });

  test("a manifest moved to a host under a path is still valid", () => {
    const xml = webpackConfig.manifestForHost(source, "https://intranett.etat.no/apps/akrim");
    expect(xml).not.toMatch(/localhost/);
    expect(xml).toMatch(
      /<SourceLocation DefaultValue="https:\/\/intranett.etat.no\/apps\/akrim\/taskpane.html"/,
    );
    expect(xmllint(variant("path.xml", xml)).status).toBe(0);
  });
});

test("office-addin-manifest info reads the production manifest (offline)", () => {
  const cli = join(ROOT, "node_modules", "office-addin-manifest", "cli.js");
  const r = spawnSync(process.execPath, [cli, "info", join(dist, "manifest.xml")], { encoding: "utf8" });
  expect(r.status).toBe(0);
  const id = /<Id>([^<]+)<\/Id>/.exec(source)![1];
  expect(r.stdout).toContain(`Id: ${id}`);
  expect(r.stdout).toContain("Name: A-krimrapportering");
  expect(r.stdout).toContain("Default Locale: nb-NO");
  expect(r.stdout).toMatch(/Source Location: https:\/\/(?!localhost)[^\s]+\/taskpane\.html/);
});

/** Width, height, colour type and the alpha of the top-left pixel of an 8-bit PNG. */
function pngInfo(png: Buffer): { width: number; height: number; colorType: number; topLeftAlpha: number } {
  expect(png.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const colorType = png[25];
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const len = png.readUInt32BE(at);
    if (png.toString("latin1", at + 4, at + 8) === "IDAT") idat.push(png.subarray(at + 8, at + 8 + len));
    at += 12 + len;
  }
  // The first pixel of the first row is stored unchanged by every PNG filter (its neighbours count as zero).
  const raw = inflateSync(Buffer.concat(idat));
  return { width, height, colorType, topLeftAlpha: raw[1 + 3] };
}
