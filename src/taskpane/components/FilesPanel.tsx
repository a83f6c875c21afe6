/** The returned workbooks to check or consolidate: pick, drop, or build the sample set; shared by both sections. */
import { Button, makeStyles, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import { useRef, useState } from "react";
import { useI18n, usePane } from "../context";
import { useAction } from "../useAction";
import { FilePicker } from "./FilePicker";
import { JobStatus } from "./JobStatus";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, maxHeight: "8em", overflowY: "auto" },
});

export function FilesPanel({ disabled }: { disabled?: boolean }) {
  const { t } = useI18n();
  const { files, setFiles, host, catalogueText, announce } = usePane();
  const sampleJob = useAction();
  const styles = useStyles();
  const [problems, setProblems] = useState<string[]>([]);
  const pick = useRef<HTMLButtonElement>(null);
  const busy = sampleJob.busy;

  async function samples() {
    const made = await sampleJob.job("samples", { catalogueText });
    if (!made) return;
    setFiles(made);
    setProblems([]);
    sampleJob.finish(t("files.samplesLoaded", { count: made.length }));
  }

  function clear() {
    setFiles([]);
    // The button goes with the list: focus moves to choosing files again.
    pick.current?.focus();
    announce(t("files.cleared"));
  }

  return (
    <div className={styles.root}>
      <FilePicker
        extension=".xlsx"
        multiple
        label={t("files.pick")}
        disabled={disabled || busy}
        buttonRef={pick}
        onFiles={(picked, why) => {
          // A file picked again replaces the earlier one of the same name.
          const names = new Set(picked.map((f) => f.name));
          setFiles([...files.filter((f) => !names.has(f.name)), ...picked]);
          setProblems(why);
          if (picked.length) announce(t("files.chosen", { count: files.length + picked.length }));
        }}
      />
      {host.kind === "file" && (
        <div className={styles.row}>
          <Button onClick={() => void samples()} disabled={disabled || busy}>
            {t("files.samples")}
          </Button>
          <Text size={200}>{t("files.samplesHint")}</Text>
        </div>
      )}
      <JobStatus action={sampleJob} />
      {problems.map((p) => (
        <MessageBar key={p} intent="warning">
          <MessageBarBody>{p}</MessageBarBody>
        </MessageBar>
      ))}
      {files.length > 0 && (
        <div>
          <div className={styles.row}>
            <Text weight="semibold">{t("files.chosen", { count: files.length })}</Text>
            <Button size="small" appearance="subtle" onClick={clear} disabled={disabled}>
              {t("files.clear")}
            </Button>
          </div>
          <ul className={styles.list} aria-label={t("files.listLabel")} tabIndex={0}>
            {files.map((f) => (
              <li key={f.name}>{f.name}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
