/** Progress of a running job, with a cancel button. */
import { Button, Field, makeStyles, ProgressBar, tokens } from "@fluentui/react-components";
import { useI18n } from "../context";
import type { JobProgress } from "../jobs";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

export function JobProgressBar({ progress, onCancel }: { progress: JobProgress; onCancel(): void }) {
  const { t } = useI18n();
  const styles = useStyles();
  const label = progress.file
    ? t("common.progressFile", { file: progress.file, done: progress.done, total: progress.total })
    : t("common.progress", { done: progress.done, total: progress.total });
  return (
    <div className={styles.root}>
      <Field label={t("common.working")} validationMessage={label} validationState="none">
        <ProgressBar
          value={progress.total ? progress.done / progress.total : undefined}
          max={1}
          thickness="large"
        />
      </Field>
      <div>
        <Button onClick={onCancel}>{t("common.cancel")}</Button>
      </div>
    </div>
  );
}
