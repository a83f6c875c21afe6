/** Every test: a finding whose message or hint needs a param the finding does not carry is a failure. */
import { setUnfilledPlaceholderHandler } from "../../src/core/validation/render";

setUnfilledPlaceholderHandler((name, text) => {
  throw new Error(`The finding has no param {${name}} for the text: ${text}`);
});
