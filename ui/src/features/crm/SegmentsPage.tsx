import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { errorMessage } from '../../api';
import { Alert, Card, EmptyState, PageHeader, SkeletonRows } from '../../components/ui';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useWorkspaceSection } from '../workspaces/WorkspaceSection';
import { useSegments } from './api';
import { crmPath } from './paths';
import { RelativeTime } from './PageParts';
import { formatCount } from './importStatus';

/** The contacts list narrowed to a segment. */
export function segmentContactsPath(workspaceId: string, segmentId: string): string {
  return `${crmPath(workspaceId)}?${new URLSearchParams({ segmentId })}`;
}

export function SegmentsPage() {
  const { workspaceId, workspace, permissions } = useWorkspaceSection();
  useDocumentTitle('Segments', workspace.name);
  const location = useLocation();
  const [notice] = useState(() => (location.state as { flash?: string } | null)?.flash ?? '');
  const query = useSegments(workspaceId);
  const segments = query.data ?? [];
  const newLink = crmPath(workspaceId, 'segments', 'new');
  return (
    <>
      <PageHeader
        eyebrow={workspace.name}
        title="Segments"
        description="Saved filters over your contacts. A segment always means who matches now: contacts join and leave it as they change."
        actions={
          permissions.canWrite ? (
            <Link className="btn btn-primary" to={newLink}>
              New segment
            </Link>
          ) : undefined
        }
      />
      <Alert tone="success">{notice}</Alert>
      <Card title="Segments" titleId="segments-title">
        {query.isPending ? (
          <SkeletonRows label="Loading segments…" />
        ) : !query.data ? (
          <Alert title="Could not load the segments">{errorMessage(query.error)}</Alert>
        ) : segments.length === 0 ? (
          <EmptyState
            icon="◎"
            title="No segments yet"
            action={
              permissions.canWrite ? (
                <Link className="btn btn-primary" to={newLink}>
                  Build a segment
                </Link>
              ) : undefined
            }
          >
            Group contacts by tags, consent, custom fields or when they were added, e.g. subscribed
            customers with more than 5 orders. Campaigns and automations can then address them.
          </EmptyState>
        ) : (
          <div className="table-wrap">
            <table className="table" aria-labelledby="segments-title">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Contacts now</th>
                  <th scope="col">Changed</th>
                  <th scope="col">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {segments.map((s) => (
                  <tr key={s.id}>
                    <td data-label="Name">
                      <Link
                        className="cell-strong store-break"
                        to={crmPath(workspaceId, 'segments', s.id)}
                      >
                        {s.name}
                      </Link>
                    </td>
                    <td data-label="Contacts now">{formatCount(s.contactCount)}</td>
                    <td data-label="Changed">
                      <RelativeTime at={s.updatedAt} />
                    </td>
                    <td data-label="Actions" className="cell-actions">
                      <Link
                        className="btn btn-ghost btn-sm"
                        to={segmentContactsPath(workspaceId, s.id)}
                        aria-label={`View the contacts of ${s.name}`}
                      >
                        View contacts
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </>
  );
}
