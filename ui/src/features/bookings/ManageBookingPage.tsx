import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { errorMessage } from '../../api';
import { ConfirmButton } from '../../components/ConfirmButton';
import { Alert, Button, Card, EmptyState, Spinner } from '../../components/ui';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { bookingsApi } from './api';
import { publicPagePath } from './paths';
import { PublicLayout } from './PublicLayout';
import { SlotPicker } from './SlotPicker';
import { formatInZone } from './slots';

const STATUS_TEXT: Record<string, string> = {
  CONFIRMED: 'Confirmed',
  CANCELLED: 'Cancelled',
  COMPLETED: 'Took place',
};

/**
 * Where the links of the booking mails lead, `/my-booking/{token}`: the signed token stands for the
 * customer, who moves or cancels the booking here. `?action=reschedule` opens the free times.
 */
export function ManageBookingPage() {
  const { token = '' } = useParams();
  const [search] = useSearchParams();
  const queryClient = useQueryClient();
  const queryKey = ['my-booking', token];
  const booking = useQuery({
    queryKey,
    queryFn: ({ signal }) => bookingsApi.managed(token, signal),
  });
  useDocumentTitle('Your booking');
  const [moving, setMoving] = useState(search.get('action') === 'reschedule');
  const [picked, setPicked] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState('');
  const [busy, setBusy] = useState(false);

  if (booking.isPending) return <Spinner label="Loading your booking…" />;
  if (booking.isError || !booking.data) {
    return (
      <PublicLayout>
        <EmptyState icon="?" title="This link does not work" headingLevel={1}>
          Use the link of your latest booking mail, as it was sent.
        </EmptyState>
      </PublicLayout>
    );
  }
  const current = booking.data;
  const zone = current.customerTimeZone;
  const act = async (action: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setError(null);
    try {
      queryClient.setQueryData(queryKey, await action());
      setNotice(done);
      setMoving(false);
      setPicked(null);
    } catch (failure) {
      setError(failure);
      // The booking or the free times may have changed meanwhile: read both again.
      void queryClient.invalidateQueries({ queryKey });
    } finally {
      setBusy(false);
    }
  };

  return (
    <PublicLayout>
      <h1>Your booking</h1>
      <Alert tone="success">{notice}</Alert>
      <Alert>{error ? errorMessage(error) : null}</Alert>
      <Card title={current.serviceName}>
        <dl className="details">
          {current.workspaceName && (
            <>
              <dt>With</dt>
              <dd>{current.workspaceName}</dd>
            </>
          )}
          <dt>When</dt>
          <dd className="cell-strong">
            {formatInZone(current.startAt, zone)} ({zone})
          </dd>
          <dt>Status</dt>
          <dd>{STATUS_TEXT[current.status] ?? current.status}</dd>
        </dl>
        {current.changeable ? (
          <div className="store-form-actions">
            <Button variant="secondary" aria-expanded={moving} onClick={() => setMoving(!moving)}>
              Reschedule
            </Button>
            <ConfirmButton
              confirmLabel="Cancel my booking"
              description="Cancel this booking"
              size="md"
              busy={busy}
              onConfirm={() =>
                void act(() => bookingsApi.cancelManaged(token), 'Your booking is cancelled.')
              }
            >
              Cancel booking
            </ConfirmButton>
          </div>
        ) : (
          current.bookingUrl && (
            <p>
              <a href={publicPagePath(current.bookingUrl)}>Book another time</a>
            </p>
          )
        )}
      </Card>
      {moving && current.changeable && (
        <Card title="Pick a new time">
          <SlotPicker
            queryKey={queryKey}
            load={(window, timeZone, signal) =>
              bookingsApi.managedSlots(token, window, timeZone, signal)
            }
            timeZone={zone}
            selected={picked}
            onSelect={(slot) => setPicked(slot.start)}
          />
          <div>
            <Button
              disabled={!picked || busy}
              onClick={() =>
                picked &&
                void act(
                  () => bookingsApi.rescheduleManaged(token, picked),
                  `Moved to ${formatInZone(picked, zone)}. An updated invitation is on its way.`,
                )
              }
            >
              Move my booking here
            </Button>
          </div>
        </Card>
      )}
    </PublicLayout>
  );
}
