/** What a section's work is doing: progress with cancel while a job runs, then its outcome or error. */
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { Action } from "../useAction";
import { JobProgressBar } from "./JobProgressBar";

export interface StatusMessage {
  intent: "success" | "error";
  text: string;
}

export function JobStatus({ action }: { action: Pick<Action, "busy" | "progress" | "message" | "cancel"> }) {
  return (
    <>
      {action.busy && action.progress && (
        <JobProgressBar progress={action.progress} onCancel={action.cancel} />
      )}
      {action.message && (
        <MessageBar intent={action.message.intent}>
          <MessageBarBody>{action.message.text}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
