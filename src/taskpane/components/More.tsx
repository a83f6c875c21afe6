/**
 * "Mer": actions and details that only some users need (the secretariat's catalogue work, the catalogue's
 * provenance, machine-readable downloads), folded away under one disclosure so the pane's everyday path stays
 * short. Fluent's Accordion header is a button with aria-expanded, the WAI-ARIA disclosure pattern.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useI18n } from "../context";

const useStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalS,
    margin: `0 0 ${tokens.spacingVerticalS} 0`,
  },
});

export function More({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <Accordion collapsible>
      <AccordionItem value="more">
        <AccordionHeader size="small">{t("common.more")}</AccordionHeader>
        <AccordionPanel className={styles.panel}>{children}</AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
