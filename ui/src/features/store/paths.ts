import { sectionPath } from '../workspaces/WorkspaceSection';

/** `/workspaces/w1/store/orders/o1` from `('w1', 'orders', 'o1')`. */
export const storePath = sectionPath('store');
