import { Link } from 'react-router';
import { errorMessage } from '../../api';
import { ConfirmButton } from '../../components/ConfirmButton';
import { Alert, Badge, Card, EmptyState, PageHeader, SkeletonRows } from '../../components/ui';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { formatMoney } from '../store/money';
import { useDeleteService, useServices } from './api';
import { bookingsPath, publicPagePath, type BookingsPageProps } from './paths';
import { formatDuration } from './slots';

/** The services customers can book, with their public page. */
export function ServicesPage({ workspaceId, workspaceName, canWrite }: BookingsPageProps) {
  useDocumentTitle('Services', workspaceName);
  const query = useServices(workspaceId);
  const remove = useDeleteService(workspaceId);
  const services = query.data?.items ?? [];
  const newLink = bookingsPath(workspaceId, 'services', 'new');
  return (
    <>
      <PageHeader
        eyebrow={workspaceName}
        title="Services"
        description="What customers book: how long it lasts, what it costs and when you are available."
        actions={
          canWrite ? (
            <Link className="btn btn-primary" to={newLink}>
              New service
            </Link>
          ) : undefined
        }
      />
      <Alert>{remove.error ? errorMessage(remove.error) : null}</Alert>
      <Card title="Services" titleId="services-title">
        {query.isPending ? (
          <SkeletonRows label="Loading services…" />
        ) : query.isError ? (
          <Alert>Could not load the services: {errorMessage(query.error)}</Alert>
        ) : services.length === 0 ? (
          <EmptyState
            icon="◷"
            title="No services yet"
            action={
              canWrite ? (
                <Link className="btn btn-primary" to={newLink}>
                  Add your first service
                </Link>
              ) : undefined
            }
          >
            A service is something customers book: a call, a lesson, a session. Publish it and share
            its page; customers pick a free time without an account.
          </EmptyState>
        ) : (
          <div className="table-wrap">
            <table className="table" aria-labelledby="services-title">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Duration</th>
                  <th scope="col">Price</th>
                  <th scope="col">Page</th>
                  {canWrite && (
                    <th scope="col">
                      <span className="sr-only">Actions</span>
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {services.map((service) => (
                  <tr key={service.id}>
                    <td data-label="Name">
                      {canWrite ? (
                        <Link
                          className="cell-strong"
                          to={bookingsPath(workspaceId, 'services', service.id)}
                        >
                          {service.name}
                        </Link>
                      ) : (
                        <span className="cell-strong">{service.name}</span>
                      )}
                      <span className="cell-sub">{service.availability.timeZone}</span>
                    </td>
                    <td data-label="Duration">{formatDuration(service.durationMinutes)}</td>
                    <td data-label="Price">
                      {service.priceMinor === 0
                        ? 'Free'
                        : formatMoney(service.priceMinor, service.currency)}
                    </td>
                    <td data-label="Page">
                      {service.published ? (
                        <a
                          href={publicPagePath(service.bookingUrl)}
                          target="_blank"
                          rel="noreferrer"
                        >
                          Booking page
                        </a>
                      ) : (
                        <Badge tone="neutral">Not published</Badge>
                      )}
                    </td>
                    {canWrite && (
                      <td data-label="Actions" className="cell-actions">
                        <ConfirmButton
                          confirmLabel={`Delete ${service.name}`}
                          description={`Delete ${service.name}`}
                          busy={remove.isPending}
                          onConfirm={() => remove.mutate(service.id)}
                        >
                          Delete
                        </ConfirmButton>
                      </td>
                    )}
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
