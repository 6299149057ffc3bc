import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { ApiError, errorMessage } from '../../api';
import {
  Alert,
  Button,
  Card,
  EmptyState,
  SelectField,
  Spinner,
  TextAreaField,
  TextField,
} from '../../components/ui';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { formatMoney } from '../store/money';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { bookingsApi, type ManagedBooking } from './api';
import { browserTimeZone } from './availability';
import { PublicLayout } from './PublicLayout';
import { SlotPicker } from './SlotPicker';
import { formatDuration, formatInZone, type Slot } from './slots';

const TIME_ZONES: string[] =
  typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['UTC'];

/**
 * A service's public page, `/book/{workspace slug or id}/{service id}`: the customer picks a free
 * time on their own clock and books it with a name and an email, no account needed.
 */
export function PublicBookingPage() {
  const { workspace = '', serviceId = '' } = useParams();
  const queryClient = useQueryClient();
  const service = useQuery({
    queryKey: ['public-booking', workspace, serviceId],
    queryFn: ({ signal }) => bookingsApi.publicService(workspace, serviceId, signal),
  });
  useDocumentTitle(service.data ? `Book ${service.data.name}` : 'Book');
  const [timeZone, setTimeZone] = useState(browserTimeZone);
  const [slot, setSlot] = useState<Slot | null>(null);
  const [booked, setBooked] = useState<ManagedBooking | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  if (service.isPending) return <Spinner label="Loading…" />;
  if (service.isError || !service.data) {
    return (
      <PublicLayout>
        <EmptyState icon="?" title="This booking page does not exist" headingLevel={1}>
          The link may be mistyped, or the service is no longer offered.
        </EmptyState>
      </PublicLayout>
    );
  }
  const offer = service.data;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!slot) return;
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      setBooked(
        await bookingsApi.book(workspace, serviceId, {
          start: slot.start,
          customerName: String(form.get('customerName') ?? ''),
          customerEmail: String(form.get('customerEmail') ?? ''),
          customerTimeZone: timeZone,
          notes: String(form.get('notes') ?? '') || undefined,
        }),
      );
    } catch (failure) {
      setError(failure);
      if (failure instanceof ApiError && failure.status === 409) {
        // Someone else took it: show the times as they are now.
        setSlot(null);
        void queryClient.invalidateQueries({
          queryKey: ['public-booking', workspace, serviceId, 'slots'],
        });
      }
    } finally {
      setBusy(false);
    }
  };

  if (booked) {
    return (
      <PublicLayout>
        <Card title="You are booked">
          <p>
            <strong>{booked.serviceName}</strong> on{' '}
            <strong>{formatInZone(booked.startAt, booked.customerTimeZone)}</strong> (
            {booked.customerTimeZone}).
          </p>
          <p>
            A confirmation with a calendar invitation is on its way to your inbox, with links to
            reschedule or cancel.
          </p>
        </Card>
      </PublicLayout>
    );
  }

  const fieldErrors = error instanceof ApiError ? error.fieldErrors : {};
  return (
    <PublicLayout>
      <h1>{offer.name}</h1>
      <p className="muted">
        {offer.workspaceName} · {formatDuration(offer.durationMinutes)} ·{' '}
        {offer.priceMinor === 0 ? 'Free' : formatMoney(offer.priceMinor, offer.currency)}
      </p>
      {offer.description && <p>{offer.description}</p>}
      <Card title="Pick a time">
        <SelectField
          label="Your time zone"
          name="timeZone"
          value={timeZone}
          onChange={(event) => {
            setTimeZone(event.target.value);
            setSlot(null);
          }}
          options={[...new Set([timeZone, ...TIME_ZONES])].map((zone) => ({
            value: zone,
            label: zone,
          }))}
        />
        <SlotPicker
          queryKey={['public-booking', workspace, serviceId]}
          load={(window, zone, signal) =>
            bookingsApi.publicSlots(workspace, serviceId, window, zone, signal)
          }
          timeZone={timeZone}
          selected={slot?.start ?? null}
          onSelect={setSlot}
        />
      </Card>
      <Alert>{error ? errorMessage(error) : null}</Alert>
      {slot && (
        <Card title={`Book ${formatInZone(slot.start, timeZone)}`}>
          <form className="form-stack" onSubmit={onSubmit} noValidate>
            <TextField
              label="Your name"
              name="customerName"
              autoComplete="name"
              required
              error={fieldErrors.customerName}
            />
            <TextField
              label="Your email"
              name="customerEmail"
              type="email"
              autoComplete="email"
              required
              error={fieldErrors.customerEmail}
            />
            <TextAreaField
              label="Anything we should know? (optional)"
              name="notes"
              maxLength={2000}
            />
            <div>
              <Button type="submit" disabled={busy}>
                {busy ? 'Booking…' : 'Book this time'}
              </Button>
            </div>
          </form>
        </Card>
      )}
    </PublicLayout>
  );
}
