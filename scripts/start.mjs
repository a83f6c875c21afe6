#!/usr/bin/env node
// `npm start`: run the add-in for development.
//
// On Windows and macOS (where Excel desktop runs) it trusts a development certificate for localhost, starts the
// development server on https://localhost:3000 and sideloads manifest.xml into Excel desktop. Both steps use
// Microsoft's tools, fetched by npx at pinned versions the first time (they are not dependencies of the project).
// `npm run stop` (node scripts/start.mjs stop) closes the development server and removes the sideloaded add-in.
//
// Elsewhere, or with --browser: the development server alone, with webpack-dev-server's own self-signed
// certificate, and instructions (Norwegian and English) for opening the pane in a browser or sideloading it into
// Excel on the web. PORT overrides the port (default 3000; the manifest expects 3000).
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { request } from "node:https";
import { createServer } from "node:net";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const MANIFEST_PORT = 3000;
/** Pinned versions of Microsoft's sideloading and certificate tools (fetched by npx on first use). */
const OFFICE_ADDIN_DEBUGGING = "office-addin-debugging@6.1.2";
const OFFICE_ADDIN_DEV_CERTS = "office-addin-dev-certs@2.0.10";
/** Where office-addin-dev-certs keeps the trusted certificate for localhost. */
const DEV_CERT_DIR = join(homedir(), ".office-addin-dev-certs");

const args = process.argv.slice(2);
const port = Number(process.env.PORT || MANIFEST_PORT);
const npx = process.platform === "win32" ? "npx.cmd" : "npx";
const desktop =
  (process.platform === "win32" || process.platform === "darwin") && !args.includes("--browser");

function fail(nb, en) {
  console.error(`\n${nb}\n${en}\n`);
  process.exit(1);
}

function run(cmd, cmdArgs, env = process.env) {
  // Windows runs npx.cmd through the shell, which joins the arguments: quote those with spaces.
  const win = process.platform === "win32";
  const argv = win ? cmdArgs.map((a) => (/\s/.test(a) ? `"${a}"` : a)) : cmdArgs;
  return new Promise((resolve) => {
    const child = spawn(cmd, argv, {
      cwd: ROOT,
      stdio: "inherit",
      env,
      shell: win,
    });
    child.on("exit", (code) => resolve(code ?? 1));
    child.on("error", () => resolve(1));
  });
}

function portIsFree(p) {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(p, "localhost", () => server.close(() => resolve(true)));
  });
}

/** Resolves when `url` answers 200 over https (any certificate), or rejects after `timeoutMs`. */
function waitForServer(url, timeoutMs, child) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      if (child.exitCode !== null) return reject(new Error(`exit ${child.exitCode}`));
      const req = request(url, { rejectUnauthorized: false, timeout: 5000 }, (res) => {
        res.resume();
        if (res.statusCode === 200) resolve();
        else retry();
      });
      req.on("error", retry);
      req.on("timeout", () => req.destroy());
      req.end();
    };
    const retry = () => (Date.now() > deadline ? reject(new Error("timeout")) : setTimeout(attempt, 500));
    attempt();
  });
}

