/* eslint-disable @typescript-eslint/no-require-imports -- webpack loads this file as CommonJS. */
/**
 * Build of the add-in: the task pane (taskpane.html), the ribbon's function file (commands.html), the ribbon
 * command's dialog (outcome.html), the icons and the manifest. Office.js is not part of the build: it comes from
 * Microsoft's CDN (see OFFICE_JS_URL in src/workbook/office/startup.ts and docs/dev/shell.md).
 *
 *   npm run build       production build into dist/, manifest URLs rewritten to AKRIM_PROD_HOST
 *   npm run dev-server  development server on https://localhost:3000 (PORT overrides the port)
 *
 * Environment:
 *   AKRIM_PROD_HOST  where the agency hosts dist/ (https, no query or fragment; a path is allowed).
 *                    The default below is a placeholder domain: set your own host when you build for real.
 *   AKRIM_QUIET=1    print only warnings and errors.
 *   PORT             port of the development server (default 3000).
 *   AKRIM_DEV_CERT_DIR  folder with a trusted localhost.crt / localhost.key / ca.crt (set by `npm start` on
 *                    Windows and macOS, where Excel desktop needs a trusted certificate); without it the
 *                    development server makes its own self-signed certificate.
 */
const fs = require("node:fs");
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

/** The host every URL in manifest.xml points at during development. */
const DEV_HOST = "https://localhost:3000";
/** Change this (or set AKRIM_PROD_HOST) to the HTTPS address where the built files are served. */
const DEFAULT_PROD_HOST = "https://akrim-rapport.example.no";

/**
 * Office.js on Microsoft's CDN, the one place it is loaded from ("Referencing the Office JavaScript API library",
 * https://learn.microsoft.com/office/dev/add-ins/develop/referencing-the-javascript-api-for-office-library-from-its-cdn).
 * The same URL as OFFICE_JS_URL in src/workbook/office/startup.ts (a test keeps them equal).
 */
const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** Office.js loads its host files and strings from its own folder: scripts from there and nowhere else. */
const OFFICE_JS_SOURCE = OFFICE_JS_URL.replace(/[^/]+$/, "");

/**
 * The production host, checked: an https URL without query or fragment, returned without a trailing slash.
 * Throws with a message in Norwegian and English.
 */
function productionHost(value) {
  const raw = (value ?? "").trim() || DEFAULT_PROD_HOST;
  let url;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  if (!url || url.protocol !== "https:" || url.search || url.hash || url.username || url.password) {
    throw new Error(
      `AKRIM_PROD_HOST må være en https-adresse uten spørring eller fragment, f.eks. https://rapport.etat.no (fikk «${raw}»). / ` +
        `AKRIM_PROD_HOST must be an https address without query or fragment, e.g. https://rapport.agency.no (got "${raw}").`,
    );
  }
  return url.href.replace(/\/+$/, "");
}

/** manifest.xml with every development URL pointed at `host`. */
function manifestForHost(xml, host) {
  return xml.split(DEV_HOST).join(host);
}

/** CSP hash source of the empty string (sha256, base64). */
const EMPTY_STYLE_HASH = "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=";

/**
 * The Content-Security-Policy of the HTML pages: everything from the add-in's own origin, and scripts also from
 * Office.js's folder on Microsoft's CDN. See docs/dev/shell.md for why each directive is there.
 */
function contentSecurityPolicy(devServerOrigin) {
  const connect = devServerOrigin ? `'self' ${devServerOrigin.replace(/^https:/, "wss:")}` : "'self'";
  return [
    "default-src 'self'",
    `script-src 'self' ${OFFICE_JS_SOURCE}`,
    // Fluent UI (Griffel) adds empty <style> elements and fills them through the CSS object model: the hash of
    // the empty string admits exactly those, no inline CSS text.
    `style-src 'self' '${EMPTY_STYLE_HASH}'`,
    "img-src 'self' data:",
    `connect-src ${connect}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}
/** webpack-dev-server's `server` option: a trusted development certificate when there is one, else self-signed. */
function devServerHttps(certDir) {
  const file = (name) => path.join(certDir ?? "", name);
  if (!certDir || !["localhost.crt", "localhost.key"].every((n) => fs.existsSync(file(n)))) return "https";
  const options = {
    cert: fs.readFileSync(file("localhost.crt")),
    key: fs.readFileSync(file("localhost.key")),
  };
  if (fs.existsSync(file("ca.crt"))) options.ca = fs.readFileSync(file("ca.crt"));
  return { type: "https", options };
}

module.exports = (env, argv) => {
  const production = argv.mode === "production";
  const quiet = process.env.AKRIM_QUIET === "1";
  const port = Number(process.env.PORT || 3000);
  const prodHost = production ? productionHost(process.env.AKRIM_PROD_HOST) : DEV_HOST;
  const devOrigin = production ? undefined : `https://localhost:${port}`;
  const csp = contentSecurityPolicy(devOrigin);

  const page = (chunk, template, filename, title) =>
    new HtmlWebpackPlugin({
      filename,
      template,
      chunks: [chunk],
      title,
      templateParameters: { csp, officeJs: OFFICE_JS_URL },
      scriptLoading: "defer",
      minify: production ? { collapseWhitespace: true, removeComments: true } : false,
    });

  return {
    mode: production ? "production" : "development",
    context: __dirname,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/index.ts",
      outcome: "./src/commands/outcome.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      publicPath: "",
      clean: true,
    },
    devtool: production ? "source-map" : "cheap-module-source-map",
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { noEmit: false } },
          },
        },
      ],
    },
    optimization: {
      moduleIds: "deterministic",
      chunkIds: "deterministic",
      splitChunks: { chunks: "all" },
    },
    performance: { hints: false },
    plugins: [
      page("taskpane", "./src/taskpane/index.html", "taskpane.html", "A-krimrapportering"),
      page("commands", "./src/commands/commands.html", "commands.html", "A-krimrapportering: kommandoer"),
      // The ribbon command's outcome dialog (Dialog API), see src/commands/commands.ts.
      page("outcome", "./src/commands/outcome.html", "outcome.html", "A-krimrapportering: kontroll"),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => manifestForHost(content.toString("utf8"), prodHost),
          },
        ],
      }),
    ],
    stats: quiet ? "errors-warnings" : "normal",
    infrastructureLogging: { level: quiet ? "warn" : "info" },
    devServer: {
      port,
      host: "localhost",
      server: devServerHttps(process.env.AKRIM_DEV_CERT_DIR),
      hot: false,
      liveReload: true,
      headers: { "Cache-Control": "no-store" },
      client: { logging: quiet ? "warn" : "info", overlay: { errors: true, warnings: false } },
      static: false,
    },
  };
};

module.exports.productionHost = productionHost;
module.exports.manifestForHost = manifestForHost;
module.exports.contentSecurityPolicy = contentSecurityPolicy;
module.exports.DEFAULT_PROD_HOST = DEFAULT_PROD_HOST;
module.exports.OFFICE_JS_URL = OFFICE_JS_URL;
