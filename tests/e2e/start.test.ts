/**
 * `npm start` outside Excel desktop: the development server comes up over https, serves the task pane (which
 * fetches Office.js from Microsoft's CDN only inside Office), and prints how to open it, in Norwegian and English.
 * PORT picks a free port here.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { get } from "node:https";
import { createServer } from "node:net";
import { join } from "node:path";
import { foreignRequests, launchBrowser } from "./support/browser";
import { nb } from "../../src/i18n/nb";
import { OFFICE_JS_URL } from "../../src/workbook/office/startup";
import { ROOT } from "./support/build";
import { standInForOfficeCdn } from "./support/office-cdn";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "localhost", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function fetchInsecure(url: string): Promise<{ status: number; body: string; protocol: string }> {
  return new Promise((resolve, reject) => {
    get(url, { rejectUnauthorized: false }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body, protocol: new URL(url).protocol }));
    }).on("error", reject);
  });
}

let child: ChildProcess | undefined;
let output = "";
let port = 0;

beforeAll(async () => {
  port = await freePort();
  child = spawn(process.execPath, [join(ROOT, "scripts", "start.mjs"), "--browser"], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), AKRIM_QUIET: "1" },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (c: Buffer) => (output += c.toString()));
  child.stderr!.on("data", (c: Buffer) => (output += c.toString()));
  const deadline = Date.now() + 110_000;
  while (!output.includes("Stop with Ctrl+C")) {
    if (child.exitCode !== null) throw new Error(`npm start ended early:\n${output}`);
    if (Date.now() > deadline) throw new Error(`npm start did not come up:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}, 120_000);

afterAll(async () => {
  if (child?.pid && child.exitCode === null) {
    const exited = new Promise((r) => child!.once("exit", r));
    process.kill(-child.pid, "SIGTERM"); // the whole group: start.mjs and the webpack server it runs
    await exited;
  }
});

test("prints the address and how to sideload, in Norwegian and English", () => {
  const url = `https://localhost:${port}/taskpane.html`;
  expect(output).toContain(`A-krimrapportering kjører på ${url}`);
  expect(output).toContain(`A-krim reporting is running at ${url}`);
  expect(output).toContain("Last opp mitt tillegg");
  expect(output).toContain("Upload My Add-in");
  expect(output).toContain(join(ROOT));
});

test("serves the task pane over https with its policy, and no copy of Office.js", async () => {
  const page = await fetchInsecure(`https://localhost:${port}/taskpane.html`);
  expect(page.status).toBe(200);
  expect(page.body).toContain("<title>A-krimrapportering</title>");
  expect(page.body).toMatch(
    /<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/;/,
  );
  expect(page.body).not.toMatch(/<script[^>]*office\.js/);
  const commands = await fetchInsecure(`https://localhost:${port}/commands.html`);
  expect(commands.body).toContain(`<script src="${OFFICE_JS_URL}"></script>`);
  expect((await fetchInsecure(`https://localhost:${port}/office-js/office.js`)).status).toBe(404);
  const manifest = await fetchInsecure(`https://localhost:${port}/manifest.xml`);
  expect(manifest.body).toContain("https://localhost:3000/taskpane.html");
});

test("the development build renders in Chromium within its policy, requesting nothing elsewhere", async () => {
  const browser = await launchBrowser({ selfSignedHttps: true });
  try {
    const origin = `https://localhost:${port}`;
    const cdn = await standInForOfficeCdn(browser.context, origin);
    await browser.page.goto(`${origin}/taskpane.html`);
    await browser.page.getByRole("heading", { level: 1 }).waitFor();
    expect(await browser.page.getByRole("heading", { level: 1 }).innerText()).toContain(nb["app.title"]);
    expect(await browser.cspViolations()).toEqual([]);
    expect(foreignRequests(browser.requests, origin)).toEqual([]);
    expect([cdn.served, cdn.refused]).toEqual([[], []]);
    expect(browser.errors.filter((e) => !/Content Security Policy/.test(e))).toEqual([]);
  } finally {
    await browser.close();
  }
});

test("refuses a port that is in use, with a message in both languages", async () => {
  const r = await new Promise<{ code: number | null; text: string }>((resolve) => {
    const second = spawn(process.execPath, [join(ROOT, "scripts", "start.mjs"), "--browser"], {
      cwd: ROOT,
      env: { ...process.env, PORT: String(port) },
    });
    let text = "";
    second.stderr.on("data", (c: Buffer) => (text += c.toString()));
    second.on("exit", (code) => resolve({ code, text }));
  });
  expect(r.code).toBe(1);
  expect(r.text).toContain(`Port ${port} er i bruk`);
  expect(r.text).toContain(`Port ${port} is in use`);
});
