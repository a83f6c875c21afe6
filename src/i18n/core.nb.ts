/**
 * Norwegian bokmål for what the core and the catalogue loader write themselves: the loader's problems with a
 * catalogue file, the expected list's problems, the consolidation's conflict notes and chart titles, the
 * Kontrollrapport sheet and the printed page's footer. Spread into nb.ts; core.en.ts has the same keys.
 */
export const CORE_NB = {
  // The catalogue loader: problems with a revised catalogue file
  "catalogueFile.tooLarge": "Katalogfilen er for stor ({size} tegn, høyst {max}).",
  "catalogueFile.notJson": "Katalogfilen er ikke gyldig JSON: {detail}",
  "catalogueFile.notObject": "Katalogen må være et JSON-objekt.",
  "catalogueFile.tooManyElements": "Katalogen har urimelig mange elementer (over {max}).",
  "catalogueFile.tooDeep": "Katalogen har for mange nivåer inni hverandre.",
  "catalogueFile.forbiddenKey": "Nøkkelen «{key}» er ikke tillatt i en katalog.",
  "catalogueFile.notACatalogue": "Dette er ikke en a-krim-katalog (feltet «format» må være «{format}»).",
  "catalogueFile.unsupportedFormat":
    "Katalogformatet {found} støttes ikke av denne versjonen av tillegget (støtter {supported}). Oppdater tillegget eller be sekretariatet om en katalog i støttet format.",
  "catalogueFile.invalid": "Ugyldig verdi: {detail}",
  "catalogueFile.version": "Ugyldig versjon: skriv ÅÅÅÅ.N, for eksempel 2026.1.",
  "catalogueFile.duplicateId": "ID-en «{id}» finnes mer enn én gang.",
  "catalogueFile.duplicateTable": "Tabellen finnes to ganger.",
  "catalogueFile.duplicateColumn": "Kolonnen finnes to ganger.",
  "catalogueFile.groupingParent": "Grupperingen «{grouping}» hører til {parent}, ikke {goal}.",
  "catalogueFile.selectionOnlyUsage": "Utvalg av virkemidler gjelder bare Virkemiddelbruk.",
  "catalogueFile.countingTable":
    "Telleregelen «{rule}» gjelder tabellen {table}, men parameteren teller en annen.",
  "catalogueFile.indicatorAgency": "En indikator på etatsnivå må oppgi etaten.",
  "catalogueFile.missing.enumeration": "Verdilisten «{ref}» finnes ikke i katalogen.",
  "catalogueFile.missing.column": "Kolonnen «{ref}» finnes ikke i katalogen.",
  "catalogueFile.missing.parent": "Overordnet nivå «{ref}» finnes ikke i katalogen.",
  "catalogueFile.missing.goal": "Brukermålet «{ref}» finnes ikke i katalogen.",
  "catalogueFile.missing.grouping": "Grupperingen «{ref}» finnes ikke i katalogen.",
  "catalogueFile.missing.agency": "Etaten «{ref}» finnes ikke i katalogen.",
  "catalogueFile.missing.coverField": "Forsidefeltet «{ref}» finnes ikke i katalogen.",
  "catalogueFile.missing.table": "Tabellen «{ref}» finnes ikke i katalogen.",
  "catalogueFile.missing.value": "Verdien «{ref}» finnes ikke i katalogen.",
  "catalogueFile.missing.instrument": "Virkemiddelet «{ref}» finnes ikke i katalogen.",
  "catalogueFile.missing.countingRule": "Telleregelen «{ref}» finnes ikke i katalogen.",
  "catalogueFile.missing.unit": "Enheten «{ref}» finnes ikke i katalogen.",
  "catalogueFile.missing.part": "Innsatsen «{ref}» finnes ikke i katalogen.",
  // The list of expected submissions (--expected FILE.tsv)
  "expectedList.empty": "Linje {line}: listen er tom; første linje skal være overskriftene.",
  "expectedList.columns":
    "Linje {line}: overskriften mangler kolonnen {columns} (kolonnene skal være unit, agency, part og period, skilt med tabulator).",
  "expectedList.unit": "Linje {line}: ukjent rapporteringsenhet «{value}».",
  "expectedList.agency": "Linje {line}: ukjent etat «{value}».",
  "expectedList.part":
    "Linje {line}: ukjent innsats «{value}» (A-krimsenter, Etatslinje, centre eller line).",
  "expectedList.period": "Linje {line}: ugyldig periode «{value}» (ÅÅÅÅ eller ÅÅÅÅ-T1, -T2, -T3).",
  // The conflict rule: a submission's note in the register, and the conflict it belongs to
  "consolidation.note.duplicate": "Samme innhold som {file} (nr. {entry}); telles én gang.",
  "consolidation.note.superseded": "Erstattet av {file} (nr. {entry}, status {status}).",
  "consolidation.note.conflict":
    "Flere ulike innsendinger med samme høyeste status; ingen telles før konflikten er løst.",
  "consolidation.note.overlap": "Overlapper årsrapporten {file} (nr. {entry}), som telles i stedet.",
  "consolidation.note.unavailable": "Innsendingen skulle telles, men radene finnes ikke i kilden.",
  "consolidation.conflict.duplicate": "Samme innhold er levert {count|gang|ganger}; telles én gang ({file}).",
  "consolidation.conflict.highestStatus":
    "{count|ulik innsending|ulike innsendinger}; den med høyest status ({status}) telles: {file}.",
  "consolidation.conflict.unresolved":
    "{count|ulik innsending|ulike innsendinger} med samme status; ingen telles før konflikten er løst.",
  "consolidation.conflict.annualOverTertials":
    "Årsrapport og tertialrapporter for {year}; årsrapporten telles: {file}.",
  // The consolidation's overview of instrument use, and its charts
  "consolidation.usage": "Virkemiddelbruk",
  "chart.steering.title": "Brukermål {goal}: styringsparametre per etat",
  "chart.steering.categories": "Styringsparameter",
  "chart.usageByGrouping.title": "Virkemiddelbruk per gruppering og etat",
  "chart.usageByGrouping.categories": "Gruppering",
  "chart.usageByPeriod.title": "Virkemiddelbruk per brukermål over perioder",
  "chart.usageByPeriod.categories": "Periode",
  "chart.total": "Totalt",
  // Excel's own names for the logical values
  "excel.true": "SANN",
  "excel.false": "USANN",
  // The Kontrollrapport sheet a check writes into the workbook
  "checkReport.clash":
    "Arbeidsboken har allerede et ark som heter {sheet}. Det blir ikke overskrevet: slett eller gi det nytt navn selv, eller lag rapporten på arket {suggestion}.",
  "checkReport.fixErrors": "Rett feilene før arbeidsboken sendes inn.",
  "checkReport.reviewWarnings": "Ingen feil. Se gjennom advarslene.",
  "checkReport.reviewNotes": "Ingen feil. Se gjennom merknadene.",
  "checkReport.noFindings": "Ingen funn.",
  "checkReport.notListed": "{count|funn|funn} til er ikke listet her.",
  // The printed page's footer; {page} and {pages} become Excel's page codes
  "print.pageNumber": "Side {page} av {pages}",
} as const satisfies Record<string, string>;
