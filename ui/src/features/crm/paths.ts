import { sectionPath } from '../workspaces/WorkspaceSection';

/** `/workspaces/w1/contacts/imports/i1` from `('w1', 'imports', 'i1')`. */
export const crmPath = sectionPath('contacts');
