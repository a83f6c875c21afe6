/** Pick files with a button (keyboard) or drop them on the zone (mouse); reads them into memory. */
import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useId, useRef, useState, type DragEvent, type Ref } from "react";
import { useI18n } from "../context";
import type { PickedFile } from "../model";

export const MAX_FILE_MB = 50;

export interface FilePickerProps {
  /** File name ending the picker accepts, e.g. ".xlsx". */
  extension: string;
  multiple: boolean;
  label: string;
  onFiles(files: PickedFile[], problems: string[]): void;
  disabled?: boolean;
  /** Given the button that opens the file dialog (for moving focus to it). */
  buttonRef?: Ref<HTMLButtonElement>;
}

const useStyles = makeStyles({
  zone: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  active: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  hidden: { display: "none" },
});

export function FilePicker({ extension, multiple, label, onFiles, disabled, buttonRef }: FilePickerProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const hintId = useId();

  async function take(list: FileList | null) {
    if (!list || list.length === 0) return;
    const { files, problems } = await readPicked(
      Array.from(list).slice(0, multiple ? undefined : 1),
      extension,
      t,
    );
    onFiles(files, problems);
  }

  function onDrop(e: DragEvent) {
    e.preventDefault();
    setOver(false);
    if (!disabled) void take(e.dataTransfer.files);
  }

  return (
    <div
      className={over ? `${styles.zone} ${styles.active}` : styles.zone}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      data-testid="drop-zone"
    >
      <Button
        ref={buttonRef}
        onClick={() => input.current?.click()}
        disabled={disabled}
        aria-describedby={hintId}
      >
        {label}
      </Button>
      <Text id={hintId} size={200}>
        {multiple ? t("files.drop") : t("files.dropOne")}
      </Text>
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        accept={extension}
        multiple={multiple}
        tabIndex={-1}
        aria-hidden="true"
        onChange={(e) => {
          const list = e.currentTarget.files;
          void take(list).finally(() => {
            if (input.current) input.current.value = "";
          });
        }}
      />
    </div>
  );
}

/** Reads picked files, skipping (and naming) those of the wrong kind or too large. */
export async function readPicked(
  list: File[],
  extension: string,
  t: ReturnType<typeof useI18n>["t"],
): Promise<{ files: PickedFile[]; problems: string[] }> {
  const files: PickedFile[] = [];
  const problems: string[] = [];
  for (const f of list) {
    if (!f.name.toLowerCase().endsWith(extension)) {
      problems.push(t("files.wrongType", { file: f.name, ext: extension }));
      continue;
    }
    if (f.size > MAX_FILE_MB * 1024 * 1024) {
      problems.push(
        t("files.tooLarge", { file: f.name, size: Math.round(f.size / 1048576), max: MAX_FILE_MB }),
      );
      continue;
    }
    try {
      files.push({ name: f.name, bytes: await readBytes(f) });
    } catch (e) {
      problems.push(
        t("files.unreadable", { file: f.name, detail: e instanceof Error ? e.message : String(e) }),
      );
    }
  }
  return { files, problems };
}

function readBytes(file: File): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error("read failed"));
    reader.readAsArrayBuffer(file);
  });
}
