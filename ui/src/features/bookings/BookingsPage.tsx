import { useState } from 'react';
import { errorMessage } from '../../api';
import { ConfirmButton } from '../../components/ConfirmButton';
import {
  Alert,
  Badge,
  Button,
  Card,
  EmptyState,
  PageHeader,
  SelectField,
  SkeletonRows,
  type BadgeTone,
} from '../../components/ui';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { BOOKING_STATUSES, bookingsApi, useBookings, useChangeBooking, type Booking } from './api';
import type { BookingsPageProps } from './paths';
import { SlotPicker } from './SlotPicker';
import { formatInZone } from './slots';

const STATUS_TONES: Record<string, BadgeTone> = {
  CONFIRMED: 'success',
  CANCELLED: 'neutral',
  COMPLETED: 'info',
};

/** Whether the owner can still move or cancel it: confirmed and not begun. */
export function isChangeable(booking: Booking, now: number = Date.now()): boolean {
  return booking.status === 'CONFIRMED' && new Date(booking.startAt).getTime() > now;
}

function Reschedule({
  workspaceId,
  booking,
  onDone,
}: {
  workspaceId: string;
  booking: Booking;
  onDone: (message: string) => void;
}) {
  const { reschedule } = useChangeBooking(workspaceId);
  const [picked, setPicked] = useState<string | null>(null);
  const timeZone = booking.customerTimeZone;
  return (
    <div className="form-stack">
      <SlotPicker
        queryKey={['bookings', workspaceId, 'reschedule', booking.id]}
        load={(window, zone, signal) =>
          bookingsApi.rescheduleSlots(workspaceId, booking.id, window, zone, signal)
        }
        timeZone={timeZone}
        selected={picked}
        onSelect={(slot) => setPicked(slot.start)}
      />
      <Alert>{reschedule.error ? errorMessage(reschedule.error) : null}</Alert>
      <div>
        <Button
          disabled={!picked || reschedule.isPending}
          onClick={() =>
            picked &&
            reschedule
              .mutateAsync({ id: booking.id, start: picked })
              .then((moved) =>
                onDone(
                  `${moved.customerName}'s booking moved to ${formatInZone(moved.startAt, timeZone)}.`,
                ),
              )
              .catch(() => {
                // reschedule.error says why.
              })
          }
        >
          Move the booking here
        </Button>
      </div>
    </div>
  );
}

function BookingRow({
  workspaceId,
  booking,
  canWrite,
  onNotice,
}: {
  workspaceId: string;
  booking: Booking;
  canWrite: boolean;
  onNotice: (message: string) => void;
}) {
  const { cancel } = useChangeBooking(workspaceId);
  const [moving, setMoving] = useState(false);
  const changeable = canWrite && isChangeable(booking);
  return (
    <>
      <tr>
        <td data-label="When">
          <span className="cell-strong">
            {formatInZone(booking.startAt, booking.customerTimeZone)}
          </span>
          <span className="cell-sub">{booking.customerTimeZone}</span>
        </td>
        <td data-label="Service">{booking.serviceName}</td>
        <td data-label="Customer">
          {booking.customerName}
          <span className="cell-sub">{booking.customerEmail}</span>
        </td>
        <td data-label="Status">
          <Badge tone={STATUS_TONES[booking.status] ?? 'neutral'}>
            {booking.status.toLowerCase()}
          </Badge>
        </td>
        <td data-label="Actions" className="cell-actions">
          {changeable && (
            <span className="confirm-group">
              <Button
                variant="ghost"
                size="sm"
                aria-expanded={moving}
                onClick={() => setMoving(!moving)}
              >
                Reschedule
              </Button>
              <ConfirmButton
                confirmLabel="Yes, cancel it"
                description={`Cancel the booking of ${booking.customerName}`}
                busy={cancel.isPending}
                onConfirm={() =>
                  cancel
                    .mutateAsync(booking.id)
                    .then(() => onNotice(`${booking.customerName}'s booking was cancelled.`))
                    .catch(() => {
                      // cancel.error says why.
                    })
                }
              >
                Cancel
              </ConfirmButton>
            </span>
          )}
          {cancel.error && (
            <p className="cell-error" role="alert">
              {errorMessage(cancel.error)}
            </p>
          )}
        </td>
      </tr>
      {moving && (
        <tr>
          <td colSpan={5}>
            <Reschedule
              workspaceId={workspaceId}
              booking={booking}
              onDone={(message) => {
                setMoving(false);
                onNotice(message);
              }}
            />
          </td>
        </tr>
      )}
    </>
  );
}

/** Every booking, soonest first, with reschedule and cancel while it is still to come. */
export function BookingsPage({ workspaceId, workspaceName, canWrite }: BookingsPageProps) {
  useDocumentTitle('Bookings', workspaceName);
  const [status, setStatus] = useState('CONFIRMED');
  const [notice, setNotice] = useState('');
  const query = useBookings(workspaceId, new URLSearchParams({ status, size: '100' }).toString());
  const bookings = query.data?.items ?? [];
  return (
    <>
      <PageHeader
        eyebrow={workspaceName}
        title="Bookings"
        description="Who booked what and when, in each customer's own time zone."
      />
      <Alert tone="success">{notice}</Alert>
      <Card
        title="Bookings"
        titleId="bookings-title"
        actions={
          <SelectField
            label="Status"
            name="status"
            value={status}
            onChange={(event) => setStatus(event.target.value)}
            options={BOOKING_STATUSES.map((s) => ({ value: s, label: s.toLowerCase() }))}
          />
        }
      >
        {query.isPending ? (
          <SkeletonRows label="Loading bookings…" />
        ) : query.isError ? (
          <Alert>Could not load the bookings: {errorMessage(query.error)}</Alert>
        ) : bookings.length === 0 ? (
          <EmptyState icon="◷" title={`No ${status.toLowerCase()} bookings`}>
            Customers book on each published service's page; share its link from the Services tab.
          </EmptyState>
        ) : (
          <div className="table-wrap">
            <table className="table" aria-labelledby="bookings-title">
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Service</th>
                  <th scope="col">Customer</th>
                  <th scope="col">Status</th>
                  <th scope="col">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {bookings.map((booking) => (
                  <BookingRow
                    key={booking.id}
                    workspaceId={workspaceId}
                    booking={booking}
                    canWrite={canWrite}
                    onNotice={setNotice}
                  />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </>
  );
}
