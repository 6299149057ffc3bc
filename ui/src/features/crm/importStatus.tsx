import { ApiError, errorMessage } from '../../api';
import { Badge, type BadgeTone } from '../../components/ui';
import type { ContactImport } from './api';

const STATUS: Record<string, [string, BadgeTone]> = {
  RUNNING: ['Running', 'info'],
  COMPLETED: ['Completed', 'success'],
  CANCELLED: ['Cancelled', 'neutral'],
};

export function importStatusLabel(status: string): string {
  return STATUS[status]?.[0] ?? status;
}

export function ImportStatusBadge({ status }: { status: string }) {
  return <Badge tone={STATUS[status]?.[1] ?? 'neutral'}>{importStatusLabel(status)}</Badge>;
}

const numbers = new Intl.NumberFormat();
export const formatCount = (n: number) => numbers.format(n);

/** "1,000 of 4,000 rows". */
export function rowsText(i: ContactImport): string {
  return `${formatCount(i.rowsDone)} of ${formatCount(i.totalRows)} ${i.totalRows === 1 ? 'row' : 'rows'}`;
}

/** What became of the rows, said once the import ended. */
export function importSummary(i: ContactImport): string {
  const what = `${formatCount(i.created)} created, ${formatCount(i.updated)} updated, ${formatCount(i.rejected)} rejected`;
  if (i.status === 'COMPLETED') return `Import completed: ${what}.`;
  if (i.status === 'CANCELLED') return `Import cancelled after ${rowsText(i)}: ${what}.`;
  return '';
}

/** The largest upload the server takes (spring.servlet.multipart.max-file-size). */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

/**
 * Why an upload was refused, said of the file: the server names `file` with a phrase that
 * continues "This file…" ("has no email column: …"); a 413 has its own sentence.
 */
export function uploadErrorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 413) return error.message;
    const detail = error.fieldErrors.file;
    if (detail) return `This file ${detail}`;
  }
  return errorMessage(error);
}
