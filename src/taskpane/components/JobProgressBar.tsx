/** Progress of a running job, with a cancel button. */
import { Button, Field, makeStyles, ProgressBar, tokens } from "@fluentui/react-components";
import { useI18n } from "../context";
import type { JobProgress } from "../jobs";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

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
  const styles = useStyles();
  const text =
    label ??
    (!progress
      ? ""
      : progress.file
        ? t("common.progressFile", { file: progress.file, done: progress.done, total: progress.total })
        : t("common.progress", { done: progress.done, total: progress.total }));
  return (
    <div className={styles.root}>
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
