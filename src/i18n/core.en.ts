/** English for what the core and the catalogue loader write themselves; exactly the keys of core.nb.ts. */
import type { CORE_NB } from "./core.nb";

export const CORE_EN: { readonly [K in keyof typeof CORE_NB]: string } = {
  // The catalogue loader: problems with a revised catalogue file
  "catalogueFile.tooLarge": "The catalogue file is too large ({size} characters, at most {max}).",
  "catalogueFile.notJson": "The catalogue file is not valid JSON: {detail}",
  "catalogueFile.notObject": "The catalogue must be a JSON object.",
  "catalogueFile.tooManyElements": "The catalogue has an unreasonable number of elements (over {max}).",
  "catalogueFile.tooDeep": "The catalogue is nested too deeply.",
  "catalogueFile.forbiddenKey": 'The key "{key}" is not allowed in a catalogue.',
  "catalogueFile.notACatalogue": 'This is not an a-krim catalogue (the field "format" must be "{format}").',
  "catalogueFile.unsupportedFormat":
    "Catalogue format {found} is not supported by this version of the add-in (supports {supported}). Update the add-in or ask the secretariat for a catalogue in a supported format.",
  "catalogueFile.invalid": "Invalid value: {detail}",
  "catalogueFile.version": "Invalid version: write YYYY.N, for example 2026.1.",
  "catalogueFile.duplicateId": 'The id "{id}" occurs more than once.',
  "catalogueFile.duplicateTable": "The table occurs twice.",
  "catalogueFile.duplicateColumn": "The column occurs twice.",
  "catalogueFile.groupingParent": 'The grouping "{grouping}" belongs to {parent}, not {goal}.',
  "catalogueFile.selectionOnlyUsage": "Instrument selection applies to usage only.",
  "catalogueFile.countingTable":
    "The counting rule “{rule}” applies to the table {table}, but the parameter counts another.",
  "catalogueFile.indicatorAgency": "An indicator at agency level must name the agency.",
  "catalogueFile.missing.enumeration": 'The enumeration "{ref}" does not exist in the catalogue.',
  "catalogueFile.missing.column": 'The column "{ref}" does not exist in the catalogue.',
  "catalogueFile.missing.parent": 'The parent "{ref}" does not exist in the catalogue.',
  "catalogueFile.missing.goal": 'The user goal "{ref}" does not exist in the catalogue.',
  "catalogueFile.missing.grouping": 'The grouping "{ref}" does not exist in the catalogue.',
  "catalogueFile.missing.agency": 'The agency "{ref}" does not exist in the catalogue.',
  "catalogueFile.missing.coverField": 'The cover field "{ref}" does not exist in the catalogue.',
  "catalogueFile.missing.table": 'The table "{ref}" does not exist in the catalogue.',
  "catalogueFile.missing.value": 'The value "{ref}" does not exist in the catalogue.',
  "catalogueFile.missing.instrument": 'The instrument "{ref}" does not exist in the catalogue.',
  "catalogueFile.missing.countingRule": 'The counting rule "{ref}" does not exist in the catalogue.',
  "catalogueFile.missing.unit": 'The unit "{ref}" does not exist in the catalogue.',
  "catalogueFile.missing.part": 'The part of the effort "{ref}" does not exist in the catalogue.',
};
