import type { ReactNode } from 'react';
import { EmptyState } from '../../components/ui';
import { useWorkspaceSection } from './WorkspaceSection';

/**
 * A page that changes things, opened by a viewer (from a shared link, say): the page for editors,
 * and for anyone else why it is not here and who can change that.
 */
export function EditorsOnly({
  title = 'Only editors can do this',
  why,
  action,
  children,
}: {
  title?: string;
  /** What the viewer can do instead; ends by telling them whom to ask. */
  why: ReactNode;
  action?: ReactNode;
  children: ReactNode;
}) {
  const { permissions } = useWorkspaceSection();
  if (permissions.canWrite) return children;
  return (
    <EmptyState icon="🔒" title={title} headingLevel={1} action={action}>
      {why}
    </EmptyState>
  );
}
