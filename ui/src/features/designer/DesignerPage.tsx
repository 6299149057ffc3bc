import { ReactFlowProvider } from '@xyflow/react';
import { Link, useParams } from 'react-router';
import { errorMessage, isApiError } from '../../api';
import { Alert, Button, EmptyState, Spinner } from '../../components/ui';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useWorkspaceSection } from '../workspaces/WorkspaceSection';
import { Designer } from './Designer';
import { useDesignedAutomation } from './designerApi';
import { useNodeTypes } from './graph/nodeTypesApi';
import './designer.css';

/** `/workspaces/:workspaceId/automations/:automationId`: the visual designer of one automation. */
export function DesignerPage() {
  const { automationId = '' } = useParams();
  const { workspaceId, workspace, permissions } = useWorkspaceSection();
  const automation = useDesignedAutomation(workspaceId, automationId);
  const nodeTypes = useNodeTypes();
  useDocumentTitle(automation.data?.name ?? 'Automation', workspace.name);

  const listPath = `/workspaces/${encodeURIComponent(workspaceId)}/automations`;
  if (automation.isError && isApiError(automation.error) && automation.error.status === 404) {
    return (
      <EmptyState
        icon="?"
        title="Automation not found"
        action={
          <Link className="btn btn-primary" to={listPath}>
            Back to the automations
          </Link>
        }
      >
        It may have been deleted, or it belongs to another workspace.
      </EmptyState>
    );
  }
  const failed = automation.error ?? nodeTypes.error;
  if (failed) {
    return (
      <Alert>
        Could not open the designer: {errorMessage(failed)}{' '}
        <Button
          variant="ghost"
          size="sm"
          onClick={() => {
            void automation.refetch();
            void nodeTypes.refetch();
          }}
        >
          Retry
        </Button>
      </Alert>
    );
  }
  if (!automation.data || !nodeTypes.data) return <Spinner label="Opening the designer…" />;
  return (
    <ReactFlowProvider>
      <Designer
        key={automation.data.id}
        workspaceId={workspaceId}
        automation={automation.data}
        nodeTypes={nodeTypes.data}
        types={nodeTypes.byType}
        canWrite={permissions.canWrite}
      />
    </ReactFlowProvider>
  );
}
