/**
 * The rules' words in Norwegian bokmål, the source of the keys: per rule id of the registry
 * (`src/core/validation/rules.ts`), what the rule checks (`what`), its general fix (`hint`), the message of a
 * finding (`message`), and variants a finding may choose instead (`message.*`, `hint.*`). Placeholders are
 * written `{name}` and filled in from the finding's params by `renderFinding`.
 */
import type { RuleId } from "../core/validation/rules";

/** One rule's texts: what it checks, the general fix, the message, and variants of message and fix. */
export interface RuleTexts {
  readonly what: string;
  readonly hint: string;
  readonly message: string;
  readonly [variant: `message.${string}` | `hint.${string}`]: string;
}

export const RULE_TEXTS_NB = {
  "workbook.not-a-template": {
    what: "Arbeidsboken er tom eller ikke en rapporteringsmal; da er dette det eneste funnet (bortsett fra personopplysninger).",
    hint: "Kontroller at du har valgt riktig fil. Har du ingen utfylt mal, lag en ny mal og fyll den ut.",
    message:
      "Arbeidsboken er ikke en rapporteringsmal: den har ingen av malens ark ({sheets}) og ingen av malens dokumentegenskaper.",
    "message.empty": "Arbeidsboken er tom, så den er ikke en utfylt rapporteringsmal.",
  },
  "structure.missing-sheet": {
    what: "Et ark malen skal ha, mangler.",
    hint: "Sett inn en ny mal og kopier verdiene over, eller gi arket det riktige navnet igjen.",
    message: "Arket «{sheet}» finnes ikke.",
    "message.similar": "Arket «{sheet}» finnes ikke; arket «{similar}» ligner.",
    "hint.similar":
      "Gi arket «{similar}» navnet «{sheet}» (dobbeltklikk på arkfanen), eller sett inn en ny mal og kopier verdiene over.",
  },
  "structure.renamed-sheet": {
    what: "Et ark har fått nytt navn; dataene er funnet og lest likevel.",
    hint: "Gi arket det navnet malen bruker.",
    message: "Arket «{found}» ser ut til å være «{expected}» med nytt navn; dataene er lest derfra.",
    "hint.rename": "Gi arket navnet «{expected}» igjen (dobbeltklikk på arkfanen).",
  },
  "structure.hidden-sheet": {
    what: "Et ark med data er skjult.",
    hint: "Vis arket igjen (høyreklikk på en arkfane, Vis) så alle ser dataene som sendes inn.",
    message: "Arket «{sheet}» er skjult.",
  },
  "structure.missing-table": {
    what: "Excel-tabellen mangler; dataene er funnet ved å lete etter overskriftene.",
    hint: "Gjør området om til en tabell med malens navn (Sett inn, Tabell), eller sett inn en ny mal og kopier verdiene over. Formlene i Styringsparametre regner bare med tabellen.",
    message: "Arket «{sheet}» har ingen Excel-tabell «{table}».",
    "message.found":
      "Arket «{sheet}» har ingen Excel-tabell «{table}»; dataene er funnet under overskriftene på rad {headerRow}.",
    "hint.range":
      "Merk {range} og velg Sett inn, Tabell, og gi tabellen navnet {table} (Tabellutforming, Tabellnavn). Formlene i Styringsparametre regner bare med tabellen.",
  },
  "structure.missing-header-row": {
    what: "Arket har ingen overskriftsrad.",
    hint: "Sett inn en ny mal og kopier verdiene over under malens overskrifter.",
    message: "Arket «{sheet}» har ingen rad med malens overskrifter.",
  },
  "structure.missing-column": {
    what: "En kolonne malen skal ha, mangler.",
    hint: "Legg kolonnen til igjen med nøyaktig malens overskrift.",
    message: "Kolonnen «{header}» mangler på arket «{sheet}» (overskriftsraden er rad {headerRow}).",
  },
  "structure.missing-optional-column": {
    what: "En forhåndsutfylt kolonne eller kommentarkolonne mangler.",
    hint: "Legg kolonnen til igjen med nøyaktig malens overskrift.",
    message: "Kolonnen «{header}» mangler på arket «{sheet}» (overskriftsraden er rad {headerRow}).",
  },
  "structure.renamed-column": {
    what: "En kolonneoverskrift er endret, så kolonnen ikke blir lest.",
    hint: "Skriv overskriften nøyaktig som i malen.",
    message: "Overskriften «{found}» skal være «{header}»; kolonnen blir ikke lest før den heter det.",
    "hint.cell": "Skriv overskriften «{header}» i {cell}.",
  },
  "structure.moved-column": {
    what: "En kolonne står et annet sted enn i malen. Det går bra: kolonner finnes etter overskrift.",
    hint: "Ingenting å rette.",
    message: "Kolonnen «{header}» er flyttet til kolonne {column}.",
  },
  "structure.duplicate-column": {
    what: "Samme overskrift står to ganger; bare den første kolonnen blir lest.",
    hint: "Flytt verdiene inn i den første kolonnen og slett den andre.",
    message: "Overskriften «{header}» står også i kolonne {first}; kolonne {column} blir ikke lest.",
  },
  "structure.extra-column": {
    what: "En kolonne malen ikke kjenner; den blir ikke lest.",
    hint: "Ingenting å rette hvis kolonnen bare er til eget bruk.",
    message: "Kolonnen «{header}» er ikke i malen og blir ikke lest.",
  },
  "structure.rows-outside-table": {
    what: "Data står under Excel-tabellen og blir ikke talt med.",
    hint: "Utvid tabellen (dra i hjørnet nederst til høyre) så den tar med radene.",
    message: "Rad {row} står under tabellen {table} ({ref}) og telles ikke med.",
    "message.more": "Rad {row} og {more} rader til står under tabellen {table} ({ref}) og telles ikke med.",
  },
  "structure.hidden-rows": {
    what: "Tabellen har skjulte rader; de blir talt med.",
    hint: "Vis radene og sjekk at de skal være med.",
    message: "Rad {first} i tabellen er skjult; den telles med.",
    "message.many": "{count} rader i tabellen er skjult (første: rad {first}); de telles med.",
  },
  "structure.merged-cells": {
    what: "Sammenslåtte celler i en tabell: bare den første cellen har en verdi.",
    hint: "Opphev sammenslåingen og fyll inn hver celle.",
    message: "Cellene {range} er slått sammen.",
  },
  "version.missing": {
    what: "Mal- eller katalogversjonen er ikke oppgitt.",
    hint: "Bruk en mal satt inn av tillegget; den har versjonene på forsiden.",
    message: "Malversjonen er ikke oppgitt; arbeidsboken er kontrollert mot {current}.",
    "message.catalogue": "Katalogversjonen er ikke oppgitt; arbeidsboken er kontrollert mot {current}.",
  },
  "version.older": {
    what: "Arbeidsboken er laget med en eldre mal- eller katalogversjon.",
    hint: "Sett inn en ny mal og kopier verdiene over, eller kontroller mot katalogen boken ble laget med (--catalogue).",
    message:
      "Malversjonen er {version}, eldre enn {inUse}. Arbeidsboken er kontrollert mot {version}, som den oppgir.",
    "message.catalogue":
      "Katalogversjonen er {version}, eldre enn {inUse}. Arbeidsboken er kontrollert mot {version}, som den oppgir.",
    "message.unknown":
      "Malversjonen er {version}, eldre enn {current} som kontrollen bruker. Kolonner og virkemidler kan ha endret seg.",
    "message.unknown-catalogue":
      "Katalogversjonen er {version}, eldre enn {current} som kontrollen bruker. Kolonner og virkemidler kan ha endret seg.",
  },
  "version.unknown": {
    what: "Mal- eller katalogversjonen er ukjent for denne versjonen av tillegget.",
    hint: "Oppdater tillegget, eller last inn katalogen boken ble laget med (--catalogue).",
    message: "Malversjonen «{version}» er ukjent for denne versjonen av tillegget (kjenner {current}).",
    "message.catalogue":
      "Katalogversjonen «{version}» er ukjent for denne versjonen av tillegget (kjenner {current}).",
  },
  "cover.missing-field": {
    what: "Rapporteringsenhet, etat eller periode mangler på forsiden.",
    hint: "Fyll inn feltet i kolonnen Verdi på Forside.",
    message: "Feltet «{field}» på forsiden er tomt.",
    "message.no-cover":
      "{field} er ikke oppgitt: forsiden mangler, og dokumentegenskapen {name} finnes ikke.",
    "message.no-label": "Forsiden mangler feltet «{field}».",
    "message.no-label-property":
      "Forsiden mangler feltet «{field}»; verdien «{property}» er hentet fra dokumentegenskapene.",
    "message.property":
      "Feltet «{field}» på forsiden er tomt; verdien «{property}» er hentet fra dokumentegenskapene.",
  },
  "cover.missing-optional-field": {
    what: "Et felt på forsiden mangler.",
    hint: "Legg til feltet med malens ledetekst i kolonnen Felt.",
    message: "Feltet «{field}» på forsiden er tomt.",
    "message.no-label": "Forsiden mangler feltet «{field}».",
    "message.no-label-property":
      "Forsiden mangler feltet «{field}»; verdien «{property}» er hentet fra dokumentegenskapene.",
    "message.property":
      "Feltet «{field}» på forsiden er tomt; verdien «{property}» er hentet fra dokumentegenskapene.",
  },
  "cover.unknown-unit": {
    what: "Rapporteringsenheten finnes ikke i katalogen.",
    hint: "Bruk en enhetskode fra katalogen, f.eks. OSL.",
    message: "Rapporteringsenheten «{unit}» finnes ikke i katalogen {catalogue}.",
    "hint.list": "Bruk en enhetskode fra katalogen: {units}.",
    "hint.suggestion": "Mente du {suggestion} ({name})? Skriv enhetskoden.",
  },
  "cover.unknown-agency": {
    what: "Etaten finnes ikke i katalogen.",
    hint: "Bruk en etatskode: AT, NAV, POL, SKE eller TOLL.",
    message: "Etaten «{agency}» finnes ikke i katalogen {catalogue}.",
    "hint.list": "Bruk en etatskode: {agencies}.",
    "hint.suggestion": "Mente du {suggestion}? Skriv etatskoden.",
  },
  "cover.invalid-period": {
    what: "Perioden er ikke gyldig.",
    hint: "Skriv perioden som ÅÅÅÅ (et år) eller ÅÅÅÅ-T1, ÅÅÅÅ-T2, ÅÅÅÅ-T3 (et tertial).",
    message: "Perioden «{period}» er ikke gyldig.",
  },
  "cover.before-since": {
    what: "Rapporteringsenheten eller etaten fantes ikke ennå i perioden, ifølge katalogen.",
    hint: "Sjekk enheten, etaten og perioden på forsiden.",
    message: "Rapporteringsenheten {id} ({name}) finnes fra {since}, men perioden er {period}.",
    "message.agency": "Etaten {id} ({name}) finnes fra {since}, men perioden er {period}.",
  },
  "cover.property-mismatch": {
    what: "Forsiden og dokumentegenskapene sier forskjellige ting.",
    hint: "Sjekk at dette er riktig arbeidsbok for enheten, etaten og perioden. Sett inn en ny mal for riktig enhet og kopier verdiene over.",
    message: "{field} er «{cover}» på forsiden, men «{property}» i dokumentegenskapene ({name}).",
  },
  "cover.no-properties": {
    what: "Arbeidsboken mangler dokumentegenskapene malen setter; identiteten er lest fra forsiden.",
    hint: "Ingenting å rette hvis forsiden er riktig.",
    message: "Arbeidsboken har ingen av dokumentegenskapene malen setter (AkrimRapporteringsenhet m.fl.).",
  },
  "cover.invalid-part": {
    what: "Innsats på forsiden er ikke A-krimsenter eller Etatslinje.",
    hint: "Velg A-krimsenter (senterets arbeid) eller Etatslinje (etatens linjearbeid) fra nedtrekkslisten.",
    message: "Innsats «{part}» er ikke en av {allowed}.",
  },
  "cover.line-unit-part": {
    what: "Rapporteringsenheten LINJE brukes bare for etatslinjens nasjonale arbeid.",
    hint: "Sett Innsats til Etatslinje, eller velg regionen som rapporteringsenhet for et a-krimsenter.",
    message: "Rapporteringsenheten er {unit}, men Innsats er «{part}».",
  },
  "cover.invalid-person-years": {
    what: "Årsverk på forsiden er ikke et tall (0 eller mer); det telles ikke.",
    hint: "Skriv årsverkene som et tall, f.eks. 2,5.",
    message:
      "Årsverk «{typed}» er ikke et tall på 0 eller mer, så SP-INN-01 og SP-INN-02 får ikke med denne arbeidsboken.",
  },
  "cover.invalid-status": {
    what: "Status på forsiden er ikke en kjent verdi.",
    hint: "Velg Utkast, Innsendt eller Godkjent.",
    message: "Status «{status}» er ikke en av {allowed}.",
  },
  "usage.missing-instrument-id": {
    what: "En rad med tall mangler virkemiddel-ID; raden telles ikke.",
    hint: "Fyll inn virkemiddel-ID (f.eks. V101) fra nedtrekkslisten.",
    message: "Rad {row} har tall, men ingen virkemiddel-ID.",
    "message.name": "Rad {row} har tall, men ingen virkemiddel-ID (virkemiddel «{name}»).",
    "hint.suggestion": "Skriv {suggestions}.",
  },
  "usage.unknown-instrument": {
    what: "Virkemiddel-ID-en finnes ikke i katalogen; raden telles ikke.",
    hint: "Velg virkemiddel-ID fra nedtrekkslisten (V101–V344).",
    message: "Virkemiddel-ID «{id}» finnes ikke i katalogen {catalogue}.",
    "hint.suggestion": "Mente du {suggestions}? Skriv ID-en i kolonnen {column}.",
  },
  "usage.name-mismatch": {
    what: "Virkemiddelnavnet stemmer ikke med ID-en.",
    hint: "Sjekk at ID-en er riktig; tallene telles på ID-en, ikke navnet.",
    message: "Raden sier «{typed}», men {id} er «{name}».",
  },
  "usage.goal-mismatch": {
    what: "Brukermålet stemmer ikke med virkemiddelet.",
    hint: "Sjekk at virkemiddel-ID-en er riktig, og skriv brukermålet katalogen gir virkemiddelet.",
    message: "{id} hører til brukermål {goal}, ikke «{typed}».",
    "hint.check": "Sjekk at {id} er riktig virkemiddel; i så fall skriv {goal}.",
  },
  "usage.grouping-mismatch": {
    what: "Grupperingen stemmer ikke med virkemiddelet.",
    hint: "Sjekk at virkemiddel-ID-en er riktig, og skriv grupperingen katalogen gir virkemiddelet.",
    message: "{id} hører til grupperingen {grouping}, ikke «{typed}».",
    "hint.check": "Sjekk at {id} er riktig virkemiddel; i så fall skriv {grouping}.",
  },
  "usage.agency-mismatch": {
    what: "Katalogen oppgir ikke at etaten bruker dette virkemiddelet.",
    hint: "Sjekk virkemiddel-ID-en. Er bruken riktig, meld det til sekretariatet så katalogen kan rettes.",
    message: "{agency} er ikke oppført som bruker av {id} ({name}); katalogen oppgir {listed}.",
    "message.column-totals":
      "{agency} er ikke oppført som bruker av {id} ({name}); katalogen oppgir {listed}. Merk: katalogens etatsfordeling for dette virkemiddelet stemmer med kolonnesummene i kilden, men er ikke bevist av dem.",
    "message.none": "{agency} er ikke oppført som bruker av {id} ({name}); katalogen oppgir ingen.",
    "message.none-column-totals":
      "{agency} er ikke oppført som bruker av {id} ({name}); katalogen oppgir ingen. Merk: katalogens etatsfordeling for dette virkemiddelet stemmer med kolonnesummene i kilden, men er ikke bevist av dem.",
    "message.none-reconstructed":
      "{agency} er ikke oppført som bruker av {id} ({name}); katalogen oppgir ingen. Merk: katalogens etatsfordeling for dette virkemiddelet er rekonstruert fra kilden; den stemmer med kolonnesummene, men er ikke bekreftet.",
    "message.reconstructed":
      "{agency} er ikke oppført som bruker av {id} ({name}); katalogen oppgir {listed}. Merk: katalogens etatsfordeling for dette virkemiddelet er rekonstruert fra kilden; den stemmer med kolonnesummene, men er ikke bekreftet.",
  },
  "usage.agency-without-instruments": {
    what: "Katalogen gir ennå ingen virkemidler til etaten; radene telles etter virkemiddel-ID som for andre etater.",
    hint: "Ingenting å rette. En revidert katalog kan gi etaten egne virkemidler.",
    message:
      "Katalogen {catalogue} gir ennå ingen virkemidler til {agency}; radene her telles etter virkemiddel-ID.",
  },
  "usage.duplicate-instrument": {
    what: "Virkemiddelet står på mer enn én rad.",
    hint: "Slå radene sammen til én, eller sjekk at den ene ikke skal være et annet virkemiddel. Begge radene telles.",
    message: "{id} ({name}) står også på rad {first}.",
  },
  "usage.herav-exceeds-antall": {
    what: "«Herav» er større enn Antall.",
    hint: "«Herav» er en del av Antall og kan ikke være større. Rett ett av tallene.",
    message: "{column} ({herav}) er større enn Antall ({antall}).",
    "message.empty": "{column} ({herav}) er større enn Antall (tom).",
  },
  "usage.amount-unexpected": {
    what: "Beløp er bare forventet for grupperingene under «Ta verdier».",
    hint: "Sjekk at beløpet står på riktig rad; det telles ikke i noen styringsparameter.",
    message: "Beløp {amount} står på {id} i grupperingen {grouping}; beløp forventes bare for {groupings}.",
  },
  "cell.excel-error": {
    what: "Cellen har en Excel-feilverdi.",
    hint: "Rett formelen eller skriv inn verdien.",
    message: "Cellen har feilverdien {error}.",
  },
  "cell.text-number": {
    what: "Tall er skrevet som tekst og blir ikke talt med.",
    hint: "Skriv bare tallet.",
    message: "{column} er skrevet som tekst («{text}») og telles ikke.",
    "hint.number": "Skriv bare tallet: {number}.",
  },
  "cell.not-a-number": {
    what: "Cellen skal ha et tall.",
    hint: "Skriv et tall, eller la cellen stå tom.",
    message: "{column} skal være et tall, men har teksten «{text}».",
    "message.invalid": "{column} har ingen gyldig tallverdi.",
    "message.logical": "{column} har en sannhetsverdi ({logical}), ikke et tall.",
  },
  "cell.negative": {
    what: "Tallet kan ikke være negativt.",
    hint: "Skriv 0 eller et positivt tall.",
    message: "{column} er negativt ({number}).",
  },
  "cell.not-whole": {
    what: "Antall må være et helt tall.",
    hint: "Skriv et helt tall.",
    message: "{column} er ikke et helt tall ({number}).",
    "hint.example": "Skriv et helt tall, f.eks. {rounded}.",
  },
  "cell.formula": {
    what: "En formel står der en verdi er ventet.",
    hint: "Det går bra hvis formelen gir riktig verdi; lim gjerne inn verdien i stedet (Lim inn utvalg, Verdier).",
    message: "{column} har formelen ={formula}.",
    "message.empty": "{column} har formelen ={formula} uten lagret verdi, så den telles som tom her.",
  },
  "cell.wrong-case": {
    what: "Verdien er skrevet med andre store og små bokstaver eller flere mellomrom enn i listen.",
    hint: "Velg verdien fra nedtrekkslisten. Den er godtatt og telles likevel.",
    message: "{column}: «{typed}» skal skrives «{canonical}».",
    "message.agencies": "Etatskoder skrives med store bokstaver: {corrections}.",
    "hint.write": "Skriv «{canonical}» (velg fra nedtrekkslisten).",
  },
  "cell.read-as": {
    what: "Verdien er skrevet annerledes enn listen (store/små bokstaver, mellomrom, skrivemåte); den er forstått og telles som listens verdi.",
    hint: "Skriv verdien slik listen har den, så regner også arkets egne formler med den.",
    message: "{column}: «{typed}» er forstått som «{read}» og telles slik.",
    "message.person-years":
      "Årsverk «{typed}» er skrevet som tekst; det er forstått som {number} og telles slik.",
    "message.understood": "{column}: «{typed}» er forstått som «{read}».",
    "hint.person-years":
      "Skriv tallet {number} på nytt i cellen, så regner også arket Styringsparametre med det.",
    "hint.write": "Skriv «{read}», så regner også arkets formler med verdien.",
  },
  "cell.total-row": {
    what: "En summeringsrad står i tabellen; den telles ikke.",
    hint: "Slett raden: styringsparametrene summerer selv, og en sumrad ville telle alt to ganger.",
    message: "Rad {row} er tabellens summeringsrad og telles ikke.",
    "message.typed": "Rad {row} («{text}») er en summeringsrad og telles ikke.",
  },
  "cell.dates-not-checked": {
    what: "Datoene er ikke kontrollert mot perioden, fordi perioden på forsiden ikke kan leses.",
    hint: "Rett perioden på forsiden (f.eks. 2026-T1) og kontroller på nytt.",
    message:
      "Datoene i {sheet} er ikke kontrollert mot perioden: perioden på forsiden kan ikke leses, og den har ikke noe årstall.",
  },
  "cell.invalid-value": {
    what: "Verdien finnes ikke i listen.",
    hint: "Velg en verdi fra nedtrekkslisten.",
    message: "{column}: «{typed}» er ikke en av verdiene {allowed}.",
    "hint.suggestion": "Mente du «{suggestion}»? Velg fra nedtrekkslisten.",
  },
  "cell.missing-value": {
    what: "En rad mangler en verdi som trengs for å telle den.",
    hint: "Velg en verdi fra nedtrekkslisten.",
    message: "{column} er tom på rad {row}; raden telles ikke i styringsparametrene som bruker {column}.",
  },
  "cell.unknown-agency": {
    what: "En etatskode i listen er ukjent.",
    hint: "Skriv etatskoder skilt med komma: AT, NAV, POL, SKE, TOLL.",
    message: "Ukjent etatskode: {codes}.",
    "hint.suggestion": "Mente du {suggestions}? Skriv koder skilt med komma: {agencies}.",
  },
  "cell.invalid-date": {
    what: "Cellen har ingen gyldig dato.",
    hint: "Skriv datoen som dd.mm.åååå.",
    message: "{column}: «{typed}» er ingen gyldig dato.",
  },
  "cell.text-date": {
    what: "Datoen er skrevet som tekst.",
    hint: "Skriv datoen på nytt slik at Excel gjenkjenner den (dd.mm.åååå).",
    message: "{column} er skrevet som tekst («{typed}»); den er lest som {date}.",
  },
  "cell.date-outside-period": {
    what: "Datoen ligger utenfor rapporteringsperioden.",
    hint: "Rett datoen, eller før raden i rapporten for riktig periode.",
    message: "{column} {date} ligger utenfor perioden {period} ({start}–{end}).",
  },
  "effects.unknown-indicator": {
    what: "Indikator-ID-en finnes ikke i katalogen.",
    hint: "Velg indikator-ID fra nedtrekkslisten.",
    message: "Indikator-ID «{id}» finnes ikke i katalogen {catalogue}.",
    "hint.suggestion": "Mente du {suggestion}?",
  },
  "effects.goal-mismatch": {
    what: "Brukermålet stemmer ikke med indikatoren.",
    hint: "Sjekk indikator-ID-en og skriv brukermålet katalogen gir den.",
    message: "Indikatoren hører til brukermål {goal}, ikke «{typed}».",
  },
  "effects.duplicate-indicator": {
    what: "Indikatoren står på mer enn én rad.",
    hint: "Behold én rad per indikator.",
    message: "{id} står også på rad {first}.",
  },
  "effects.scale": {
    what: "Verdiene for en indikator ser ut til å stå på ulik skala (andel som 0,45 mot prosent som 40).",
    hint: "Skriv alle verdiene for indikatoren på samme skala som utgangsverdien, f.eks. 45 for 45 %.",
    message:
      "Verdiene på rad {row} står på ulik skala: {fractions} ser ut som en andel, {percents} som prosent. Skriv f.eks. 45 for 45 %.",
  },
  "actors.disagreement": {
    what: "Samme aktør står flere ganger med ulike verdier; aktøren telles én gang, med den minst gunstige verdien.",
    hint: "Før aktøren på én rad med de riktige verdiene.",
    message:
      "Aktøren «{key}» står også på rad {others} med andre verdier i {fields}. Aktøren telles én gang med {counted}.",
  },
  "actions.disagreement": {
    what: "Samme Aksjons-ID står flere ganger med ulike tall; aksjonen telles én gang, med de største tallene.",
    hint: "Før aksjonen på én rad med de riktige tallene.",
    message:
      "Aksjonen «{key}» står også på rad {others} med andre tall i {fields}. Aksjonen telles én gang med {counted}.",
  },
  "effects.target-equals-baseline": {
    what: "Målverdi er lik Utgangsverdi, så fremdriften kan ikke regnes ut.",
    hint: "Sett en målverdi som er forskjellig fra utgangsverdien.",
    message: "Målverdi og Utgangsverdi er begge {value}.",
  },
  "privacy.national-id": {
    what: "Cellen inneholder et fødselsnummer, D-nummer eller H-nummer.",
    hint: "Slett nummeret og bruk en pseudonym saksreferanse. Arbeidsboken må ikke sendes videre før nummeret er fjernet (også fra skjulte ark og kommentarer).",
    message:
      "Cellen inneholder {kinds} ({masked}). Dette er personopplysninger som ikke skal stå i rapporten.",
    "message.properties":
      "Dokumentegenskapene inneholder {kinds} ({masked}). Dette er personopplysninger som ikke skal stå i rapporten.",
  },
  "privacy.name-like-reference": {
    what: "Aktørreferansen ser ut som navnet på en person.",
    hint: "Bruk en pseudonym saksreferanse (f.eks. OSL-2026-014), aldri navn eller fødselsnummer.",
    message: "Aktørreferansen «{reference}» ser ut som et personnavn.",
  },
  "read.whole-column-validation": {
    what: "En nedtrekksliste dekker hele kolonner; den gjør filen treg.",
    hint: "Begrens nedtrekkslisten til tabellens rader (Data, Datavalidering).",
    message: "Arbeidsboken: En nedtrekksliste dekker hele kolonner; den gjør filen treg.",
    "message.ref": "Arbeidsboken ({ref}): En nedtrekksliste dekker hele kolonner; den gjør filen treg.",
    "message.sheet": "Arket «{sheet}»: En nedtrekksliste dekker hele kolonner; den gjør filen treg.",
    "message.sheet-ref":
      "Arket «{sheet}» ({ref}): En nedtrekksliste dekker hele kolonner; den gjør filen treg.",
  },
  "read.string-truncated": {
    what: "En svært lang tekst ble kortet av ved lesing.",
    hint: "Kort ned teksten i cellen.",
    message: "Arbeidsboken: En svært lang tekst ble kortet av ved lesing.",
    "message.ref": "Arbeidsboken ({ref}): En svært lang tekst ble kortet av ved lesing.",
    "message.sheet": "Arket «{sheet}»: En svært lang tekst ble kortet av ved lesing.",
    "message.sheet-ref": "Arket «{sheet}» ({ref}): En svært lang tekst ble kortet av ved lesing.",
  },
  "read.sheet-skipped": {
    what: "Et ark kunne ikke leses og ble hoppet over.",
    hint: "Sjekk arket i Excel; sett eventuelt inn en ny mal og kopier verdiene over.",
    message: "Arbeidsboken: Et ark kunne ikke leses og ble hoppet over.",
    "message.ref": "Arbeidsboken ({ref}): Et ark kunne ikke leses og ble hoppet over.",
    "message.sheet": "Arket «{sheet}» kunne ikke leses og ble hoppet over.",
    "message.sheet-ref": "Arket «{sheet}» ({ref}) kunne ikke leses og ble hoppet over.",
  },
  "read.formula-without-value": {
    what: "En formel har ingen lagret verdi, så verdien er ukjent her.",
    hint: "Åpne filen i Excel og lagre den på nytt, så lagres verdiene.",
    message: "Arbeidsboken: En formel har ingen lagret verdi, så verdien er ukjent her.",
    "message.ref": "Arbeidsboken ({ref}): En formel har ingen lagret verdi, så verdien er ukjent her.",
    "message.sheet": "Arket «{sheet}»: En formel har ingen lagret verdi, så verdien er ukjent her.",
    "message.sheet-ref":
      "Arket «{sheet}» ({ref}): En formel har ingen lagret verdi, så verdien er ukjent her.",
  },
  "read.too-many-rows": {
    what: "Arket har flere rader enn kontrollen kan lese; resten er ikke kontrollert.",
    hint: "Slett tomme eller overflødige rader nederst på arket.",
    message: "Arbeidsboken: Arket har flere rader enn kontrollen kan lese; resten er ikke kontrollert.",
    "message.ref":
      "Arbeidsboken ({ref}): Arket har flere rader enn kontrollen kan lese; resten er ikke kontrollert.",
    "message.sheet": "Arket «{sheet}» har flere rader enn kontrollen kan lese; resten er ikke kontrollert.",
    "message.sheet-ref":
      "Arket «{sheet}» ({ref}) har flere rader enn kontrollen kan lese; resten er ikke kontrollert.",
  },
  "file.unreadable": {
    what: "Filen kunne ikke leses.",
    hint: "Meldingen sier hva som er galt. Kontroller at filen finnes, og lagre den i Excel som Excel-arbeidsbok (.xlsx) uten passord.",
    message: "{reason}",
    "message.unexpected": "«{file}» kunne ikke leses: {detail}",
  },
  "validation.truncated": {
    what: "Samme feil gjentar seg på svært mange rader; bare de første er listet.",
    hint: "Rett de listede radene; ofte er årsaken den samme for alle.",
    message: "{more} funn til av typen {rule} er ikke listet ({total} i alt).",
    "message.sheet": "{more} funn til av typen {rule} på arket {sheet} er ikke listet ({total} i alt).",
  },
  "consolidate.unreadable": {
    what: "En innsendt fil kunne ikke leses og telles ikke.",
    hint: "Be om filen på nytt som .xlsx.",
    message: "{note}",
  },
  "consolidate.no-identity": {
    what: "En innsending mangler rapporteringsenhet, etat eller periode og telles ikke.",
    hint: "Fyll inn rapporteringsenhet, etat og periode på forsiden og send inn på nytt.",
    message: "{note}",
  },
  "consolidate.conflict": {
    what: "To eller flere innsendinger gjelder samme enhet, etat og periode og kan ikke skilles; ingen av dem telles.",
    hint: "Avklar hvilken innsending som gjelder, og sett den til Godkjent eller fjern de andre.",
    message: "{note}",
  },
  "consolidate.unavailable": {
    what: "Radene til en innsending fra en tidligere sammenstilling er ikke med, så den telles ikke.",
    hint: "Sammenstill fra de opprinnelige filene.",
    message: "{note}",
  },
  "consolidate.duplicate": {
    what: "Samme innhold er levert mer enn én gang; det telles én gang.",
    hint: "Ingenting å rette.",
    message: "{note}",
  },
  "consolidate.superseded": {
    what: "En innsending er erstattet av en annen for samme enhet, etat og periode.",
    hint: "Kontroller at riktig innsending telles.",
    message: "{note}",
  },
  "consolidate.overlap": {
    what: "En innsending overlapper en annen periode for samme enhet og etat og telles ikke.",
    hint: "Kontroller at riktig innsending telles.",
    message: "{note}",
  },
  "consolidate.draft": {
    what: "En innsending som telles med, har status Utkast eller ingen status.",
    hint: "Be om en innsendt eller godkjent versjon.",
    message: "Innsendingen har status {status}, men telles med.",
    "message.empty": "Innsendingen har ingen status, men telles med.",
  },
  "consolidate.catalogue-version": {
    what: "En innsending er laget med en annen katalogversjon enn den som brukes.",
    hint: "Kontroller at virkemiddel-ID-ene betyr det samme i begge versjonene.",
    message:
      "Laget med katalogversjon {version}, som ikke er kjent; radene er klassifisert etter katalogversjon {inUse}.",
    "message.missing":
      "Katalogversjonen er ikke oppgitt; radene er klassifisert etter katalogversjon {inUse}.",
    "message.own":
      "Laget med katalogversjon {version}; radene er kontrollert og klassifisert etter denne versjonen, og styringsparametrene er de i {inUse}.",
  },
  "consolidate.missing-submission": {
    what: "En innsending som enhetens deltakere skal levere, er ikke blant filene.",
    hint: "Purr på innsendingen hos enheten, eller sammenstill på nytt når den er kommet.",
    message: "Ingen innsending fra {who}.",
    "message.contact": "Ingen innsending fra {who}. Kontakt: {contact}.",
  },
  "consolidate.template-version": {
    what: "En innsending er laget med en annen malversjon enn den som brukes.",
    hint: "Ingenting å rette.",
    message:
      "Laget med malversjon {version}; kolonnene er lest etter overskrift og tilordnet malversjon {inUse}.",
    "message.missing":
      "Malversjonen er ikke oppgitt; kolonnene er lest etter overskrift og tilordnet malversjon {inUse}.",
  },
  "consolidate.version-difference": {
    what: "Katalogversjonen arbeidsboken oppgir, plasserer et virkemiddel annerledes enn katalogen som brukes.",
    hint: "Godta at radene telles etter versjonen arbeidsboken oppgir, eller be om en innsending i gjeldende mal.",
    message:
      "{id} står under {grouping} i katalogversjon {named}, som arbeidsboken oppgir, men under {groupingNow} i {inUse}. Radene telles etter {named} ({named}: {grouping}; {inUse}: {groupingNow}).",
    "message.gone":
      "{id} står under {grouping} i katalogversjon {named}, som arbeidsboken oppgir, men finnes ikke i {inUse}. Radene telles etter {named} ({named}: {grouping}; {inUse}: –).",
    "hint.template": "Be enheten fylle ut mal {template} neste gang, eller godta at tallene følger {named}.",
  },
  "consolidate.incomplete": {
    what: "En innsending som telles med, mangler en tabell eller kolonne som noen styringsparametre trenger.",
    hint: "Be om en innsending med malens tabeller og kolonner (se funnene om struktur).",
    message: "En tabell eller kolonne mangler, så innsendingen bidrar ikke til: {parameters}.",
  },
  "consolidate.actor-disagreement": {
    what: "Etatene i en enhet oppgir samme aktør med ulike verdier; den minst gunstige verdien telles.",
    hint: "Avklar verdiene med etatene og rett malene, så alle oppgir det samme.",
    message:
      "Aktøren {key} i {unit} har ulike verdier i {fields} fra {files}. Aktøren telles med den minst gunstige verdien: {values}.",
  },
  "consolidate.action-disagreement": {
    what: "Etatene oppgir en felles aksjon med ulike tall; de største tallene telles.",
    hint: "Avklar verdiene med etatene og rett malene, så alle oppgir det samme.",
    message:
      "Aksjonen {key} i {unit} har ulike tall i {fields} fra {files}. Aksjonen telles med de største tallene: {values}.",
  },
  "consolidate.same-day-actions": {
    what: "To etater i en enhet har en aksjon samme dag uten Aksjons-ID; det kan være samme aksjon.",
    hint: "Gi felles aksjoner samme Aksjons-ID i alle etatenes maler.",
    message:
      "{count} etater i {unit} har en aksjon samme dag uten Aksjons-ID ({files}). Det kan være samme aksjon, som da telles flere ganger.",
  },
  "consolidate.effect-value-changed": {
    what: "Utgangsverdi eller målverdi for en indikator er endret i en senere periode samme år.",
    hint: "Avklar hvilke verdier som gjelder, og bruk dem i alle årets rapporter.",
    message:
      "{indicator} for {unit} i {year}: {changes} siden {period} ({file}). Utgangsverdi og målverdi skal være de samme hele året.",
  },
} as const satisfies Record<RuleId, RuleTexts>;

/** The English catalogue has exactly these rules and, per rule, exactly these keys. */
export type RuleTextCatalogue = {
  readonly [R in keyof typeof RULE_TEXTS_NB]: { readonly [K in keyof (typeof RULE_TEXTS_NB)[R]]: string };
};
