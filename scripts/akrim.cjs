#!/usr/bin/env node
/**
 * The `akrim` command (package.json `bin`, and `npm run akrim`). Runs the bundle build/akrim.cjs that `prepare`
 * makes on install. In a working copy it first checks that no source the bundle was made from is newer than the
 * bundle (a few dozen stat calls), and rebuilds it with esbuild when one is, so an edited source is never run stale.
 */
"use strict";
const { execFileSync } = require("node:child_process");
const { readFileSync, statSync } = require("node:fs");
const { join } = require("node:path");

const root = join(__dirname, "..");
const bundle = join(root, "build", "akrim.cjs");
const commandsBundle = join(root, "build", "akrim-commands.cjs");
const inputsFile = join(root, "build", "akrim.inputs.json");

function mtime(file) {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return -1;
  }
}

function isStale() {
  const built = Math.min(mtime(bundle), mtime(commandsBundle));
  if (built < 0) return true;
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(inputsFile, "utf8"));
  } catch {
    return true;
  }
  // A source that is gone (renamed or deleted) also means the bundle is out of date.
  return inputs.some((f) => {
    const t = mtime(join(root, f));
    return t < 0 || t > built;
  });
}

if (isStale()) {
  try {
    // esbuild's build API is asynchronous (the plugin needs it): a child process keeps this file synchronous.
    execFileSync(process.execPath, [join(__dirname, "build-cli.cjs"), "--quiet"], {
      stdio: ["ignore", "ignore", "pipe"],
    });
  } catch (e) {
    const detail = String((e && e.stderr) || (e instanceof Error ? e.message : e)).trim();
    process.stderr.write(
      `Kommandolinjeverktøyet kunne ikke bygges. Kjør npm install i mappen ${root} og prøv igjen.\n` +
        `The command-line tool could not be built. Run npm install in ${root} and try again.\n${detail}\n`,
    );
    // A bundle that is merely older than an edited source still works; only a missing one stops here.
    if (mtime(bundle) < 0 || mtime(commandsBundle) < 0) process.exit(2);
  }
}

/**
 * V8's code cache for the two bundles: compiling the commands bundle is about half of a command's start-up on this
 * machine (0.87 MB, ~60 ms); with the cache V8 skips it. The cache sits next to the bundle, is written after the
 * first run (so it also holds the functions that run compiled lazily), and V8 itself rejects a cache that does not
 * match the source or the Node version, which is then written anew. Failing to write it (a read-only install)
 * only costs the time.
 */
function useCodeCache() {
  const Module = require("node:module");
  const vm = require("node:vm");
  const { writeFileSync } = require("node:fs");
  const { dirname } = require("node:path");
  const compile = Module.prototype._compile;
  const pending = [];
  Module.prototype._compile = function (content, filename) {
    if (filename !== bundle && filename !== commandsBundle) return compile.call(this, content, filename);
    const cacheFile = `${filename}.v8cache`;
    let cachedData;
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      cachedData = undefined;
    }
    const script = new vm.Script(Module.wrap(content), { filename, cachedData });
    if (cachedData === undefined || script.cachedDataRejected) pending.push({ script, cacheFile });
    const fn = script.runInThisContext({ displayErrors: true });
    const require = Module.createRequire(filename);
    return fn.call(this.exports, this.exports, require, this, filename, dirname(filename));
  };
  process.once("exit", () => {
    for (const { script, cacheFile } of pending) {
      try {
        writeFileSync(cacheFile, script.createCachedData());
      } catch {
        // read-only: no cache
      }
    }
  });
}

useCodeCache();
require(bundle).run(process.argv.slice(2));