async function startDesktop() {
  if (port !== MANIFEST_PORT) {
    fail(
      `Excel skrivebord laster tillegget fra port ${MANIFEST_PORT} (manifest.xml); PORT kan ikke endres her.`,
      `Excel desktop loads the add-in from port ${MANIFEST_PORT} (manifest.xml); PORT cannot be changed here.`,
    );
  }
  console.log(
    `Klargjør sertifikat for localhost og starter Excel (første gang lastes ${OFFICE_ADDIN_DEV_CERTS} og ${OFFICE_ADDIN_DEBUGGING} ned).\n` +
      `Preparing a certificate for localhost and starting Excel (the first run downloads ${OFFICE_ADDIN_DEV_CERTS} and ${OFFICE_ADDIN_DEBUGGING}).`,
  );
  if ((await run(npx, ["--yes", OFFICE_ADDIN_DEV_CERTS, "install"])) !== 0) {
    fail(
      "Klarte ikke å installere utviklingssertifikatet for localhost.",
      "Could not install the development certificate for localhost.",
    );
  }
  const env = { ...process.env, AKRIM_DEV_CERT_DIR: DEV_CERT_DIR };
  const code = await run(
    npx,
    [
      "--yes",
      OFFICE_ADDIN_DEBUGGING,
      "start",
      "manifest.xml",
      "desktop",
      "--app",
      "excel",
      "--dev-server",
      "npm run dev-server",
      "--dev-server-port",
      String(MANIFEST_PORT),
    ],
    env,
  );
  if (code !== 0) {
    fail(
      "Klarte ikke å starte Excel med tillegget. Prøv `npm start -- --browser` og last opp manifest.xml i Excel på nettet.",
      "Could not start Excel with the add-in. Try `npm start -- --browser` and upload manifest.xml in Excel on the web.",
    );
  }
  console.log(
    "\nExcel starter med A-krimrapportering på Hjem-fanen. Stopp med: npm run stop\n" +
      "Excel is starting with A-krim reporting on the Home tab. Stop with: npm run stop",
  );
}

async function stopDesktop() {
  if (!desktop) {
    console.log(
      "Stopp utviklingsserveren med Ctrl+C der den kjører. / Stop the development server with Ctrl+C where it runs.",
    );
    return;
  }
  process.exit(await run(npx, ["--yes", OFFICE_ADDIN_DEBUGGING, "stop", "manifest.xml"]));
}

async function startBrowser() {
  if (!(await portIsFree(port))) {
    fail(
      `Port ${port} er i bruk. Stopp programmet som bruker den, eller velg en annen: PORT=3001 npm start (manifest.xml peker til port ${MANIFEST_PORT}).`,
      `Port ${port} is in use. Stop the program using it, or choose another: PORT=3001 npm start (manifest.xml points at port ${MANIFEST_PORT}).`,
    );
  }
  const webpackCli = join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js");
  if (!existsSync(webpackCli)) fail("Kjør npm install først.", "Run npm install first.");
  const child = spawn(process.execPath, [webpackCli, "serve", "--mode", "development"], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, PORT: String(port) },
  });
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => {
      child.kill(signal);
    });
  }
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));

  const url = `https://localhost:${port}/taskpane.html`;
  try {
    await waitForServer(url, 300_000, child);
  } catch {
    child.kill("SIGTERM");
    fail(`Utviklingsserveren svarte ikke på ${url}.`, `The development server did not answer at ${url}.`);
  }
  console.log(`
A-krimrapportering kjører på ${url}
  I en nettleser: åpne adressen og godta det selvsignerte sertifikatet. Uten Excel arbeider ruten på .xlsx-filer.
  I Excel på nettet: åpne adressen over i samme nettleser først (godta sertifikatet), åpne så en arbeidsbok og velg
  Hjem → Tillegg → Flere tillegg → Mine tillegg → Last opp mitt tillegg, og last opp manifest.xml fra
  ${ROOT}${port === MANIFEST_PORT ? "" : `\n  (manifest.xml peker til port ${MANIFEST_PORT}; med PORT=${port} laster Excel ikke ruten)`}

A-krim reporting is running at ${url}
  In a browser: open the address and accept the self-signed certificate. Outside Excel the pane works on .xlsx files.
  In Excel on the web: open the address above in the same browser first (accept the certificate), then open a
  workbook and choose Home → Add-ins → More Add-ins → My Add-ins → Upload My Add-in, and upload manifest.xml from
  ${ROOT}${port === MANIFEST_PORT ? "" : `\n  (manifest.xml points at port ${MANIFEST_PORT}; with PORT=${port} Excel will not load the pane)`}

Stopp med Ctrl+C. / Stop with Ctrl+C.
`);
}

if (args[0] === "stop") await stopDesktop();
else if (desktop) await startDesktop();
else await startBrowser();
