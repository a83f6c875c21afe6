/**
 * How the product shows a date: dd.mm.åååå (15.04.2026), in both languages, wherever a date is written for people
 * to read: the pane, the command line's text, the sheets and the annual report. Excel's date cells hold serial
 * day numbers; they are shown the same way.
 */
import { serialToDate } from "./period";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/;

/** An ISO date (yyyy-mm-dd, a time after it ignored) as dd.mm.åååå; any other text is returned as it is. */
export function formatDate(iso: string): string {
  const m = ISO_DATE.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

/** An Excel serial day number (1900 date system) as dd.mm.åååå, or null when it is no day Excel can show. */
export function formatSerialDate(serial: number): string | null {
  const iso = serialToDate(serial);
  return iso === null ? null : formatDate(iso);
}
