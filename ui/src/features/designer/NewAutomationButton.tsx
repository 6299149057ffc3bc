import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../api';
import { Button } from '../../components/ui';
import { automationKeys } from '../automations/api';
import { designerApi } from './designerApi';
import type { AutomationGraph } from './graph/model';

/** A new automation starts from a manual trigger, so it can be simulated and run at once. */
export const NEW_AUTOMATION_GRAPH: AutomationGraph = {
  nodes: [{ id: 'start', type: 'trigger.manual', name: 'Start', params: {}, position: [0, 0] }],
  edges: [],
  settings: null,
};

export function designerPath(workspaceId: string, automationId: string) {
  return `/workspaces/${encodeURIComponent(workspaceId)}/automations/${encodeURIComponent(automationId)}`;
}

/** Creates an automation and opens it in the designer. */
export function NewAutomationButton({ workspaceId }: { workspaceId: string }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: () => designerApi.create(workspaceId, 'Untitled automation', NEW_AUTOMATION_GRAPH),
    onSuccess: (automation) => {
      void queryClient.invalidateQueries({ queryKey: automationKeys.all });
      navigate(designerPath(workspaceId, automation.id));
    },
  });
  return (
    <span className="confirm-group">
      <Button busy={create.isPending} onClick={() => create.mutate()}>
        New automation
      </Button>
      {create.isError && (
        <span className="cell-error" role="alert">
          Could not create it: {errorMessage(create.error)}
        </span>
      )}
    </span>
  );
}
