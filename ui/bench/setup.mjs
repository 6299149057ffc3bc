// Creates what the UI benchmarks look at, through the API as a client would: a user, a
// workspace, a small and a large automation, and a few runs.
import { largeAutomation, smallAutomation } from './graphs.mjs';

async function call(base, method, path, { token, workspaceId, body } = {}) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: {
      'Content-Type': 'application/json',
      ...(token && { Authorization: `Bearer ${token}` }),
      ...(workspaceId && { 'X-Workspace-Id': workspaceId }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new Error(`${method} ${path}: ${response.status} ${json.message ?? ''}`.trim());
  }
  return json.data;
}

export async function setUp(base) {
  const id = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const email = `bench-${id}@example.com`;
  const session = await call(base, 'POST', '/api/auth/register', {
    body: { email, password: `bench-pass-${id}`, name: 'Bench Owner' },
  });
  const token = session.accessToken;
  const workspace = await call(base, 'POST', '/api/multi-workspace/workspaces', {
    token,
    body: { name: `UI bench ${id}` },
  });
  const inWorkspace = (method, path, body) =>
    call(base, method, path, { token, workspaceId: workspace.id, body });

  const small = await inWorkspace('POST', '/api/automations', smallAutomation());
  const large = await inWorkspace('POST', '/api/automations', largeAutomation(300));
  for (const automation of [small, large]) {
    await inWorkspace('POST', `/api/automations/${automation.id}/versions`, {});
  }
  const runs = [];
  for (let i = 0; i < 3; i += 1) {
    const started = await inWorkspace('POST', `/api/automations/${small.id}/runs`, {
      input: { amount: 10 * (i + 1) },
    });
    runs.push(started.runId);
  }
  const largeRun = await inWorkspace('POST', `/api/automations/${large.id}/runs`, {
    input: { total: 150 },
  });
  runs.push(largeRun.runId);

  return {
    email,
    accessToken: session.accessToken,
    refreshToken: session.refreshToken,
    workspaceId: workspace.id,
    small: { id: small.id, nodes: small.draft.nodes.length },
    large: { id: large.id, nodes: large.draft.nodes.length },
    runs,
    detailRunId: largeRun.runId,
    smallRunId: runs[0],
  };
}
