/**
 * Bundles the command-line tool with esbuild into plain CommonJS, so that `akrim` starts as JavaScript instead of
 * compiling TypeScript on every call. Two files, so that `--help` and `--version` do not pay for parsing the
 * commands (zod, fflate, the rules: most of the ~0.9 MB):
 *   build/akrim.cjs           src/cli/main.ts: arguments, usage, version; loads the next file for a command
 *   build/akrim-commands.cjs  src/cli/commands.ts: the commands and everything they import
 * Run by `prepare` (so `npm ci` / `npm install` builds it) and by scripts/akrim.cjs when a source is newer than the
 * bundle. build/akrim.inputs.json lists the files the bundles were made from (esbuild's metafile), which is what
 * the launcher compares times against.
 */
"use strict";
const { mkdirSync, renameSync, writeFileSync } = require("node:fs");
const { join, relative } = require("node:path");

const root = join(__dirname, "..");
const buildDir = join(root, "build");
const outFile = join(buildDir, "akrim.cjs");
const commandsFile = join(buildDir, "akrim-commands.cjs");
const inputsFile = join(buildDir, "akrim.inputs.json");

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  minifySyntax: true,
  minifyWhitespace: true,
  legalComments: "none",
  metafile: true,
  write: false,
  logLevel: "error",
  banner: { js: "// Built by scripts/build-cli.cjs from src/cli. Do not edit." },
};

/** main.ts's `import("./commands")` becomes a require of the commands bundle next to it. */
const commandsExternal = {
  name: "akrim-commands-external",
  setup(build) {
    build.onResolve({ filter: /^\.\/commands$/ }, (args) =>
      /src[\\/]cli[\\/]main\.ts$/.test(args.importer)
        ? { path: "./akrim-commands.cjs", external: true }
        : undefined,
    );
    // version.ts loads the catalogue only when the build did not give it the answer: never, in the bundle. Left
    // out, so that zod and the catalogues are not in this file at all.
    build.onResolve({ filter: /^\.\.\// }, (args) =>
      /src[\\/]cli[\\/]version\.ts$/.test(args.importer) ? { path: args.path, external: true } : undefined,
    );
  },
};

/**
 * What `--version` prints, asked of src/cli/version.ts itself (bundled and run once here, with the checked current
 * catalogue), so that the bin can print it without loading the catalogue and zod.
 */
async function versionText(esbuild) {
  const probe = await esbuild.build({
    ...common,
    entryPoints: ["src/cli/version.ts"],
    outfile: join(buildDir, "version-probe.cjs"),
  });
  const m = { exports: {} };
  new Function("module", "exports", "require", probe.outputFiles[0].text)(m, m.exports, require);
  return { text: await m.exports.versionText(), inputs: Object.keys(probe.metafile.inputs) };
}

/** Builds both bundles; resolves to the list of input files (relative to the repository root). */
async function buildCli() {
  // esbuild is a devDependency: required here, so that a launcher with a fresh bundle never loads it.
  const esbuild = require("esbuild");
  mkdirSync(buildDir, { recursive: true });
  const version = await versionText(esbuild);
  const [main, cmds] = await Promise.all([
    esbuild.build({
      ...common,
      define: { __AKRIM_VERSION_TEXT__: JSON.stringify(version.text) },
      entryPoints: ["src/cli/main.ts"],
      outfile: outFile,
      plugins: [commandsExternal],
      // import() of the external commands bundle becomes require(): no ES module loader, and the code cache applies.
      supported: { "dynamic-import": false },
    }),
    esbuild.build({
      ...common,
      entryPoints: ["src/cli/commands.ts"],
      outfile: commandsFile,
      // The Word library is required from node_modules by `report` alone (a lazy import), so that the other
      // commands do not compile 300 KB they never run.
      external: ["docx"],
      supported: { "dynamic-import": false },
    }),
  ]);
  // Each file is written whole and renamed into place: a launcher starting meanwhile sees the old or the new file.
  for (const f of [...main.outputFiles, ...cmds.outputFiles]) writeAtomically(f.path, f.contents);
  const inputs = [
    ...new Set([
      ...Object.keys(main.metafile.inputs),
      ...Object.keys(cmds.metafile.inputs),
      ...version.inputs,
    ]),
  ].map((p) => relative(root, join(root, p)));
  inputs.push("scripts/build-cli.cjs");
  writeAtomically(inputsFile, `${JSON.stringify(inputs, null, 1)}\n`);
  return inputs;
}

function writeAtomically(file, contents) {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, contents);
  renameSync(tmp, file);
}

module.exports = { buildCli, outFile, commandsFile, inputsFile, root };

if (require.main === module) {
  buildCli().then(
    (inputs) => {
      if (!process.argv.includes("--quiet"))
        process.stdout.write(`akrim: ${relative(process.cwd(), outFile)} (${inputs.length} source files)\n`);
    },
    (e) => {
      process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
