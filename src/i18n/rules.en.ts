/**
 * The rules' words in English: the same rules and keys as `rules.nb.ts` (the compiler checks it), the same
 * placeholders (a test checks it).
 */
import type { RuleTextCatalogue } from "./rules.nb";

/**
 * Placeholders only the English texts use: the file reader's own detail about what it noticed is English, and the
 * Norwegian texts say the rule's description instead.
 */
export const ENGLISH_ONLY_PLACEHOLDERS: readonly string[] = ["detail"];

export const RULE_TEXTS_EN: RuleTextCatalogue = {
  "workbook.not-a-template": {
    what: "The workbook is empty or not a reporting template; this is then the only finding (apart from personal data).",
    hint: "Check that you chose the right file. If you have no filled-in template, make a new template and fill it in.",
    message:
      "The workbook is not a reporting template: it has none of the template's sheets ({sheets}) and none of its document properties.",
    "message.empty": "The workbook is empty, so it is not a filled-in reporting template.",
  },
  "structure.missing-sheet": {
    what: "A sheet the template must have is missing.",
    hint: "Insert a new template and copy the values over, or give the sheet its proper name again.",
    message: "The sheet “{sheet}” does not exist.",
    "message.similar": "The sheet “{sheet}” does not exist; the sheet “{similar}” is similar.",
    "hint.similar":
      "Rename the sheet “{similar}” to “{sheet}” (double-click its tab), or insert a new template and copy the values over.",
  },
  "structure.renamed-sheet": {
    what: "A sheet has been renamed; its data was found and read anyway.",
    hint: "Give the sheet the name the template uses.",
    message: "The sheet “{found}” appears to be “{expected}” renamed; its data was read from there.",
    "hint.rename": "Rename the sheet back to “{expected}” (double-click its tab).",
  },
  "structure.hidden-sheet": {
    what: "A sheet with data is hidden.",
    hint: "Unhide the sheet (right-click a sheet tab, Unhide) so that everyone sees the data submitted.",
    message: "The sheet “{sheet}” is hidden.",
  },
  "structure.missing-table": {
    what: "The Excel table is missing; the data was found by looking for the headers.",
    hint: "Turn the range into a table with the template's name (Insert, Table), or insert a new template and copy the values over. The formulas in Styringsparametre only count the table.",
    message: "The sheet “{sheet}” has no Excel table “{table}”.",
    "message.found":
      "The sheet “{sheet}” has no Excel table “{table}”; the data was found below the headers on row {headerRow}.",
    "hint.range":
      "Select {range}, choose Insert, Table, and name the table {table} (Table Design, Table Name). The formulas in Styringsparametre only count the table.",
  },
  "structure.missing-header-row": {
    what: "The sheet has no header row.",
    hint: "Insert a new template and copy the values over below the template's headers.",
    message: "The sheet “{sheet}” has no row with the template's headers.",
  },
  "structure.missing-column": {
    what: "A column the template must have is missing.",
    hint: "Add the column again with exactly the template's header.",
    message: "The column “{header}” is missing from the sheet “{sheet}” (the header row is row {headerRow}).",
  },
  "structure.missing-optional-column": {
    what: "A pre-filled or comment column is missing.",
    hint: "Add the column again with exactly the template's header.",
    message: "The column “{header}” is missing from the sheet “{sheet}” (the header row is row {headerRow}).",
  },
  "structure.renamed-column": {
    what: "A column header has been changed, so the column is not read.",
    hint: "Write the header exactly as in the template.",
    message: "The header “{found}” should be “{header}”; the column is not read until it has that name.",
    "hint.cell": "Write the header “{header}” in {cell}.",
  },
  "structure.moved-column": {
    what: "A column is in a different position from the template's. That is fine: columns are found by header.",
    hint: "Nothing to fix.",
    message: "The column “{header}” has been moved to column {column}.",
  },
  "structure.duplicate-column": {
    what: "The same header occurs twice; only the first column is read.",
    hint: "Move the values into the first column and delete the other one.",
    message: "The header “{header}” also appears in column {first}; column {column} is not read.",
  },
  "structure.extra-column": {
    what: "A column the template does not know; it is not read.",
    hint: "Nothing to fix if the column is only for your own use.",
    message: "The column “{header}” is not in the template and is not read.",
  },
  "structure.rows-outside-table": {
    what: "Data below the Excel table is not counted.",
    hint: "Extend the table (drag its bottom-right corner) so that it includes the rows.",
    message: "Row {row} is below the table {table} ({ref}) and is not counted.",
    "message.more": "Row {row} and {more} more rows are below the table {table} ({ref}) and are not counted.",
  },
  "structure.hidden-rows": {
    what: "The table has hidden rows; they are counted.",
    hint: "Unhide the rows and check that they belong in the report.",
    message: "Row {first} of the table is hidden; it is counted.",
    "message.many": "{count} rows of the table are hidden (first: row {first}); they are counted.",
  },
  "structure.merged-cells": {
    what: "Merged cells in a table: only the first cell holds a value.",
    hint: "Unmerge the cells and fill in each cell.",
    message: "The cells {range} are merged.",
  },
  "version.missing": {
    what: "The template or catalogue version is not given.",
    hint: "Use a template inserted by the add-in; it has the versions on its cover sheet.",
    message: "The template version is not given; the workbook was checked against {current}.",
    "message.catalogue": "The catalogue version is not given; the workbook was checked against {current}.",
  },
  "version.older": {
    what: "The workbook was made with an older template or catalogue version.",
    hint: "Insert a new template and copy the values over, or check against the catalogue the workbook was made with (--catalogue).",
    message:
      "The template version is {version}, older than {inUse}. The workbook was checked against {version}, which it names.",
    "message.catalogue":
      "The catalogue version is {version}, older than {inUse}. The workbook was checked against {version}, which it names.",
    "message.unknown":
      "The template version is {version}, older than {current} used by the check. Columns and instruments may have changed.",
    "message.unknown-catalogue":
      "The catalogue version is {version}, older than {current} used by the check. Columns and instruments may have changed.",
  },
  "version.unknown": {
    what: "The template or catalogue version is unknown to this version of the add-in.",
    hint: "Update the add-in, or load the catalogue the workbook was made with (--catalogue).",
    message:
      "The template version “{version}” is unknown to this version of the add-in (it knows {current}).",
    "message.catalogue":
      "The catalogue version “{version}” is unknown to this version of the add-in (it knows {current}).",
  },
  "cover.missing-field": {
    what: "Reporting unit, agency or period is missing on the cover sheet.",
    hint: "Fill in the field in the Verdi column of Forside.",
    message: "The field “{field}” on the cover sheet is empty.",
    "message.no-cover":
      "{field} is not given: the cover sheet is missing, and the document property {name} does not exist.",
    "message.no-label": "The cover sheet lacks the field “{field}”.",
    "message.no-label-property":
      "The cover sheet lacks the field “{field}”; the value “{property}” was taken from the document properties.",
    "message.property":
      "The field “{field}” on the cover sheet is empty; the value “{property}” was taken from the document properties.",
  },
  "cover.missing-optional-field": {
    what: "A field on the cover sheet is missing.",
    hint: "Add the field with the template's label in the Felt column.",
    message: "The field “{field}” on the cover sheet is empty.",
    "message.no-label": "The cover sheet lacks the field “{field}”.",
    "message.no-label-property":
      "The cover sheet lacks the field “{field}”; the value “{property}” was taken from the document properties.",
    "message.property":
      "The field “{field}” on the cover sheet is empty; the value “{property}” was taken from the document properties.",
  },
  "cover.unknown-unit": {
    what: "The reporting unit is not in the catalogue.",
    hint: "Use a unit code from the catalogue, e.g. OSL.",
    message: "The reporting unit “{unit}” is not in the catalogue {catalogue}.",
    "hint.list": "Use a unit code from the catalogue: {units}.",
    "hint.suggestion": "Did you mean {suggestion} ({name})? Write the unit code.",
  },
  "cover.unknown-agency": {
    what: "The agency is not in the catalogue.",
    hint: "Use an agency code: AT, NAV, POL, SKE or TOLL.",
    message: "The agency “{agency}” is not in the catalogue {catalogue}.",
    "hint.list": "Use an agency code: {agencies}.",
    "hint.suggestion": "Did you mean {suggestion}? Write the agency code.",
  },
  "cover.invalid-period": {
    what: "The period is not valid.",
    hint: "Write the period as YYYY (a year) or YYYY-T1, YYYY-T2, YYYY-T3 (a tertial).",
    message: "The period “{period}” is not valid.",
  },
  "cover.before-since": {
    what: "The reporting unit or agency did not exist yet in the period, according to the catalogue.",
    hint: "Check the unit, the agency and the period on the cover sheet.",
    message: "The reporting unit {id} ({name}) exists from {since}, but the period is {period}.",
    "message.agency": "The agency {id} ({name}) exists from {since}, but the period is {period}.",
  },
  "cover.property-mismatch": {
    what: "The cover sheet and the document properties disagree.",
    hint: "Check that this is the right workbook for the unit, agency and period. Insert a new template for the right unit and copy the values over.",
    message: "{field} is “{cover}” on the cover sheet, but “{property}” in the document properties ({name}).",
  },
  "cover.no-properties": {
    what: "The workbook lacks the document properties the template sets; its identity was read from the cover sheet.",
    hint: "Nothing to fix if the cover sheet is right.",
    message:
      "The workbook has none of the document properties the template sets (AkrimRapporteringsenhet etc.).",
  },
  "cover.invalid-part": {
    what: "Innsats (part of the effort) on the cover sheet is not A-krimsenter or Etatslinje.",
    hint: "Choose A-krimsenter (the centre's work) or Etatslinje (the agency line's work) from the drop-down.",
    message: "Innsats “{part}” is not one of {allowed}.",
  },
  "cover.line-unit-part": {
    what: "The reporting unit LINJE is only for the agency line's national work.",
    hint: "Set Innsats to Etatslinje, or choose the region as the reporting unit for an a-krim centre.",
    message: "The reporting unit is {unit}, but Innsats is “{part}”.",
  },
  "cover.invalid-person-years": {
    what: "Årsverk (person-years) on the cover sheet is not a number (0 or more); it is not counted.",
    hint: "Write the person-years as a number, e.g. 2.5.",
    message:
      "Årsverk “{typed}” is not a number of 0 or more, so SP-INN-01 and SP-INN-02 leave this workbook out.",
  },
  "cover.invalid-status": {
    what: "The status on the cover sheet is not a known value.",
    hint: "Choose Utkast, Innsendt or Godkjent.",
    message: "The status “{status}” is not one of {allowed}.",
  },
  "usage.missing-instrument-id": {
    what: "A row with numbers lacks an instrument ID; the row is not counted.",
    hint: "Fill in the instrument ID (e.g. V101) from the drop-down.",
    message: "Row {row} has numbers but no instrument ID.",
    "message.name": "Row {row} has numbers but no instrument ID (instrument “{name}”).",
    "hint.suggestion": "Write {suggestions}.",
  },
  "usage.unknown-instrument": {
    what: "The instrument ID is not in the catalogue; the row is not counted.",
    hint: "Choose the instrument ID from the drop-down (V101–V344).",
    message: "The instrument ID “{id}” is not in the catalogue {catalogue}.",
    "hint.suggestion": "Did you mean {suggestions}? Write the ID in the {column} column.",
  },
  "usage.name-mismatch": {
    what: "The instrument name does not match the ID.",
    hint: "Check that the ID is right; the numbers are counted by ID, not by name.",
    message: "The row says “{typed}”, but {id} is “{name}”.",
  },
  "usage.goal-mismatch": {
    what: "The user goal does not match the instrument.",
    hint: "Check that the instrument ID is right, and write the user goal the catalogue gives the instrument.",
    message: "{id} belongs to user goal {goal}, not “{typed}”.",
    "hint.check": "Check that {id} is the right instrument; if so write {goal}.",
  },
  "usage.grouping-mismatch": {
    what: "The grouping does not match the instrument.",
    hint: "Check that the instrument ID is right, and write the grouping the catalogue gives the instrument.",
    message: "{id} belongs to the grouping {grouping}, not “{typed}”.",
    "hint.check": "Check that {id} is the right instrument; if so write {grouping}.",
  },
  "usage.agency-mismatch": {
    what: "The catalogue does not list the agency as a user of this instrument.",
    hint: "Check the instrument ID. If the use is right, tell the secretariat so that the catalogue can be corrected.",
    message: "{agency} is not listed as a user of {id} ({name}); the catalogue gives {listed}.",
    "message.column-totals":
      "{agency} is not listed as a user of {id} ({name}); the catalogue gives {listed}. Note: the catalogue's breakdown by agency for this instrument is consistent with the column totals in the source, but not proven by them.",
    "message.none": "{agency} is not listed as a user of {id} ({name}); the catalogue gives none.",
    "message.none-column-totals":
      "{agency} is not listed as a user of {id} ({name}); the catalogue gives none. Note: the catalogue's breakdown by agency for this instrument is consistent with the column totals in the source, but not proven by them.",
    "message.none-reconstructed":
      "{agency} is not listed as a user of {id} ({name}); the catalogue gives none. Note: the catalogue's breakdown by agency for this instrument is reconstructed from the source; it is consistent with the column totals but not confirmed.",
    "message.reconstructed":
      "{agency} is not listed as a user of {id} ({name}); the catalogue gives {listed}. Note: the catalogue's breakdown by agency for this instrument is reconstructed from the source; it is consistent with the column totals but not confirmed.",
  },
  "usage.agency-without-instruments": {
    what: "The catalogue gives the agency no instruments yet; its rows count by instrument ID as for other agencies.",
    hint: "Nothing to fix. A revised catalogue can give the agency its own instruments.",
    message:
      "{agency}: the catalogue {catalogue} gives this agency no instruments yet; the rows here count by instrument ID.",
  },
  "usage.duplicate-instrument": {
    what: "The instrument is listed on more than one row.",
    hint: "Merge the rows into one, or check that one of them should not be another instrument. Both rows are counted.",
    message: "{id} ({name}) is also listed on row {first}.",
  },
  "usage.herav-exceeds-antall": {
    what: "A “Herav” count is larger than Antall.",
    hint: "“Herav” is part of Antall and cannot be larger. Correct one of the numbers.",
    message: "{column} ({herav}) is larger than Antall ({antall}).",
    "message.empty": "{column} ({herav}) is larger than Antall (empty).",
  },
  "usage.amount-unexpected": {
    what: "An amount is only expected for the “Ta verdier” groupings.",
    hint: "Check that the amount is on the right row; it counts in no steering parameter.",
    message:
      "An amount of {amount} is given for {id} in the grouping {grouping}; amounts are only expected for {groupings}.",
  },
  "cell.excel-error": {
    what: "The cell holds an Excel error value.",
    hint: "Correct the formula or type in the value.",
    message: "The cell holds the error value {error}.",
  },
  "cell.text-number": {
    what: "A number is written as text and is not counted.",
    hint: "Write the number only.",
    message: "{column} is written as text (“{text}”) and is not counted.",
    "hint.number": "Write the number only: {number}.",
  },
  "cell.not-a-number": {
    what: "The cell must hold a number.",
    hint: "Write a number, or leave the cell empty.",
    message: "{column} must be a number, but holds the text “{text}”.",
    "message.invalid": "{column} holds no valid number.",
    "message.logical": "{column} holds a logical value ({logical}), not a number.",
  },
  "cell.negative": {
    what: "The number cannot be negative.",
    hint: "Write 0 or a positive number.",
    message: "{column} is negative ({number}).",
  },
  "cell.not-whole": {
    what: "A count must be a whole number.",
    hint: "Write a whole number.",
    message: "{column} is not a whole number ({number}).",
    "hint.example": "Write a whole number, e.g. {rounded}.",
  },
  "cell.formula": {
    what: "There is a formula where a value is expected.",
    hint: "That is fine if the formula gives the right value; you may paste the value instead (Paste Special, Values).",
    message: "{column} holds the formula ={formula}.",
    "message.empty":
      "{column} holds the formula ={formula} without a stored value, so it counts as empty here.",
  },
  "cell.wrong-case": {
    what: "The value differs from the list in upper/lower case or extra spaces.",
    hint: "Choose the value from the drop-down. It is accepted and counted anyway.",
    message: "{column}: “{typed}” should be written “{canonical}”.",
    "message.agencies": "Agency codes are written in capitals: {corrections}.",
    "hint.write": "Write “{canonical}” (choose from the drop-down).",
  },
  "cell.read-as": {
    what: "The value is written differently from the list (case, spaces, spelling); it is understood and counted as the list's value.",
    hint: "Write the value as the list has it, so that the sheet's own formulas count it too.",
    message: "{column}: “{typed}” is understood as “{read}” and counted as such.",
    "message.person-years":
      "Årsverk “{typed}” is written as text; it is understood as {number} and counted as such.",
    "message.understood": "{column}: “{typed}” is understood as “{read}”.",
    "hint.person-years":
      "Type the number {number} into the cell again, so that the Styringsparametre sheet counts it too.",
    "hint.write": "Write “{read}”, so that the sheet's formulas count the value too.",
  },
  "cell.total-row": {
    what: "The table has a totals row; it is not counted.",
    hint: "Delete the row: the steering parameters add up by themselves, and a totals row would count everything twice.",
    message: "Row {row} is the table's totals row and is not counted.",
    "message.typed": "Row {row} (“{text}”) is a totals row and is not counted.",
  },
  "cell.dates-not-checked": {
    what: "The dates were not checked against the period, because the period on the cover sheet cannot be read.",
    hint: "Correct the period on the cover sheet (e.g. 2026-T1) and check again.",
    message:
      "The dates in {sheet} were not checked against the period: the period on the cover sheet cannot be read and has no year.",
  },
  "cell.invalid-value": {
    what: "The value is not in the list.",
    hint: "Choose a value from the drop-down.",
    message: "{column}: “{typed}” is not one of the values {allowed}.",
    "hint.suggestion": "Did you mean “{suggestion}”? Choose from the drop-down.",
  },
  "cell.missing-value": {
    what: "A row lacks a value needed to count it.",
    hint: "Choose a value from the drop-down.",
    message:
      "{column} is empty on row {row}; the row does not count in the steering parameters that use {column}.",
  },
  "cell.unknown-agency": {
    what: "An agency code in the list is unknown.",
    hint: "Write agency codes separated by commas: AT, NAV, POL, SKE, TOLL.",
    message: "Unknown agency code: {codes}.",
    "hint.suggestion": "Did you mean {suggestions}? Write codes separated by commas: {agencies}.",
  },
  "cell.invalid-date": {
    what: "The cell holds no valid date.",
    hint: "Write the date as dd.mm.yyyy.",
    message: "{column}: “{typed}” is not a valid date.",
  },
  "cell.text-date": {
    what: "The date is written as text.",
    hint: "Type the date again so that Excel recognises it (dd.mm.yyyy).",
    message: "{column} is written as text (“{typed}”); it was read as {date}.",
  },
  "cell.date-outside-period": {
    what: "The date is outside the reporting period.",
    hint: "Correct the date, or enter the row in the report for the right period.",
    message: "{column} {date} is outside the period {period} ({start} to {end}).",
  },
  "effects.unknown-indicator": {
    what: "The indicator ID is not in the catalogue.",
    hint: "Choose the indicator ID from the drop-down.",
    message: "The indicator ID “{id}” is not in the catalogue {catalogue}.",
    "hint.suggestion": "Did you mean {suggestion}?",
  },
  "effects.goal-mismatch": {
    what: "The user goal does not match the indicator.",
    hint: "Check the indicator ID and write the user goal the catalogue gives it.",
    message: "The indicator belongs to user goal {goal}, not “{typed}”.",
  },
  "effects.duplicate-indicator": {
    what: "The indicator is listed on more than one row.",
    hint: "Keep one row per indicator.",
    message: "{id} is also listed on row {first}.",
  },
  "effects.scale": {
    what: "The values of an indicator seem to be on different scales (a share as 0.45 against a percentage as 40).",
    hint: "Write all the indicator's values on the baseline's scale, e.g. 45 for 45%.",
    message:
      "The values on row {row} are on different scales: {fractions} looks like a fraction, {percents} like a percentage. Write e.g. 45 for 45%.",
  },
  "actors.disagreement": {
    what: "The same actor is listed more than once with different values; it counts once, with the least favourable value.",
    hint: "List the actor on one row with the right values.",
    message:
      "The actor “{key}” is also on row {others} with other values in {fields}. It counts once with {counted}.",
  },
  "actions.disagreement": {
    what: "The same action ID is listed more than once with different figures; the action counts once, with the largest figures.",
    hint: "List the action on one row with the right figures.",
    message:
      "The action “{key}” is also on row {others} with other figures in {fields}. It counts once with {counted}.",
  },
  "effects.target-equals-baseline": {
    what: "Målverdi equals Utgangsverdi, so progress cannot be computed.",
    hint: "Set a target different from the baseline.",
    message: "Målverdi and Utgangsverdi are both {value}.",
  },
  "privacy.national-id": {
    what: "The cell holds a national identity number, D-number or H-number.",
    hint: "Delete the number and use a pseudonymous case reference. The workbook must not be passed on until the number is removed (also from hidden sheets and comments).",
    message: "The cell holds a {kinds} ({masked}). This is personal data that must not be in the report.",
    "message.properties":
      "The document properties hold a {kinds} ({masked}). This is personal data that must not be in the report.",
  },
  "privacy.name-like-reference": {
    what: "The actor reference looks like a person's name.",
    hint: "Use a pseudonymous case reference (e.g. OSL-2026-014), never a name or an ID number.",
    message: "The actor reference “{reference}” looks like a person's name.",
  },
  "read.whole-column-validation": {
    what: "A drop-down covers whole columns; it makes the file slow.",
    hint: "Limit the drop-down to the table's rows (Data, Data Validation).",
    message: "The workbook: {detail}",
    "message.ref": "The workbook ({ref}): {detail}",
    "message.sheet": "Sheet “{sheet}”: {detail}",
    "message.sheet-ref": "Sheet “{sheet}” ({ref}): {detail}",
  },
  "read.string-truncated": {
    what: "A very long text was cut short when read.",
    hint: "Shorten the text in the cell.",
    message: "The workbook: {detail}",
    "message.ref": "The workbook ({ref}): {detail}",
    "message.sheet": "Sheet “{sheet}”: {detail}",
    "message.sheet-ref": "Sheet “{sheet}” ({ref}): {detail}",
  },
  "read.sheet-skipped": {
    what: "A sheet could not be read and was skipped.",
    hint: "Check the sheet in Excel; if needed insert a new template and copy the values over.",
    message: "The workbook: {detail}",
    "message.ref": "The workbook ({ref}): {detail}",
    "message.sheet": "Sheet “{sheet}”: {detail}",
    "message.sheet-ref": "Sheet “{sheet}” ({ref}): {detail}",
  },
  "read.formula-without-value": {
    what: "A formula has no stored value, so its value is unknown here.",
    hint: "Open the file in Excel and save it again, so that the values are stored.",
    message: "The workbook: {detail}",
    "message.ref": "The workbook ({ref}): {detail}",
    "message.sheet": "Sheet “{sheet}”: {detail}",
    "message.sheet-ref": "Sheet “{sheet}” ({ref}): {detail}",
  },
  "read.too-many-rows": {
    what: "The sheet has more rows than can be read; the rest is not checked.",
    hint: "Delete empty or surplus rows at the bottom of the sheet.",
    message: "The workbook: {detail}",
    "message.ref": "The workbook ({ref}): {detail}",
    "message.sheet": "Sheet “{sheet}”: {detail}",
    "message.sheet-ref": "Sheet “{sheet}” ({ref}): {detail}",
  },
  "file.unreadable": {
    what: "The file could not be read.",
    hint: "The message says what is wrong. Check that the file exists, and save it in Excel as an Excel Workbook (.xlsx) without a password.",
    message: "{reason}",
    "message.unexpected": "“{file}” could not be read: {detail}",
  },
  "validation.truncated": {
    what: "The same problem repeats on very many rows; only the first are listed.",
    hint: "Fix the listed rows; often the cause is the same for all of them.",
    message: "Findings of rule {rule} not listed here: {more} of {total}.",
    "message.sheet": "Findings of rule {rule} on the sheet {sheet} not listed here: {more} of {total}.",
  },
  "consolidate.unreadable": {
    what: "A submitted file could not be read and is not counted.",
    hint: "Ask for the file again as .xlsx.",
    message: "{note}",
  },
  "consolidate.no-identity": {
    what: "A submission lacks reporting unit, agency or period and is not counted.",
    hint: "Fill in the reporting unit, agency and period on the cover sheet and submit again.",
    message: "{note}",
  },
  "consolidate.conflict": {
    what: "Two or more submissions are for the same unit, agency and period and cannot be told apart; none of them is counted.",
    hint: "Settle which submission applies and set it to Godkjent, or remove the others.",
    message: "{note}",
  },
  "consolidate.unavailable": {
    what: "The rows of a submission from an earlier consolidation are not included, so it is not counted.",
    hint: "Consolidate from the original files.",
    message: "{note}",
  },
  "consolidate.duplicate": {
    what: "The same content was submitted more than once; it counts once.",
    hint: "Nothing to fix.",
    message: "{note}",
  },
  "consolidate.superseded": {
    what: "A submission is superseded by another for the same unit, agency and period.",
    hint: "Check that the right submission is counted.",
    message: "{note}",
  },
  "consolidate.overlap": {
    what: "A submission overlaps another period of the same unit and agency and is not counted.",
    hint: "Check that the right submission is counted.",
    message: "{note}",
  },
  "consolidate.draft": {
    what: "A counted submission has the status Utkast or none.",
    hint: "Ask for a submitted or approved version.",
    message: "The submission has status {status}, but is counted.",
    "message.empty": "The submission has no status, but is counted.",
  },
  "consolidate.catalogue-version": {
    what: "A submission was made with another catalogue version than the one in use.",
    hint: "Check that the instrument ids mean the same in both versions.",
    message:
      "Made with catalogue version {version}, which is not known; its rows are classified by catalogue version {inUse}.",
    "message.missing":
      "The catalogue version is not given; the rows are classified by catalogue version {inUse}.",
    "message.own":
      "Made with catalogue version {version}; its rows are checked and classified by that version, and the steering parameters are those of {inUse}.",
  },
  "consolidate.missing-submission": {
    what: "A submission the unit's members are to return is not among the files.",
    hint: "Remind the unit to send it, or consolidate again once it has arrived.",
    message: "No submission from {who}.",
    "message.contact": "No submission from {who}. Contact: {contact}.",
  },
  "consolidate.template-version": {
    what: "A submission was made with another template version than the one in use.",
    hint: "Nothing to fix.",
    message:
      "Made with template version {version}; its columns are read by header and mapped to template version {inUse}.",
    "message.missing":
      "The template version is not given; the columns are read by header and mapped to template version {inUse}.",
  },
  "consolidate.version-difference": {
    what: "The catalogue version the workbook names places an instrument differently from the catalogue in use.",
    hint: "Accept that the rows count by the version the workbook names, or ask for a submission in the current template.",
    message:
      "{id} is under {grouping} in catalogue version {named}, which the workbook names, but under {groupingNow} in {inUse}. Its rows count by {named} ({named}: {grouping}; {inUse}: {groupingNow}).",
    "message.gone":
      "{id} is under {grouping} in catalogue version {named}, which the workbook names, but does not exist in {inUse}. Its rows count by {named} ({named}: {grouping}; {inUse}: –).",
    "hint.template":
      "Ask the unit to use template {template} next time, or accept that the figures follow {named}.",
  },
  "consolidate.incomplete": {
    what: "A counted submission lacks a table or column some steering parameters need.",
    hint: "Ask for a submission with the template's tables and columns (see the structure findings).",
    message: "A table or column is missing, so the submission does not contribute to: {parameters}.",
  },
  "consolidate.actor-disagreement": {
    what: "Agencies of a unit give the same actor different values; the least favourable value counts.",
    hint: "Settle the values with the agencies and correct the templates so all give the same.",
    message:
      "The actor {key} in {unit} has different values in {fields} from {files}. The actor counts with the least favourable value: {values}.",
  },
  "consolidate.action-disagreement": {
    what: "Agencies give a joint action different figures; the largest figures count.",
    hint: "Settle the values with the agencies and correct the templates so all give the same.",
    message:
      "The action {key} in {unit} has different figures in {fields} from {files}. The action counts with the largest figures: {values}.",
  },
  "consolidate.same-day-actions": {
    what: "Two agencies of a unit have an action on the same day without an action ID; it may be the same action.",
    hint: "Give joint actions the same action ID in every agency's template.",
    message:
      "{count} agencies in {unit} have an action on the same day without an action ID ({files}). It may be the same action, which is then counted more than once.",
  },
  "consolidate.effect-value-changed": {
    what: "The baseline or target of an indicator changed in a later period of the same year.",
    hint: "Settle which values apply and use them in all of the year's reports.",
    message:
      "{indicator} for {unit} in {year}: {changes} since {period} ({file}). Baseline and target must stay the same for the whole year.",
  },
};
