/** What a section's work is doing: progress with cancel while it runs, then its error or outcome. */
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { JobProgress } from "../jobs";
import { JobProgressBar } from "./JobProgressBar";

export interface StatusMessage {
  intent: "success" | "error";
  text: string;
}

interface Props {
  job: { running: boolean; progress: JobProgress | null; error: string | null; cancel(): void };
  message: StatusMessage | null;
}

export function JobStatus({ job, message }: Props) {
  return (
    <>
      {job.running && job.progress && <JobProgressBar progress={job.progress} onCancel={job.cancel} />}
      {job.error && (
        <MessageBar intent="error">
          <MessageBarBody>{job.error}</MessageBarBody>
        </MessageBar>
      )}
      {message && (
        <MessageBar intent={message.intent}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
