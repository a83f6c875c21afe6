/**
 * What the running Excel supports, asked at run time. ExcelApi 1.7 is the floor; above it each feature is
 * optional: without it the operation still runs and its result names what was missing (nb + en,
 * from the message catalogues: `excel.feature.<id>`).
 */
import type { LocalText } from "../../catalogue/schema";
import { bilingual, type MessageKey } from "../../i18n";
import { FLOOR } from "./api-requirements";

/** `Office.context.requirements.isSetSupported`, or a stand-in with the same answers. */
export type SetSupported = (name: string, version: string) => boolean;

export type FeatureId =
  "dropDowns" | "calculationSuspend" | "screenUpdatingSuspend" | "newWorkbook" | "pageLayout";

export interface Feature {
  id: FeatureId;
  version: string;
  /** What the user loses without it. */
  effect: MessageKey;
}

export const FEATURES: Record<FeatureId, Feature> = {
  dropDowns: {
    id: "dropDowns",
    version: "1.8",
    effect: "excel.feature.dropDowns",
  },
  // Application.suspendApiCalculationUntilNextSync is ExcelApi 1.6, below the floor (1.7): always there. Kept as a
  // feature so that a lower floor would still be handled.
  // https://learn.microsoft.com/javascript/api/excel/excel.application#excel-excel-application-suspendapicalculationuntilnextsync-member(1)
  calculationSuspend: {
    id: "calculationSuspend",
    version: "1.6",
    effect: "excel.feature.calculationSuspend",
  },
  screenUpdatingSuspend: {
    id: "screenUpdatingSuspend",
    version: "1.9",
    effect: "excel.feature.screenUpdatingSuspend",
  },
  pageLayout: {
    id: "pageLayout",
    version: "1.9",
    effect: "excel.feature.pageLayout",
  },
  newWorkbook: {
    id: "newWorkbook",
    version: "1.8",
    effect: "excel.feature.newWorkbook",
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
    return { feature, requirement: `ExcelApi ${f.version}`, message: bilingual(f.effect) };
  }
}

/** The host's own answers; outside Office (file mode, tests) nothing above the floor is assumed. */
export function officeSetSupported(): SetSupported {
  return (name, version) =>
    typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported(name, version) === true;
}
