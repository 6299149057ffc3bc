import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { errorMessage } from '../../api';
import { Alert, Button, Card, PageHeader } from '../../components/ui';
import { formatDateTime } from '../../lib/format';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { UpdatedAgo } from '../runs/UpdatedAgo';
import { focusHeading } from '../store/focus';
import { useWorkspaceSection } from '../workspaces/WorkspaceSection';
import { crmApi, isRunningImport, useImport, useImportMutation, type ContactImport } from './api';
import { crmPath } from './paths';
import {
  formatCount,
  importStatusLabel,
  ImportStatusBadge,
  importSummary,
  rowsText,
} from './importStatus';
import { BackLink } from '../../components/BackLink';
import { RecordUnavailable } from '../../components/RecordUnavailable';

/** Saves a downloaded file the way a link with `download` would. */
export function saveFile(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has handed the blob to the browser's download; free it once that has begun.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ImportProgress({ contactImport }: { contactImport: ContactImport }) {
  const percent = Math.min(100, Math.max(0, contactImport.percentDone));
  return (
    <>
      <p className="crm-match" id="import-progress-label">
        {rowsText(contactImport)} · {percent}%
      </p>
      <div
        className="crm-progress"
        role="progressbar"
        aria-labelledby="import-progress-label"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent}%, ${rowsText(contactImport)}`}
      >
        <div className="crm-progress-bar" style={{ width: `${percent}%` }} />
      </div>
      <dl className="crm-counts">
        <div>
          <dt>Created</dt>
          <dd>{formatCount(contactImport.created)}</dd>
        </div>
        <div>
          <dt>Updated</dt>
          <dd>{formatCount(contactImport.updated)}</dd>
        </div>
        <div>
          <dt>Rejected</dt>
          <dd>{formatCount(contactImport.rejected)}</dd>
        </div>
      </dl>
    </>
  );
}

function RejectionsDownload({ contactImport }: { contactImport: ContactImport }) {
  const { workspaceId } = useWorkspaceSection();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');
  if (contactImport.rejected === 0) return null;
  const download = async () => {
    setBusy(true);
    setProblem('');
    try {
      const file = await crmApi.rejections(workspaceId, contactImport.id);
      saveFile(file.blob, file.fileName ?? `import-${contactImport.id}-rejected.csv`);
    } catch (error) {
      setProblem(`Could not download the rejected rows: ${errorMessage(error)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="crm-rejections">
      <p>
        {formatCount(contactImport.rejected)}{' '}
        {contactImport.rejected === 1 ? 'row was' : 'rows were'} rejected. The report lists each
        with its line in the file (the header is line 1) and the reason; fix them and import that
        file again.
      </p>
      <Button variant="secondary" busy={busy} onClick={() => void download()}>
        Download rejected rows (CSV)
      </Button>
      <Alert>{problem}</Alert>
    </div>
  );
}

export function ImportPage() {
  const { workspaceId, workspace, permissions } = useWorkspaceSection();
  const { importId = '' } = useParams();
  const query = useImport(workspaceId, importId);
  const contactImport = query.data;
  const cancel = useImportMutation(workspaceId, () => crmApi.cancelImport(workspaceId, importId));
  const [stopping, setStopping] = useState(false);
  useDocumentTitle(contactImport?.fileName ?? 'Import', workspace.name);
  const backLink = <BackLink to={crmPath(workspaceId, 'imports')}>All imports</BackLink>;
  if (!contactImport) {
    return (
      <>
        {backLink}
        <RecordUnavailable query={query} noun="import" />
      </>
    );
  }
  const running = isRunningImport(contactImport);
  return (
    <>
      {backLink}
      <PageHeader
        eyebrow={workspace.name}
        titleId="import-title"
        title={`Import of ${contactImport.fileName || 'a CSV file'}`}
        description={
          <span className="store-status-line">
            <ImportStatusBadge status={contactImport.status} />
            <span>Started {formatDateTime(contactImport.createdAt)}</span>
            <UpdatedAgo at={query.dataUpdatedAt} live={running} />
          </span>
        }
      />
      {/* Said once, when the import ends; the bar itself is not announced at every step. */}
      <p className="sr-only" role="status" aria-live="polite">
        {importSummary(contactImport)}
      </p>
      {query.isError && (
        <Alert tone="warning">
          Live updates paused: {errorMessage(query.error)} The page retries on its own.
        </Alert>
      )}
      <Card title="Progress" titleId="import-progress-title">
        <ImportProgress contactImport={contactImport} />
        {!running && (
          // Not a live region: the status line above says it once.
          <p className={`alert alert-${contactImport.status === 'COMPLETED' ? 'success' : 'info'}`}>
            {importSummary(contactImport)}
          </p>
        )}
        {running && stopping && (
          <p className="muted">Stopping after the rows in progress; what was imported stays.</p>
        )}
        {cancel.error && <Alert>{errorMessage(cancel.error)}</Alert>}
        {running && permissions.canWrite && (
          <div className="store-form-actions">
            <Button
              variant="secondary"
              busy={cancel.isPending}
              disabled={stopping}
              onClick={() =>
                cancel.mutate(undefined, {
                  onSuccess: () => {
                    setStopping(true);
                    focusHeading('import-title');
                  },
                })
              }
            >
              Cancel import
            </Button>
          </div>
        )}
        <RejectionsDownload contactImport={contactImport} />
      </Card>
      <Card title="File" titleId="import-file-title">
        <dl className="details">
          <dt>Status</dt>
          <dd>{importStatusLabel(contactImport.status)}</dd>
          <dt>Rows</dt>
          <dd>{formatCount(contactImport.totalRows)}</dd>
          <dt>Columns</dt>
          <dd className="store-break">{(contactImport.columns ?? []).join(', ') || '—'}</dd>
          {contactImport.finishedAt && (
            <>
              <dt>Finished</dt>
              <dd>{formatDateTime(contactImport.finishedAt)}</dd>
            </>
          )}
        </dl>
        {!running && (
          <p>
            <Link to={crmPath(workspaceId)}>See the contacts</Link>
          </p>
        )}
      </Card>
    </>
  );
}
