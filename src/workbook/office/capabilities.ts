/**
 * What the running Excel supports, asked at run time. ExcelApi 1.7 is the floor; above it each feature is
 * optional: without it the operation still runs and its result names what was missing (nb + en).
 */
import type { LocalText } from "../../catalogue/schema";
import { FLOOR } from "./api-requirements";

/** `Office.context.requirements.isSetSupported`, or a stand-in with the same answers. */
export type SetSupported = (name: string, version: string) => boolean;

export type FeatureId =
  "dropDowns" | "calculationSuspend" | "screenUpdatingSuspend" | "newWorkbook" | "pageLayout";

export interface Feature {
  id: FeatureId;
  version: string;
  /** What the user loses without it. */
  effect: LocalText;
}

export const FEATURES: Record<FeatureId, Feature> = {
  dropDowns: {
    id: "dropDowns",
    version: "1.8",
    effect: {
      nb: "Nedtrekkslister (datavalidering) ble ikke lagt inn: denne Excel-versjonen støtter det ikke fra et tillegg (krever ExcelApi 1.8). Verdiene kontrolleres likevel når du kjører kontrollen.",
      en: "Drop-down lists (data validation) were not added: this Excel version does not support them from an add-in (needs ExcelApi 1.8). Values are still checked when you run the check.",
    },
  },
  // Application.suspendApiCalculationUntilNextSync is ExcelApi 1.6, below the floor (1.7): always there. Kept as a
  // feature so that a lower floor would still be handled.
  // https://learn.microsoft.com/javascript/api/excel/excel.application#excel-excel-application-suspendapicalculationuntilnextsync-member(1)
  calculationSuspend: {
    id: "calculationSuspend",
    version: "1.6",
    effect: {
      nb: "Excel regnet om underveis (krever ExcelApi 1.6 for å utsette omregning), så innsettingen tok lengre tid.",
      en: "Excel recalculated along the way (suspending calculation needs ExcelApi 1.6), so writing took longer.",
    },
  },
  screenUpdatingSuspend: {
    id: "screenUpdatingSuspend",
    version: "1.9",
    effect: {
      nb: "Skjermen ble oppdatert underveis (krever ExcelApi 1.9 for å utsette), så innsettingen tok lengre tid.",
      en: "The screen was updated along the way (suspending it needs ExcelApi 1.9), so writing took longer.",
    },
  },
  pageLayout: {
    id: "pageLayout",
    version: "1.9",
    effect: {
      nb: "Utskriftsoppsettet (liggende, tilpasset én side i bredden, overskriftsraden på hver side) ble ikke lagt inn: denne Excel-versjonen støtter det ikke fra et tillegg (krever ExcelApi 1.9). Du kan velge det selv under Sideoppsett.",
      en: "The print layout (landscape, fitted to one page across, header row on every page) was not set: this Excel version does not support it from an add-in (needs ExcelApi 1.9). You can choose it yourself under Page Layout.",
    },
  },
  newWorkbook: {
    id: "newWorkbook",
    version: "1.8",
    effect: {
      nb: "Denne Excel-versjonen kan ikke åpne en ny arbeidsbok fra et tillegg (krever ExcelApi 1.8); resultatet ble lagt i den åpne arbeidsboken.",
      en: "This Excel version cannot open a new workbook from an add-in (needs ExcelApi 1.8); the result was put in the open workbook.",
    },
  },
};

export interface MissingFeature {
  feature: FeatureId;
  requirement: string;
  message: LocalText;
}

export class Capabilities {
  constructor(private readonly supported: SetSupported) {}

  has(feature: FeatureId): boolean {
    return this.supported("ExcelApi", FEATURES[feature].version);
  }

  meetsFloor(): boolean {
    return this.supported(FLOOR.set, FLOOR.version);
  }

  missing(feature: FeatureId): MissingFeature {
    const f = FEATURES[feature];
    return { feature, requirement: `ExcelApi ${f.version}`, message: f.effect };
  }
}

export const FLOOR_MESSAGE: LocalText = {
  nb: "Denne Excel-versjonen er for gammel for tillegget (krever ExcelApi 1.7: Microsoft 365, Excel 2019 eller nyere, eller Excel på nettet).",
  en: "This Excel version is too old for the add-in (needs ExcelApi 1.7: Microsoft 365, Excel 2019 or later, or Excel on the web).",
};

/** The host's own answers; outside Office (file mode, tests) nothing above the floor is assumed. */
export function officeSetSupported(): SetSupported {
  return (name, version) =>
    typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported(name, version) === true;
}
