/**
 * What a section's work is doing: progress with cancel while a job runs, then its outcome or error, which the
 * action focuses when it ends (`useAction`).
 */
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useI18n } from "../context";
import type { Action } from "../useAction";
import { JobProgressBar } from "./JobProgressBar";

export interface StatusMessage {
  intent: "success" | "info" | "error";
  text: string;
}

export function JobStatus({
  action,
}: {
  action: Pick<Action, "busy" | "progress" | "slow" | "message" | "cancel" | "messageRef">;
}) {
  const { t } = useI18n();
  return (
    <>
      {action.busy && action.progress && (
        <JobProgressBar progress={action.progress} onCancel={action.cancel} />
      )}
      {action.busy && action.slow && (
        <JobProgressBar
          progress={null}
          onCancel={action.cancel}
          cancelling={action.slow.cancelling}
          label={action.slow.cancelling ? t("excelWork.cancelling") : t("excelWork.slow")}
        />
      )}
      {action.message && (
        <MessageBar intent={action.message.intent} ref={action.messageRef} tabIndex={-1}>
          <MessageBarBody>{action.message.text}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
