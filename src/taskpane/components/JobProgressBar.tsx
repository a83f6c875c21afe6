/** Progress of a running job, with a cancel button. */
import { Button, Field, ProgressBar, tokens } from "@fluentui/react-components";
import { useI18n } from "../context";
import type { JobProgress } from "../jobs";

interface Props {
  /** Files done of all; null when the work cannot count its steps (work in Excel): the bar then moves on its own. */
  progress: JobProgress | null;
  onCancel(): void;
  /** What is shown under the bar instead of the file count. */
  label?: string;
  /** Cancel was pressed and the work is winding down: the button is off. */
  cancelling?: boolean;
}

export function JobProgressBar({ progress, onCancel, label, cancelling = false }: Props) {
  const { t } = useI18n();
  const text =
    label ??
    (!progress
      ? ""
      : progress.file
        ? t("common.progressFile", { file: progress.file, done: progress.done, total: progress.total })
        : t("common.progress", { done: progress.done, total: progress.total }));
  return (
    <div style={{ display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS }}>
      <Field label={t("common.working")} validationMessage={text} validationState="none">
        <ProgressBar
          value={progress?.total ? progress.done / progress.total : undefined}
          max={1}
          thickness="large"
        />
      </Field>
      <div>
        <Button onClick={onCancel} disabled={cancelling}>
          {t("common.cancel")}
        </Button>
      </div>
    </div>
  );
}

/** Long work in Excel (`useExcelWork`): shown once the work reports itself slow. */
export function ExcelWorkProgress({
  work,
}: {
  work: { slow: { cancelling: boolean } | null; cancel(): void };
}) {
  const { t } = useI18n();
  if (!work.slow) return null;
  return (
    <JobProgressBar
      progress={null}
      onCancel={work.cancel}
      cancelling={work.slow.cancelling}
      label={work.slow.cancelling ? t("excelWork.cancelling") : t("excelWork.slow")}
    />
  );
}
