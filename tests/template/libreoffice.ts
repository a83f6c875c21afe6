/** Runs LibreOffice headless on files, with a fresh profile that recalculates every formula on load. */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Converts `files` to `format` ("xlsx", "pdf", ...) into `outDir`; returns soffice's exit status and output. */
export function convertWithLibreOffice(files: string[], format: string, outDir: string) {
  const profile = mkdtempSync(join(tmpdir(), "akrim-lo-profile-"));
  mkdirSync(join(profile, "user"), { recursive: true });
  writeFileSync(join(profile, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
  const r = spawnSync(
    "/usr/bin/soffice",
    [
      "--headless",
      "--norestore",
      `-env:UserInstallation=file://${profile}`,
      "--convert-to",
      format,
      "--outdir",
      outDir,
      ...files,
    ],
    { encoding: "utf8", timeout: 110_000 },
  );
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}
