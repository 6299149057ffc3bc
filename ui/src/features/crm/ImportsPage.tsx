import { useId, useRef, useState, type DragEvent, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { errorMessage } from '../../api';
import { Alert, Button, Card, EmptyState, PageHeader, SkeletonRows } from '../../components/ui';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useWorkspaceSection } from '../workspaces/WorkspaceSection';
import { crmApi, useImportMutation, useImports, type ContactImport } from './api';
import { crmPath } from './paths';
import { RelativeTime } from './PageParts';
import {
  formatCount,
  ImportStatusBadge,
  MAX_UPLOAD_BYTES,
  rowsText,
  uploadErrorMessage,
} from './importStatus';

function ColumnsHelp() {
  return (
    <details className="crm-help">
      <summary>Which columns are read</summary>
      <p>
        The first line names the columns (comma- or semicolon-separated); one must be the email.
        Names are matched ignoring case, spaces, dashes and underscores:
      </p>
      <ul className="crm-columns-list">
        <li>
          <strong>Email</strong>: <code>email</code>, <code>email address</code> (required)
        </li>
        <li>
          <strong>First name</strong>: <code>first name</code>, <code>given name</code>
        </li>
        <li>
          <strong>Last name</strong>: <code>last name</code>, <code>surname</code>
        </li>
        <li>
          <strong>Phone</strong>: <code>phone</code>, <code>mobile</code>
        </li>
        <li>
          <strong>Tags</strong>: <code>tags</code>, separated by <code>,</code> or <code>;</code>
        </li>
        <li>
          <strong>Consent</strong>: <code>consent</code> or <code>status</code>: subscribed,
          unsubscribed, bounced or complained
        </li>
      </ul>
      <p>
        Every other column becomes a custom field of that name (<code>Member since</code> →{' '}
        <code>member_since</code>). Contacts already here are updated: names, phone and fields given
        overwrite, tags are added. A file holds at most 200,000 rows and 50 MB.
      </p>
      <p>
        <strong>Consent never goes up through a file:</strong> a row saying subscribed never
        re-subscribes someone who unsubscribed, bounced or complained; a row saying unsubscribed
        does unsubscribe. Rows with no valid email, or repeating an earlier row&apos;s email, are
        rejected and listed in a report you can download.
      </p>
    </details>
  );
}

function UploadForm() {
  const { workspaceId } = useWorkspaceSection();
  const navigate = useNavigate();
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState('');
  const [dragging, setDragging] = useState(false);
  const upload = useImportMutation(workspaceId, (chosen: File) =>
    crmApi.upload(workspaceId, chosen),
  );

  const choose = (chosen: File | null) => {
    setFile(chosen);
    setProblem(
      chosen && chosen.size > MAX_UPLOAD_BYTES
        ? 'This file is larger than 50 MB: split it into smaller files.'
        : '',
    );
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const dropped = event.dataTransfer.files[0] ?? null;
    if (dropped) choose(dropped);
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!file) {
      setProblem('Choose a CSV file first.');
      inputRef.current?.focus();
      return;
    }
    if (problem) {
      inputRef.current?.focus();
      return;
    }
    try {
      const started = await upload.mutateAsync(file);
      navigate(crmPath(workspaceId, 'imports', started.id));
    } catch (error) {
      setProblem(uploadErrorMessage(error));
      inputRef.current?.focus();
    }
  };

  const errorId = `${inputId}-error`;
  return (
    <form onSubmit={onSubmit} noValidate className="form-stack">
      <div
        className={['crm-dropzone', dragging && 'dragging', problem && 'invalid']
          .filter(Boolean)
          .join(' ')}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label className="field-label" htmlFor={inputId}>
          CSV file
        </label>
        <input
          ref={inputRef}
          id={inputId}
          name="file"
          type="file"
          accept=".csv,text/csv"
          aria-invalid={problem ? true : undefined}
          aria-describedby={[`${inputId}-hint`, problem && errorId].filter(Boolean).join(' ')}
          onChange={(event) => choose(event.target.files?.[0] ?? null)}
        />
        <p className="field-hint" id={`${inputId}-hint`}>
          Choose a file or drop it here.
          {file && ` Selected: ${file.name} (${formatCount(Math.ceil(file.size / 1024))} KB).`}
        </p>
        {problem && (
          <p className="field-error" id={errorId} role="alert">
            {problem}
          </p>
        )}
      </div>
      <div className="store-form-actions">
        <Button type="submit" busy={upload.isPending}>
          Start import
        </Button>
      </div>
    </form>
  );
}

function ImportsTable({ imports }: { imports: ContactImport[] }) {
  const { workspaceId } = useWorkspaceSection();
  return (
    <div className="table-wrap">
      <table className="table" aria-labelledby="imports-title">
        <thead>
          <tr>
            <th scope="col">File</th>
            <th scope="col">Status</th>
            <th scope="col">Progress</th>
            <th scope="col">Created · updated · rejected</th>
            <th scope="col">Started</th>
          </tr>
        </thead>
        <tbody>
          {imports.map((i) => (
            <tr key={i.id}>
              <td data-label="File">
                <Link
                  className="cell-strong store-break"
                  to={crmPath(workspaceId, 'imports', i.id)}
                >
                  {i.fileName || 'Import'}
                </Link>
              </td>
              <td data-label="Status">
                <ImportStatusBadge status={i.status} />
              </td>
              <td data-label="Progress">
                {rowsText(i)} ({i.percentDone}%)
              </td>
              <td data-label="Created · updated · rejected">
                {formatCount(i.created)} · {formatCount(i.updated)} · {formatCount(i.rejected)}
              </td>
              <td data-label="Started">
                <RelativeTime at={i.createdAt} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ImportsPage() {
  const { workspaceId, workspace, permissions } = useWorkspaceSection();
  useDocumentTitle('Imports', workspace.name);
  const query = useImports(workspaceId);
  const imports = query.data?.items ?? [];
  return (
    <>
      <PageHeader
        eyebrow={workspace.name}
        title="Imports"
        description="Bring contacts from another tool with a CSV file; the rows are imported in the background and you can watch them arrive."
      />
      {permissions.canWrite && (
        <Card
          title="Import a CSV file"
          titleId="upload-title"
          description="The first line names the columns, one of them the email. A file never re-subscribes someone who unsubscribed, bounced or complained."
        >
          <UploadForm />
          <ColumnsHelp />
        </Card>
      )}
      <Card title="Recent imports" titleId="imports-title">
        {query.isPending ? (
          <SkeletonRows label="Loading imports…" />
        ) : !query.data ? (
          <Alert title="Could not load the imports">{errorMessage(query.error)}</Alert>
        ) : imports.length === 0 ? (
          <EmptyState icon="⇪" title="No imports yet">
            Imports you start appear here with their progress and results.
          </EmptyState>
        ) : (
          <ImportsTable imports={imports} />
        )}
      </Card>
    </>
  );
}
