/** Writes the rule table of docs/dev/validation.md from the rule registry and the English rule texts. */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { withRuleTable } from "../src/core/validation/rule-table";

const file = join(__dirname, "../docs/dev/validation.md");
writeFileSync(file, withRuleTable(readFileSync(file, "utf8")));
