import { sectionPath } from '../workspaces/WorkspaceSection';

/** `/workspaces/w1/campaigns/c1` from `('w1', 'c1')`. */
export const campaignsPath = sectionPath('campaigns');
