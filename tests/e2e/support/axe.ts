/**
 * Accessibility check of a page with axe-core against WCAG 2.1 levels A and AA, the level Norway's regulation on
 * universal design of ICT (forskrift om universell utforming av IKT-løsninger) requires.
 */
import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";

export interface AxeViolation {
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** The violations axe-core finds on the page as it is now; `tags` widens the rule set (e.g. "best-practice"). */
export async function axeViolations(
  page: Page,
  tags: readonly string[] = WCAG_TAGS,
): Promise<AxeViolation[]> {
  // Colours are judged as they settle: a panel still fading in (Fluent's motion) would read as low contrast.
  // Endless animations (a spinner) are not waited for.
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((a) => a.playState !== "running" || a.effect?.getComputedTiming().endTime === Infinity),
  );
  // @axe-core/playwright is typed against @playwright/test's Page; playwright-core's is the same object.
  const results = await new AxeBuilder({ page: page as never })
    .withTags([...tags])
    // Fluent UI's focus management (Tabster) adds focusable, aria-hidden sentinels on purpose; axe's
    // aria-hidden-focus rule misreads them (a known false positive that Microsoft's own
    // accessibility-insights-web suppresses the same way).
    .exclude("[data-tabster-dummy]")
    .analyze();
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(" ")),
  }));
}

/** Fails the test, naming the state, when axe-core finds any violation on the page as it is now. */
export async function expectNoAxeViolations(page: Page, state: string): Promise<void> {
  const violations = await axeViolations(page);
  expect({ state, violations }).toEqual({ state, violations: [] });
}
