import { sectionPath } from '../workspaces/WorkspaceSection';

/** `/workspaces/w1/bookings/services/s1` from `('w1', 'services', 's1')`. */
export const bookingsPath = sectionPath('bookings');

/** The path of a service's public page within the UI, from the absolute URL the API gives. */
export function publicPagePath(bookingUrl: string): string {
  try {
    return new URL(bookingUrl).pathname;
  } catch {
    return bookingUrl;
  }
}

/** Props every owner page of the bookings receives from the routes. */
export interface BookingsPageProps {
  workspaceId: string;
  workspaceName: string;
  canWrite: boolean;
}
