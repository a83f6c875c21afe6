/** `akrim --version`: the product's version and the template and catalogue versions it writes and checks. */

/** Set by the build (scripts/build-cli.cjs) to this function's answer, so the bin answers without loading zod. */
declare const __AKRIM_VERSION_TEXT__: string | undefined;

export async function versionText(): Promise<string> {
  if (typeof __AKRIM_VERSION_TEXT__ === "string") return __AKRIM_VERSION_TEXT__;
  const [{ default: pkg }, { defaultCatalogue }] = await Promise.all([
    import("../../package.json"),
    import("../catalogue"),
  ]);
  const c = defaultCatalogue();
  return `akrim-rapport ${pkg.version} (mal / template ${c.template.version}, katalog / catalogue ${c.version})\n`;
}
