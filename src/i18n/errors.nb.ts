/**
 * Norwegian bokmål: what the workbook adapters tell the user when Excel or a file refuses the work, and what a
 * missing Excel feature costs. Spread into nb.ts; errors.en.ts has the same keys.
 */
export const errorsNb = {
  // A message a plan or the catalogue check has already put in both languages, shown as it is
  "error.text": "{text}",

  // Excel's errors, by Office.js error code
  // (https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling)
  "excel.InvalidOperationInCellEditMode":
    "Excel er opptatt med redigering av en celle. Trykk Enter eller Esc i cellen, og prøv igjen.",
  "excel.ItemNotFound":
    "Excel fant ikke et ark, en tabell eller en egenskap som arbeidet trenger. Den kan være slettet eller gitt nytt navn.",
  "excel.ItemAlreadyExists":
    "Et ark eller en tabell med samme navn finnes allerede. Ingenting ble overskrevet.",
  "excel.InvalidArgument": "Excel avviste en verdi eller en celleadresse i forespørselen.",
  "excel.InvalidReference": "En celle- eller områdereferanse er ugyldig i denne arbeidsboken.",
  "excel.InvalidOperation":
    "Excel tillot ikke endringen her, for eksempel fordi arket er beskyttet eller området overlapper en tabell.",
  "excel.AccessDenied":
    "Excel nektet endringen: arbeidsboken er skrivebeskyttet, delt med begrensninger, eller arket er beskyttet.",
  "excel.RequestPayloadSizeLimitExceeded":
    "Forespørselen til Excel ble for stor (Excel på nettet tar inntil 5 MB om gangen).",
  "excel.ResponsePayloadSizeLimitExceeded":
    "Svaret fra Excel ble for stort (Excel på nettet sender inntil 5 MB om gangen).",
  "excel.RangeExceedsLimit": "Området er større enn Excel kan lese på én gang (5 millioner celler).",
  "excel.Conflict": "Noen andre endret arbeidsboken samtidig. Prøv igjen om litt.",
  "excel.RequestAborted": "Excel avbrøt forespørselen. Prøv igjen.",
  "excel.InactiveWorkbook":
    "Arbeidsboken er ikke aktiv lenger (den kan være lukket). Åpne den igjen og prøv på nytt.",
  "excel.ApiNotFound": "Denne Excel-versjonen mangler en funksjon tillegget trenger.",
  "excel.MergedRangeConflict":
    "Excel kan ikke legge en tabell over en annen tabell, en pivottabell, sammenslåtte celler eller et XML-kart. Flytt eller fjern det som er i veien, og prøv igjen.",
  "excel.MemoryLimitReached":
    "Excel gikk tom for minne og fullførte ikke arbeidet. Lukk andre arbeidsbøker eller programmer, og prøv igjen.",
  "excel.ActivityLimitReached":
    "Excel tar ikke imot flere forespørsler akkurat nå. Vent litt, og prøv igjen.",
  "excel.UnsupportedSheet":
    "Dette er et diagramark eller makroark, og der kan tillegget ikke gjøre dette. Velg et vanlig regneark.",
  "excel.BadPassword":
    "Arket er beskyttet med passord. Opphev beskyttelsen selv (Se gjennom → Opphev arkbeskyttelse), og prøv igjen.",
  "excel.NotImplemented":
    "Denne Excel-versjonen kan ikke gjøre dette fra et tillegg ennå. Prøv Excel på nettet eller en nyere Excel.",
  "excel.UnsupportedOperation": "Excel støtter ikke denne endringen her.",
  "excel.UnsupportedFeature": "Arket inneholder noe Excel ikke støtter for denne endringen.",
  "excel.InsertDeleteConflict":
    "Excel kunne ikke sette inn eller slette celler her fordi det kommer i konflikt med noe på arket.",
  "excel.NonBlankCellOffSheet":
    "Excel kan ikke sette inn celler fordi celler med innhold ville bli skjøvet ut av arket. Slett ubrukte rader eller kolonner nederst eller til høyre, og prøv igjen.",
  "excel.FilteredRangeConflict":
    "Endringen kolliderer med et filtrert område. Fjern filteret, og prøv igjen.",
  "excel.PivotTableRangeConflict":
    "Endringen kolliderer med en pivottabell. Flytt pivottabellen, og prøv igjen.",
  "excel.OperationCellsExceedLimit":
    "Endringen berører flere celler enn Excel tillater på én gang. Slett innhold langt til høyre på arket, og prøv igjen.",
  "excel.FormulaLengthExceedsLimit": "En formel ble lengre enn Excel tillater.",
  "excel.InvalidRequest": "Excel kunne ikke behandle forespørselen. Prøv igjen.",
  "excel.ServiceNotAvailable": "Excel-tjenesten svarer ikke nå. Prøv igjen om litt.",
  "excel.EmptyChartSeries": "Diagrammet ble ikke laget fordi dataserien er tom.",
  "excel.InvalidSelection": "Excel kunne ikke merke denne cellen. Den kan ligge på et skjult ark.",
  "excel.Cancelled":
    "Du avbrøt arbeidet. Det som ble skrevet før du avbrøt, står i arbeidsboken; resten ble ikke gjort.",
  "excel.GeneralException":
    "Excel meldte en intern feil. Prøv igjen; hjelper ikke det, lagre og åpne arbeidsboken på nytt.",
  "excel.unknown": "Excel meldte en uventet feil.",

  // An edit list refused whole (checkEdits, both workbook adapters)
  "edits.refused": "{problem} Ingenting ble skrevet.",

  // Writing edits into the open workbook, and taking the user to a cell
  "excel.stoppedInRequest":
    "{problem} Excel stoppet i forespørselen med denne endringen; endringer tidligere i samme forespørsel kan være utført.",
  "excel.propertyTooLong": "Dokumentegenskapen «{name}» er lengre enn {max} tegn, som er grensen i Excel.",
  "excel.sheetGone": "Arket «{sheet}» finnes ikke lenger i arbeidsboken.",

  // What the running Excel supports (ExcelApi requirement sets)
  "excel.floor":
    "Denne Excel-versjonen er for gammel for tillegget (krever ExcelApi 1.7: Microsoft 365, Excel 2019 eller nyere, eller Excel på nettet).",
  "excel.feature.dropDowns":
    "Nedtrekkslister (datavalidering) ble ikke lagt inn: denne Excel-versjonen støtter det ikke fra et tillegg (krever ExcelApi 1.8). Verdiene kontrolleres likevel når du kjører kontrollen.",
  "excel.feature.calculationSuspend":
    "Excel regnet om underveis (krever ExcelApi 1.6 for å utsette omregning), så innsettingen tok lengre tid.",
  "excel.feature.screenUpdatingSuspend":
    "Skjermen ble oppdatert underveis (krever ExcelApi 1.9 for å utsette), så innsettingen tok lengre tid.",
  "excel.feature.pageLayout":
    "Utskriftsoppsettet (liggende, tilpasset én side i bredden, overskriftsraden på hver side) ble ikke lagt inn: denne Excel-versjonen støtter det ikke fra et tillegg (krever ExcelApi 1.9). Du kan velge det selv under Sideoppsett.",
  "excel.feature.newWorkbook":
    "Denne Excel-versjonen kan ikke åpne en ny arbeidsbok fra et tillegg (krever ExcelApi 1.8); resultatet ble lagt i den åpne arbeidsboken.",

  // Reading an .xlsx file: each refusal names the file and says what to do; the technical reason is in `detail`
  "xlsx.read.empty": "Filen «{name}» er tom.",
  "xlsx.read.xls":
    "Filen «{name}» er en gammel Excel-fil (.xls) eller en passordbeskyttet arbeidsbok. Åpne den i Excel og lagre den som Excel-arbeidsbok (.xlsx) uten passord.",
  "xlsx.read.encrypted":
    "Filen «{name}» er kryptert eller passordbeskyttet, eller er en gammel .xls-fil. Åpne den i Excel, fjern passordet (Fil > Info > Beskytt arbeidsbok) og lagre som Excel-arbeidsbok (.xlsx).",
  "xlsx.read.textFile":
    "Filen «{name}» er en tekstfil (for eksempel CSV), ikke en Excel-arbeidsbok. Åpne den i Excel og lagre den som Excel-arbeidsbok (.xlsx).",
  "xlsx.read.notXlsx":
    "Filen «{name}» er ikke en Excel-arbeidsbok (.xlsx). Velg en .xlsx-fil, eller åpne filen i Excel og lagre den som Excel-arbeidsbok.",
  "xlsx.read.ods":
    "Filen «{name}» er et OpenDocument-regneark (.ods). Åpne den og lagre den som Excel-arbeidsbok (.xlsx).",
  "xlsx.read.xlsm":
    "Filen «{name}» er en makroaktivert arbeidsbok (.xlsm). Av sikkerhetshensyn leses den ikke. Lagre den som Excel-arbeidsbok (.xlsx) og prøv igjen.",
  "xlsx.read.xlsb":
    "Filen «{name}» er en binær Excel-arbeidsbok (.xlsb). Lagre den som Excel-arbeidsbok (.xlsx) og prøv igjen.",
  "xlsx.read.invalidXml":
    "Filen «{name}» har ugyldig innhold og kan ikke leses. Åpne den i Excel og lagre den på nytt.",
  "xlsx.read.damaged":
    "Filen «{name}» er skadet: deler av arbeidsboken mangler, så innholdet kan ikke leses. Åpne den i Excel og lagre den på nytt (Excel reparerer ofte slike filer), og send den inn igjen.",
  "xlsx.read.corrupt":
    "Filen «{name}» er skadet eller ufullstendig. Åpne den i Excel og lagre den på nytt, eller be om en ny kopi.",
  "xlsx.read.tooBig":
    "Filen «{name}» er større eller mer ensformig enn en rapport kan være, og blir ikke åpnet. Kontroller at det er riktig fil. Er den det, fjern tomme ark og ubrukte områder, eller del den opp.",
  "xlsx.read.tooManyCells":
    "Filen «{name}» har mer enn {max} utfylte celler, mer enn det som kan leses. Del arbeidsboken opp eller fjern ubrukte områder.",

  // Writing an .xlsx file
  "xlsx.write.rangeTooLarge":
    "Området {range} på arket «{sheet}» er for stort til å formateres celle for celle.",
  "xlsx.write.noSheets": "Arbeidsboken har ingen ark.",
  "xlsx.write.noVisibleSheet": "Minst ett ark må være synlig.",
};
