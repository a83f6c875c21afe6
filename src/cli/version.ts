/** `akrim --version`: the product's version and the template and catalogue versions it writes and checks. */
import pkg from "../../package.json";
import bundled from "../catalogue/data/catalogue-2026.1.json";

/**
 * Read from the bundled catalogue's data without checking it: the check costs more than the rest of start-up,
 * and the tests load the same file through the checked loader.
 */
export function versionText(): string {
  return (
    `akrim-rapport ${pkg.version} (mal / template ${bundled.template.version}, ` +
    `katalog / catalogue ${bundled.version})\n`
  );
}
