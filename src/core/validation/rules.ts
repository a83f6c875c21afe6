/**
 * The validation rules: id, severity and the fix a person should make, in Norwegian and English.
 * Each finding names one of these ids; its message says what was found in that cell, and its hint says
 * how to fix it (a finding may give a more specific hint, e.g. with a suggested value).
 */
import type { LocalText } from "../../catalogue/schema";
import type { Severity } from "../model/edit";

export interface RuleSpec {
  severity: Severity;
  /** What the rule checks. */
  what: LocalText;
  /** The general fix. */
  hint: LocalText;
}

const t = (nb: string, en: string): LocalText => ({ nb, en });

export const RULES = {
  // Structure
  "structure.missing-sheet": {
    severity: "error",
    what: t("Et ark malen skal ha, mangler.", "A sheet the template must have is missing."),
    hint: t(
      "Sett inn en ny mal og kopier verdiene over, eller gi arket det riktige navnet igjen.",
      "Insert a new template and copy the values over, or give the sheet its proper name again.",
    ),
  },
  "structure.renamed-sheet": {
    severity: "warning",
    what: t(
      "Et ark har fått nytt navn; dataene er funnet og lest likevel.",
      "A sheet has been renamed; its data was found and read anyway.",
    ),
    hint: t("Gi arket det navnet malen bruker.", "Give the sheet the name the template uses."),
  },
  "structure.hidden-sheet": {
    severity: "warning",
    what: t("Et ark med data er skjult.", "A sheet with data is hidden."),
    hint: t(
      "Vis arket igjen (høyreklikk på en arkfane, Vis) så alle ser dataene som sendes inn.",
      "Unhide the sheet (right-click a sheet tab, Unhide) so that everyone sees the data submitted.",
    ),
  },
  "structure.missing-table": {
    severity: "warning",
    what: t(
      "Excel-tabellen mangler; dataene er funnet ved å lete etter overskriftene.",
      "The Excel table is missing; the data was found by looking for the headers.",
    ),
    hint: t(
      "Gjør området om til en tabell med malens navn (Sett inn, Tabell), eller sett inn en ny mal og kopier verdiene over. Formlene i Styringsparametre regner bare med tabellen.",
      "Turn the range into a table with the template's name (Insert, Table), or insert a new template and copy the values over. The formulas in Styringsparametre only count the table.",
    ),
  },
  "structure.missing-header-row": {
    severity: "error",
    what: t("Fant ingen overskriftsrad på arket.", "No header row was found on the sheet."),
    hint: t(
      "Sett inn en ny mal og kopier verdiene over under malens overskrifter.",
      "Insert a new template and copy the values over below the template's headers.",
    ),
  },
  "structure.missing-column": {
    severity: "error",
    what: t("En kolonne malen skal ha, mangler.", "A column the template must have is missing."),
    hint: t(
      "Legg kolonnen til igjen med nøyaktig malens overskrift.",
      "Add the column again with exactly the template's header.",
    ),
  },
  "structure.missing-optional-column": {
    severity: "warning",
    what: t(
      "En forhåndsutfylt kolonne eller kommentarkolonne mangler.",
      "A pre-filled or comment column is missing.",
    ),
    hint: t(
      "Legg kolonnen til igjen med nøyaktig malens overskrift.",
      "Add the column again with exactly the template's header.",
    ),
  },
  "structure.renamed-column": {
    severity: "error",
    what: t(
      "En kolonneoverskrift er endret, så kolonnen ikke blir lest.",
      "A column header has been changed, so the column is not read.",
    ),
    hint: t("Skriv overskriften nøyaktig som i malen.", "Write the header exactly as in the template."),
  },
  "structure.moved-column": {
    severity: "info",
    what: t(
      "En kolonne står et annet sted enn i malen. Det går bra: kolonner finnes etter overskrift.",
      "A column is in another position than in the template. That is fine: columns are found by header.",
    ),
    hint: t("Ingenting å rette.", "Nothing to fix."),
  },
  "structure.duplicate-column": {
    severity: "warning",
    what: t(
      "Samme overskrift står to ganger; bare den første kolonnen blir lest.",
      "The same header occurs twice; only the first column is read.",
    ),
    hint: t(
      "Flytt verdiene inn i den første kolonnen og slett den andre.",
      "Move the values into the first column and delete the other one.",
    ),
  },
  "structure.extra-column": {
    severity: "info",
    what: t(
      "En kolonne malen ikke kjenner; den blir ikke lest.",
      "A column the template does not know; it is not read.",
    ),
    hint: t(
      "Ingenting å rette hvis kolonnen bare er til eget bruk.",
      "Nothing to fix if the column is only for your own use.",
    ),
  },
  "structure.rows-outside-table": {
    severity: "error",
    what: t(
      "Data står under Excel-tabellen og blir ikke talt med.",
      "Data stands below the Excel table and is not counted.",
    ),
    hint: t(
      "Utvid tabellen (dra i hjørnet nederst til høyre) så den tar med radene.",
      "Extend the table (drag its bottom-right corner) so that it includes the rows.",
    ),
  },
  "structure.hidden-rows": {
    severity: "info",
    what: t("Tabellen har skjulte rader; de blir talt med.", "The table has hidden rows; they are counted."),
    hint: t(
      "Vis radene og sjekk at de skal være med.",
      "Unhide the rows and check that they belong in the report.",
    ),
  },
  "structure.merged-cells": {
    severity: "warning",
    what: t(
      "Sammenslåtte celler i en tabell: bare den første cellen har en verdi.",
      "Merged cells in a table: only the first cell holds a value.",
    ),
    hint: t("Opphev sammenslåingen og fyll inn hver celle.", "Unmerge the cells and fill in each cell."),
  },
  // Versions
  "version.missing": {
    severity: "warning",
    what: t(
      "Mal- eller katalogversjonen er ikke oppgitt.",
      "The template or catalogue version is not given.",
    ),
    hint: t(
      "Bruk en mal satt inn av tillegget; den har versjonene på forsiden.",
      "Use a template inserted by the add-in; it has the versions on its cover sheet.",
    ),
  },
  "version.older": {
    severity: "warning",
    what: t(
      "Arbeidsboken er laget med en eldre mal- eller katalogversjon.",
      "The workbook was made with an older template or catalogue version.",
    ),
    hint: t(
      "Sett inn en ny mal og kopier verdiene over, eller kontroller mot katalogen boken ble laget med (--catalogue).",
      "Insert a new template and copy the values over, or check against the catalogue the workbook was made with (--catalogue).",
    ),
  },
  "version.unknown": {
    severity: "error",
    what: t(
      "Mal- eller katalogversjonen er ukjent for denne versjonen av tillegget.",
      "The template or catalogue version is unknown to this version of the add-in.",
    ),
    hint: t(
      "Oppdater tillegget, eller last inn katalogen boken ble laget med (--catalogue).",
      "Update the add-in, or load the catalogue the workbook was made with (--catalogue).",
    ),
  },
  // Cover sheet
  "cover.missing-field": {
    severity: "error",
    what: t(
      "Rapporteringsenhet, etat eller periode mangler på forsiden.",
      "Reporting unit, agency or period is missing on the cover sheet.",
    ),
    hint: t(
      "Fyll inn feltet i kolonnen Verdi på Forside.",
      "Fill in the field in the Verdi column of Forside.",
    ),
  },
  "cover.missing-optional-field": {
    severity: "warning",
    what: t("Et felt på forsiden mangler.", "A field on the cover sheet is missing."),
    hint: t(
      "Legg til feltet med malens ledetekst i kolonnen Felt.",
      "Add the field with the template's label in the Felt column.",
    ),
  },
  "cover.unknown-unit": {
    severity: "error",
    what: t("Rapporteringsenheten finnes ikke i katalogen.", "The reporting unit is not in the catalogue."),
    hint: t("Bruk en enhetskode fra katalogen, f.eks. OSL.", "Use a unit code from the catalogue, e.g. OSL."),
  },
  "cover.unknown-agency": {
    severity: "error",
    what: t("Etaten finnes ikke i katalogen.", "The agency is not in the catalogue."),
    hint: t(
      "Bruk en etatskode: AT, NAV, POL, SKE eller TOLL.",
      "Use an agency code: AT, NAV, POL, SKE or TOLL.",
    ),
  },
  "cover.invalid-period": {
    severity: "error",
    what: t("Perioden er ikke gyldig.", "The period is not valid."),
    hint: t(
      "Skriv perioden som ÅÅÅÅ (et år) eller ÅÅÅÅ-T1, ÅÅÅÅ-T2, ÅÅÅÅ-T3 (et tertial).",
      "Write the period as YYYY (a year) or YYYY-T1, YYYY-T2, YYYY-T3 (a tertial).",
    ),
  },
  "cover.before-since": {
    severity: "warning",
    what: t(
      "Rapporteringsenheten eller etaten fantes ikke ennå i perioden, ifølge katalogen.",
      "The reporting unit or agency did not exist yet in the period, according to the catalogue.",
    ),
    hint: t(
      "Sjekk enheten, etaten og perioden på forsiden.",
      "Check the unit, the agency and the period on the cover sheet.",
    ),
  },
  "cover.property-mismatch": {
    severity: "error",
    what: t(
      "Forsiden og dokumentegenskapene sier forskjellige ting.",
      "The cover sheet and the document properties disagree.",
    ),
    hint: t(
      "Sjekk at dette er riktig arbeidsbok for enheten, etaten og perioden. Sett inn en ny mal for riktig enhet og kopier verdiene over.",
      "Check that this is the right workbook for the unit, agency and period. Insert a new template for the right unit and copy the values over.",
    ),
  },
  "cover.no-properties": {
    severity: "info",
    what: t(
      "Arbeidsboken mangler dokumentegenskapene malen setter; identiteten er lest fra forsiden.",
      "The workbook lacks the document properties the template sets; its identity was read from the cover sheet.",
    ),
    hint: t("Ingenting å rette hvis forsiden er riktig.", "Nothing to fix if the cover sheet is right."),
  },
  "cover.invalid-part": {
    severity: "error",
    what: t(
      "Innsats på forsiden er ikke A-krimsenter eller Etatslinje.",
      "Innsats (part of the effort) on the cover sheet is not A-krimsenter or Etatslinje.",
    ),
    hint: t(
      "Velg A-krimsenter (senterets arbeid) eller Etatslinje (etatens linjearbeid) fra nedtrekkslisten.",
      "Choose A-krimsenter (the centre's work) or Etatslinje (the agency line's work) from the drop-down.",
    ),
  },
  "cover.line-unit-part": {
    severity: "error",
    what: t(
      "Rapporteringsenheten LINJE brukes bare for etatslinjens nasjonale arbeid.",
      "The reporting unit LINJE is only for the agency line's national work.",
    ),
    hint: t(
      "Sett Innsats til Etatslinje, eller velg regionen som rapporteringsenhet for et a-krimsenter.",
      "Set Innsats to Etatslinje, or choose the region as the reporting unit for an a-krim centre.",
    ),
  },
  "cover.invalid-person-years": {
    severity: "error",
    what: t(
      "Årsverk på forsiden er ikke et tall (0 eller mer); det telles ikke.",
      "Årsverk (person-years) on the cover sheet is not a number (0 or more); it is not counted.",
    ),
    hint: t("Skriv årsverkene som et tall, f.eks. 2,5.", "Write the person-years as a number, e.g. 2.5."),
  },
  "cover.invalid-status": {
    severity: "warning",
    what: t(
      "Status på forsiden er ikke en kjent verdi.",
      "The status on the cover sheet is not a known value.",
    ),
    hint: t("Velg Utkast, Innsendt eller Godkjent.", "Choose Utkast, Innsendt or Godkjent."),
  },
  // Virkemiddelbruk
  "usage.missing-instrument-id": {
    severity: "error",
    what: t(
      "En rad med tall mangler virkemiddel-ID; raden telles ikke.",
      "A row with numbers lacks an instrument id; the row is not counted.",
    ),
    hint: t(
      "Fyll inn virkemiddel-ID (f.eks. V101) fra nedtrekkslisten.",
      "Fill in the instrument id (e.g. V101) from the drop-down.",
    ),
  },
  "usage.unknown-instrument": {
    severity: "error",
    what: t(
      "Virkemiddel-ID-en finnes ikke i katalogen; raden telles ikke.",
      "The instrument id is not in the catalogue; the row is not counted.",
    ),
    hint: t(
      "Velg virkemiddel-ID fra nedtrekkslisten (V101–V344).",
      "Choose the instrument id from the drop-down (V101–V344).",
    ),
  },
  "usage.name-mismatch": {
    severity: "warning",
    what: t("Virkemiddelnavnet stemmer ikke med ID-en.", "The instrument name does not match the id."),
    hint: t(
      "Sjekk at ID-en er riktig; tallene telles på ID-en, ikke navnet.",
      "Check that the id is right; the numbers are counted by id, not by name.",
    ),
  },
  "usage.goal-mismatch": {
    severity: "error",
    what: t("Brukermålet stemmer ikke med virkemiddelet.", "The user goal does not match the instrument."),
    hint: t(
      "Sjekk at virkemiddel-ID-en er riktig, og skriv brukermålet katalogen gir virkemiddelet.",
      "Check that the instrument id is right, and write the user goal the catalogue gives the instrument.",
    ),
  },
  "usage.grouping-mismatch": {
    severity: "error",
    what: t("Grupperingen stemmer ikke med virkemiddelet.", "The grouping does not match the instrument."),
    hint: t(
      "Sjekk at virkemiddel-ID-en er riktig, og skriv grupperingen katalogen gir virkemiddelet.",
      "Check that the instrument id is right, and write the grouping the catalogue gives the instrument.",
    ),
  },
  "usage.agency-mismatch": {
    severity: "warning",
    what: t(
      "Katalogen oppgir ikke at etaten bruker dette virkemiddelet.",
      "The catalogue does not list the agency as a user of this instrument.",
    ),
    hint: t(
      "Sjekk virkemiddel-ID-en. Er bruken riktig, meld det til sekretariatet så katalogen kan rettes.",
      "Check the instrument id. If the use is right, tell the secretariat so that the catalogue can be corrected.",
    ),
  },
  "usage.agency-without-instruments": {
    severity: "info",
    what: t(
      "Katalogen gir ennå ingen virkemidler til etaten; radene telles etter virkemiddel-ID som for andre etater.",
      "The catalogue gives the agency no instruments yet; its rows count by instrument id as for other agencies.",
    ),
    hint: t(
      "Ingenting å rette. En revidert katalog kan gi etaten egne virkemidler.",
      "Nothing to fix. A revised catalogue can give the agency its own instruments.",
    ),
  },
  "usage.duplicate-instrument": {
    severity: "warning",
    what: t("Virkemiddelet står på mer enn én rad.", "The instrument is listed on more than one row."),
    hint: t(
      "Slå radene sammen til én, eller sjekk at den ene ikke skal være et annet virkemiddel. Begge radene telles.",
      "Merge the rows into one, or check that one of them should not be another instrument. Both rows are counted.",
    ),
  },
  "usage.herav-exceeds-antall": {
    severity: "error",
    what: t("«Herav» er større enn Antall.", "A «Herav» count is larger than Antall."),
    hint: t(
      "«Herav» er en del av Antall og kan ikke være større. Rett ett av tallene.",
      "«Herav» is part of Antall and cannot be larger. Correct one of the numbers.",
    ),
  },
  "usage.amount-unexpected": {
    severity: "warning",
    what: t(
      "Beløp er bare forventet for grupperingene under «Ta verdier».",
      "An amount is only expected for the «Ta verdier» groupings.",
    ),
    hint: t(
      "Sjekk at beløpet står på riktig rad; det telles ikke i noen styringsparameter.",
      "Check that the amount is on the right row; it counts in no steering parameter.",
    ),
  },
  // Cells in any table
  "cell.excel-error": {
    severity: "error",
    what: t("Cellen har en Excel-feilverdi.", "The cell holds an Excel error value."),
    hint: t("Rett formelen eller skriv inn verdien.", "Correct the formula or type in the value."),
  },
  "cell.text-number": {
    severity: "error",
    what: t(
      "Tall er skrevet som tekst og blir ikke talt med.",
      "A number is written as text and is not counted.",
    ),
    hint: t("Skriv bare tallet.", "Write the number only."),
  },
  "cell.not-a-number": {
    severity: "error",
    what: t("Cellen skal ha et tall.", "The cell must hold a number."),
    hint: t("Skriv et tall, eller la cellen stå tom.", "Write a number, or leave the cell empty."),
  },
  "cell.negative": {
    severity: "error",
    what: t("Tallet kan ikke være negativt.", "The number cannot be negative."),
    hint: t("Skriv 0 eller et positivt tall.", "Write 0 or a positive number."),
  },
  "cell.not-whole": {
    severity: "error",
    what: t("Antall må være et helt tall.", "A count must be a whole number."),
    hint: t("Skriv et helt tall.", "Write a whole number."),
  },
  "cell.formula": {
    severity: "info",
    what: t("En formel står der en verdi er ventet.", "A formula stands where a value is expected."),
    hint: t(
      "Det går bra hvis formelen gir riktig verdi; lim gjerne inn verdien i stedet (Lim inn utvalg, Verdier).",
      "That is fine if the formula gives the right value; you may paste the value instead (Paste Special, Values).",
    ),
  },
  "cell.wrong-case": {
    severity: "warning",
    what: t(
      "Verdien er skrevet med annen stor/liten bokstav eller ekstra mellomrom enn listen.",
      "The value differs from the list in upper/lower case or extra spaces.",
    ),
    hint: t(
      "Velg verdien fra nedtrekkslisten. Den er godtatt og telles likevel.",
      "Choose the value from the drop-down. It is accepted and counted anyway.",
    ),
  },
  "cell.read-as": {
    severity: "warning",
    what: t(
      "Verdien er skrevet annerledes enn listen (store/små bokstaver, mellomrom, skrivemåte); den er forstått og telles som listens verdi.",
      "The value is written differently from the list (case, spaces, spelling); it is understood and counted as the list's value.",
    ),
    hint: t(
      "Skriv verdien slik listen har den, så regner også arkets egne formler med den.",
      "Write the value as the list has it, so that the sheet's own formulas count it too.",
    ),
  },
  "cell.total-row": {
    severity: "warning",
    what: t(
      "En summeringsrad står i tabellen; den telles ikke.",
      "A totals row stands in the table; it is not counted.",
    ),
    hint: t(
      "Slett raden: styringsparametrene summerer selv, og en sumrad ville telle alt to ganger.",
      "Delete the row: the steering parameters add up by themselves, and a totals row would count everything twice.",
    ),
  },
  "cell.dates-not-checked": {
    severity: "warning",
    what: t(
      "Datoene er ikke kontrollert mot perioden, fordi perioden på forsiden ikke kan leses.",
      "The dates were not checked against the period, because the period on the cover sheet cannot be read.",
    ),
    hint: t(
      "Rett perioden på forsiden (f.eks. 2026-T1) og kontroller på nytt.",
      "Correct the period on the cover sheet (e.g. 2026-T1) and check again.",
    ),
  },
  "cell.invalid-value": {
    severity: "error",
    what: t("Verdien finnes ikke i listen.", "The value is not in the list."),
    hint: t("Velg en verdi fra nedtrekkslisten.", "Choose a value from the drop-down."),
  },
  "cell.missing-value": {
    severity: "warning",
    what: t("En rad mangler en verdi som trengs for å telle den.", "A row lacks a value needed to count it."),
    hint: t("Velg en verdi fra nedtrekkslisten.", "Choose a value from the drop-down."),
  },
  "cell.unknown-agency": {
    severity: "error",
    what: t("En etatskode i listen er ukjent.", "An agency code in the list is unknown."),
    hint: t(
      "Skriv etatskoder skilt med komma: AT, NAV, POL, SKE, TOLL.",
      "Write agency codes separated by commas: AT, NAV, POL, SKE, TOLL.",
    ),
  },
  "cell.invalid-date": {
    severity: "error",
    what: t("Cellen har ingen gyldig dato.", "The cell holds no valid date."),
    hint: t("Skriv datoen som dd.mm.åååå.", "Write the date as dd.mm.yyyy."),
  },
  "cell.text-date": {
    severity: "warning",
    what: t("Datoen er skrevet som tekst.", "The date is written as text."),
    hint: t(
      "Skriv datoen på nytt slik at Excel gjenkjenner den (dd.mm.åååå).",
      "Type the date again so that Excel recognises it (dd.mm.yyyy).",
    ),
  },
  "cell.date-outside-period": {
    severity: "error",
    what: t("Datoen ligger utenfor rapporteringsperioden.", "The date is outside the reporting period."),
    hint: t(
      "Rett datoen, eller før raden i rapporten for riktig periode.",
      "Correct the date, or enter the row in the report for the right period.",
    ),
  },
  // Effekter
  "effects.unknown-indicator": {
    severity: "error",
    what: t("Indikator-ID-en finnes ikke i katalogen.", "The indicator id is not in the catalogue."),
    hint: t("Velg indikator-ID fra nedtrekkslisten.", "Choose the indicator id from the drop-down."),
  },
  "effects.goal-mismatch": {
    severity: "warning",
    what: t("Brukermålet stemmer ikke med indikatoren.", "The user goal does not match the indicator."),
    hint: t(
      "Sjekk indikator-ID-en og skriv brukermålet katalogen gir den.",
      "Check the indicator id and write the user goal the catalogue gives it.",
    ),
  },
  "effects.duplicate-indicator": {
    severity: "warning",
    what: t("Indikatoren står på mer enn én rad.", "The indicator is listed on more than one row."),
    hint: t("Behold én rad per indikator.", "Keep one row per indicator."),
  },
  "effects.scale": {
    severity: "warning",
    what: t(
      "Verdiene for en indikator ser ut til å stå på ulik skala (andel som 0,45 mot prosent som 40).",
      "The values of an indicator seem to be on different scales (a share as 0.45 against a percentage as 40).",
    ),
    hint: t(
      "Skriv alle verdiene for indikatoren på samme skala som utgangsverdien, f.eks. 45 for 45 %.",
      "Write all the indicator's values on the baseline's scale, e.g. 45 for 45 %.",
    ),
  },
  "actors.disagreement": {
    severity: "warning",
    what: t(
      "Samme aktør står flere ganger med ulike verdier; aktøren telles én gang, med den minst gunstige verdien.",
      "The same actor is listed more than once with different values; it counts once, with the least favourable value.",
    ),
    hint: t(
      "Før aktøren på én rad med de riktige verdiene.",
      "List the actor on one row with the right values.",
    ),
  },
  "actions.disagreement": {
    severity: "warning",
    what: t(
      "Samme Aksjons-ID står flere ganger med ulike tall; aksjonen telles én gang, med de største tallene.",
      "The same action id is listed more than once with different figures; the action counts once, with the largest figures.",
    ),
    hint: t(
      "Før aksjonen på én rad med de riktige tallene.",
      "List the action on one row with the right figures.",
    ),
  },
  "effects.target-equals-baseline": {
    severity: "warning",
    what: t(
      "Målverdi er lik Utgangsverdi, så framdriften kan ikke regnes ut.",
      "Målverdi equals Utgangsverdi, so progress cannot be computed.",
    ),
    hint: t(
      "Sett en målverdi som er forskjellig fra utgangsverdien.",
      "Set a target different from the baseline.",
    ),
  },
  // Privacy
  "privacy.national-id": {
    severity: "error",
    what: t(
      "Cellen inneholder et fødselsnummer, D-nummer eller H-nummer.",
      "The cell holds a national identity number, D-number or H-number.",
    ),
    hint: t(
      "Slett nummeret og bruk en pseudonym saksreferanse. Arbeidsboken må ikke sendes videre før nummeret er fjernet (også fra skjulte ark og kommentarer).",
      "Delete the number and use a pseudonymous case reference. The workbook must not be passed on until the number is removed (also from hidden sheets and comments).",
    ),
  },
  "privacy.name-like-reference": {
    severity: "warning",
    what: t(
      "Aktørreferansen ser ut som navnet på en person.",
      "The actor reference looks like a person's name.",
    ),
    hint: t(
      "Bruk en pseudonym saksreferanse (f.eks. OSL-2026-014), aldri navn eller fødselsnummer.",
      "Use a pseudonymous case reference (e.g. OSL-2026-014), never a name or an ID number.",
    ),
  },
  // What the reader noticed
  "read.whole-column-validation": {
    severity: "warning",
    what: t(
      "En nedtrekksliste dekker hele kolonner; den gjør filen treg.",
      "A drop-down covers whole columns; it makes the file slow.",
    ),
    hint: t(
      "Begrens nedtrekkslisten til tabellens rader (Data, Datavalidering).",
      "Limit the drop-down to the table's rows (Data, Data Validation).",
    ),
  },
  "read.string-truncated": {
    severity: "warning",
    what: t("En svært lang tekst ble kortet av ved lesing.", "A very long text was cut short when read."),
    hint: t("Kort ned teksten i cellen.", "Shorten the text in the cell."),
  },
  "read.sheet-skipped": {
    severity: "warning",
    what: t("Et ark kunne ikke leses og ble hoppet over.", "A sheet could not be read and was skipped."),
    hint: t(
      "Sjekk arket i Excel; sett eventuelt inn en ny mal og kopier verdiene over.",
      "Check the sheet in Excel; if needed insert a new template and copy the values over.",
    ),
  },
  "read.formula-without-value": {
    severity: "warning",
    what: t(
      "En formel har ingen lagret verdi, så verdien er ukjent her.",
      "A formula has no stored value, so its value is unknown here.",
    ),
    hint: t(
      "Åpne filen i Excel og lagre den på nytt, så lagres verdiene.",
      "Open the file in Excel and save it again, so that the values are stored.",
    ),
  },
  "read.too-many-rows": {
    severity: "error",
    what: t(
      "Arket har flere rader enn som kan leses; resten er ikke kontrollert.",
      "The sheet has more rows than can be read; the rest is not checked.",
    ),
    hint: t(
      "Slett tomme eller overflødige rader nederst på arket.",
      "Delete empty or surplus rows at the bottom of the sheet.",
    ),
  },
  "file.unreadable": {
    severity: "error",
    what: t("Filen kunne ikke leses.", "The file could not be read."),
    hint: t(
      "Meldingen sier hva som er galt. Kontroller at filen finnes, og lagre den i Excel som Excel-arbeidsbok (.xlsx) uten passord.",
      "The message says what is wrong. Check that the file exists, and save it in Excel as an Excel Workbook (.xlsx) without a password.",
    ),
  },
  // The list itself
  "validation.truncated": {
    severity: "info",
    what: t(
      "Samme feil gjentar seg på svært mange rader; bare de første er listet.",
      "The same problem repeats on very many rows; only the first are listed.",
    ),
    hint: t(
      "Rett de listede radene; ofte er årsaken den samme for alle.",
      "Fix the listed rows; often the cause is the same for all of them.",
    ),
  },
  // The secretariat's cycle (consolidation)
  "consolidate.missing-submission": {
    severity: "warning",
    what: t(
      "En innsending som enhetens deltakere skal levere, er ikke blant filene.",
      "A submission the unit's members are to return is not among the files.",
    ),
    hint: t(
      "Purr på innsendingen hos enheten, eller konsolider på nytt når den er kommet.",
      "Remind the unit to send it, or consolidate again once it has arrived.",
    ),
  },
} as const satisfies Record<string, RuleSpec>;

export type RuleId = keyof typeof RULES;

export const RULE_IDS = Object.keys(RULES) as RuleId[];
