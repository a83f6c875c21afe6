/** When template sheets would clash with sheets in the workbook: choose new names, or cancel. */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
} from "@fluentui/react-components";
import { useState } from "react";
import { normalizeName } from "../../core/model/snapshot";
import { freeSheetName, MAX_SHEET_NAME_LENGTH, sheetNameProblem } from "../../core/names";
import { useI18n } from "../context";

export interface NameClashDialogProps {
  clashes: string[];
  existingSheets: string[];
  /** All sheet names of the template (a new name must not take one of them either). */
  templateSheets: string[];
  onApply(renames: Record<string, string>): void;
  onCancel(): void;
}

/** Whether each chosen name has a problem: one Excel refuses (sheetNameProblem), or taken. */
export function nameProblems(
  choices: Record<string, string>,
  existingSheets: string[],
  templateSheets: string[],
): Record<string, boolean> {
  const taken = new Set(existingSheets.map(normalizeName));
  const chosen = new Map<string, number>();
  for (const v of Object.values(choices))
    chosen.set(normalizeName(v), (chosen.get(normalizeName(v)) ?? 0) + 1);
  const others = new Set(templateSheets.filter((s) => !(s in choices)).map(normalizeName));
  const bad: Record<string, boolean> = {};
  for (const [from, to] of Object.entries(choices)) {
    const n = normalizeName(to);
    bad[from] = sheetNameProblem(to) !== null || taken.has(n) || others.has(n) || (chosen.get(n) ?? 0) > 1;
  }
  return bad;
}

export function NameClashDialog({
  clashes,
  existingSheets,
  templateSheets,
  onApply,
  onCancel,
}: NameClashDialogProps) {
  const { t } = useI18n();
  const [choices, setChoices] = useState<Record<string, string>>(() => {
    const taken = new Set([...existingSheets, ...templateSheets].map(normalizeName));
    const out: Record<string, string> = {};
    for (const c of clashes) {
      out[c] = freeSheetName(c, (name) => taken.has(normalizeName(name)));
      taken.add(normalizeName(out[c]));
    }
    return out;
  });
  const problems = nameProblems(choices, existingSheets, templateSheets);
  const ok = Object.values(problems).every((p) => !p);
  return (
    <Dialog open modalType="modal" onOpenChange={(_, d) => !d.open && onCancel()}>
      <DialogSurface aria-describedby="clash-intro">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (ok) onApply(choices);
          }}
        >
          <DialogBody>
            <DialogTitle>{t("templates.clash.title")}</DialogTitle>
            <DialogContent>
              <p id="clash-intro">{t("templates.clash.intro")}</p>
              {clashes.map((c) => (
                <Field
                  key={c}
                  label={t("templates.clash.newName", { sheet: c })}
                  validationState={problems[c] ? "error" : "none"}
                  validationMessage={problems[c] ? t("templates.clash.invalid") : undefined}
                >
                  <Input
                    value={choices[c]}
                    maxLength={MAX_SHEET_NAME_LENGTH}
                    onChange={(_, d) => setChoices((prev) => ({ ...prev, [c]: d.value }))}
                  />
                </Field>
              ))}
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" type="submit" disabled={!ok}>
                {t("templates.clash.apply")}
              </Button>
              <Button onClick={onCancel}>{t("common.cancel")}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
