import { envelope, type FakeRequest } from '../../test/utils';

/** Fixtures of the runs pages' tests: an editor in workspace w1 and the answers they get. */
export const user = { id: 'u1', email: 'eve@example.com', name: 'Eve Editor', emailVerified: true };
export const workspace = {
  id: 'w1',
  name: 'Acme',
  slug: 'acme',
  role: 'EDITOR',
  createdAt: '2025-01-01T00:00:00Z',
};

const at = (ms: number) => new Date(Date.parse('2025-01-01T00:00:00Z') + ms).toISOString();

export function timelineEntry(nodeId: string, type: string, port = 'out', extra = {}) {
  return {
    nodeId,
    type,
    status: 'COMPLETED',
    startedAt: at(0),
    endedAt: at(250),
    attempts: 1,
    input: { amount: 120 },
    output: { ok: true },
    port,
    error: null,
    ...extra,
  };
}

export const approvalGraph = {
  version: 2,
  summary: null,
  publishedAt: '2025-01-01T00:00:00Z',
  publishedBy: 'u1',
  active: true,
  graph: {
    nodes: [
      { id: 'start', type: 'trigger.manual', params: {} },
      { id: 'approve', type: 'approval.request', params: { message: 'Manager sign-off' } },
      { id: 'paid', type: 'wait.event', params: { event: 'order.paid', key: '{{ trigger.id }}' } },
      { id: 'mail', type: 'email.send', params: { to: 'a@b.c', subject: 'Hi', text: 'x' } },
    ],
    edges: [
      { from: 'start', to: 'approve' },
      { from: 'approve', to: 'paid', port: 'approved' },
      { from: 'paid', to: 'mail' },
    ],
  },
};

export const nodeTypes = [
  ['trigger.manual', 'trigger', 'Manual trigger', ['out']],
  ['approval.request', 'wait', 'Approval', ['approved', 'rejected', 'timeout']],
  ['wait.event', 'wait', 'Wait for event', ['out', 'timeout']],
  ['email.send', 'action', 'Send email', ['out']],
].map(([type, category, label, ports]) => ({
  type,
  category,
  label,
  description: null,
  ports,
  sideEffect: category === 'action',
  paramsSchema: { type: 'object' },
}));

export function run(overrides: Record<string, unknown> = {}, state: Record<string, unknown> = {}) {
  return {
    runId: 'r7',
    automationId: 'a1',
    version: 2,
    triggerType: 'manual',
    status: 'WAITING',
    currentNode: 'approve',
    error: null,
    output: null,
    startedAt: at(0),
    updatedAt: at(300),
    endedAt: null,
    retryOf: null,
    temporalUiUrl: 'http://temporal.example/runs/r7',
    state: {
      status: 'WAITING',
      activeNodes: ['approve'],
      waiting: [{ nodeId: 'approve', kind: 'approval', detail: 'Manager sign-off', until: null }],
      timeline: [timelineEntry('start', 'trigger.manual')],
      vars: { amount: 120 },
      nodes: {},
      output: null,
      error: null,
      failedNode: null,
      ...state,
    },
    ...overrides,
  };
}

/** Session, workspace, node types and the run's version; other paths are left to the test. */
export function platform(request: FakeRequest): Response | undefined {
  const path = request.path.split('?')[0];
  if (path === '/api/auth/verify') return envelope({ user });
  if (path === '/api/multi-workspace/workspaces') {
    return envelope({ items: [workspace], page: 0, size: 100, total: 1 });
  }
  if (path === '/api/multi-workspace/workspaces/w1') return envelope(workspace);
  if (path === '/api/automations/node-types') return envelope(nodeTypes);
  if (path === '/api/automations/a1/versions/2') return envelope(approvalGraph);
  if (path === '/api/automations') {
    return envelope({
      items: [
        {
          id: 'a1',
          name: 'Refunds',
          description: '',
          draft: null,
          activeVersion: 2,
          latestVersion: 2,
          createdAt: at(0),
          updatedAt: at(0),
        },
      ],
      page: 0,
      size: 100,
      total: 1,
    });
  }
  return undefined;
}
