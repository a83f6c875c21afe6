/** English for what the core and the catalogue loader write themselves; exactly the keys of core.nb.ts. */
import type { CORE_NB } from "./core.nb";

export const CORE_EN: { readonly [K in keyof typeof CORE_NB]: string } = {
  // The catalogue loader: problems with a revised catalogue file
  "catalogueFile.tooLarge": "The catalogue file is too large ({size} characters, at most {max}).",
  "catalogueFile.notJson": "The catalogue file is not valid JSON: {detail}",
  "catalogueFile.notObject": "The catalogue must be a JSON object.",
  "catalogueFile.tooManyElements": "The catalogue has an unreasonable number of elements (over {max}).",
  "catalogueFile.tooDeep": "The catalogue has too many levels inside each other.",
  "catalogueFile.forbiddenKey": "The key “{key}” is not allowed in a catalogue.",
  "catalogueFile.notACatalogue": "This is not an a-krim catalogue (the field “format” must be “{format}”).",
  "catalogueFile.unsupportedFormat":
    "Catalogue format {found} is not supported by this version of the add-in (supports {supported}). Update the add-in or ask the secretariat for a catalogue in a supported format.",
  "catalogueFile.invalid": "Invalid value: {detail}",
  "catalogueFile.version": "Invalid version: write YYYY.N, for example 2026.1.",
  "catalogueFile.duplicateId": "The ID “{id}” occurs more than once.",
  "catalogueFile.duplicateTable": "The table occurs twice.",
  "catalogueFile.duplicateColumn": "The column occurs twice.",
  "catalogueFile.groupingParent": "The grouping “{grouping}” belongs to {parent}, not {goal}.",
  "catalogueFile.selectionOnlyUsage": "Instrument selection applies only to Virkemiddelbruk.",
  "catalogueFile.countingTable":
    "The counting rule “{rule}” applies to the table {table}, but the parameter counts another.",
  "catalogueFile.indicatorAgency": "An indicator at agency level must name the agency.",
  "catalogueFile.missing.enumeration": "The value list “{ref}” does not exist in the catalogue.",
  "catalogueFile.missing.column": "The column “{ref}” does not exist in the catalogue.",
  "catalogueFile.missing.parent": "The parent “{ref}” does not exist in the catalogue.",
  "catalogueFile.missing.goal": "The user goal “{ref}” does not exist in the catalogue.",
  "catalogueFile.missing.grouping": "The grouping “{ref}” does not exist in the catalogue.",
  "catalogueFile.missing.agency": "The agency “{ref}” does not exist in the catalogue.",
  "catalogueFile.missing.coverField": "The cover field “{ref}” does not exist in the catalogue.",
  "catalogueFile.missing.table": "The table “{ref}” does not exist in the catalogue.",
  "catalogueFile.missing.value": "The value “{ref}” does not exist in the catalogue.",
  "catalogueFile.missing.instrument": "The instrument “{ref}” does not exist in the catalogue.",
  "catalogueFile.missing.countingRule": "The counting rule “{ref}” does not exist in the catalogue.",
  "catalogueFile.missing.unit": "The unit “{ref}” does not exist in the catalogue.",
  "catalogueFile.missing.part": "The part of the effort “{ref}” does not exist in the catalogue.",
  // The list of expected submissions (--expected FILE.tsv)
  "expectedList.empty": "Line {line}: the list is empty; the first line must be the headers.",
  "expectedList.columns":
    "Line {line}: the header lacks the column {columns} (the columns are unit, agency, part and period, separated by tabs).",
  "expectedList.unit": "Line {line}: unknown reporting unit “{value}”.",
  "expectedList.agency": "Line {line}: unknown agency “{value}”.",
  "expectedList.part":
    "Line {line}: unknown part of the effort “{value}” (A-krimsenter, Etatslinje, centre or line).",
  "expectedList.period": "Line {line}: invalid period “{value}” (YYYY or YYYY-T1, -T2, -T3).",
  // The conflict rule: a submission's note in the register, and the conflict it belongs to
  "consolidation.note.duplicate": "Same content as {file} (no. {entry}); counted once.",
  "consolidation.note.superseded": "Superseded by {file} (no. {entry}, status {status}).",
  "consolidation.note.conflict":
    "Several different submissions with the same highest status; none is counted until the conflict is resolved.",
  "consolidation.note.overlap": "Overlaps the annual report {file} (no. {entry}), which is counted instead.",
  "consolidation.note.unavailable": "The submission should be counted, but its rows are not in the source.",
  "consolidation.conflict.duplicate":
    "The same content was submitted {count|time|times}; counted once ({file}).",
  "consolidation.conflict.highestStatus":
    "{count|different submission|different submissions}; the one with the highest status ({status}) is counted: {file}.",
  "consolidation.conflict.unresolved":
    "{count|different submission|different submissions} with the same status; none is counted until the conflict is resolved.",
  "consolidation.conflict.annualOverTertials":
    "Annual and tertial reports for {year}; the annual report is counted: {file}.",
  // The consolidation's overview of instrument use, and its charts
  "consolidation.usage": "Instrument use",
  "chart.steering.title": "User goal {goal}: steering parameters by agency",
  "chart.steering.categories": "Steering parameter",
  "chart.usageByGrouping.title": "Instrument use by grouping and agency",
  "chart.usageByGrouping.categories": "Grouping",
  "chart.usageByPeriod.title": "Instrument use by user goal across periods",
  "chart.usageByPeriod.categories": "Period",
  "chart.total": "Total",
  // Excel's own names for the logical values
  "excel.true": "TRUE",
  "excel.false": "FALSE",
  // The Kontrollrapport sheet a check writes into the workbook
  "checkReport.clash":
    "The workbook already has a sheet named {sheet}. It is not overwritten: delete or rename it yourself, or write the report to the sheet {suggestion}.",
  "checkReport.fixErrors": "Fix the errors before the workbook is submitted.",
  "checkReport.reviewWarnings": "No errors. Look through the warnings.",
  "checkReport.reviewNotes": "No errors. Look through the notes.",
  "checkReport.noFindings": "No findings.",
  "checkReport.notListed": "{count|more finding is|more findings are} not listed here.",
  // The printed page's footer; {page} and {pages} become Excel's page codes
  "print.pageNumber": "Page {page} of {pages}",
};
