import { useId, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError, errorMessage } from '../../api';
import {
  Alert,
  Button,
  Card,
  EmptyState,
  PageHeader,
  SelectField,
  SkeletonRows,
  TextAreaField,
  TextField,
} from '../../components/ui';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { COMMON_CURRENCIES } from '../store/money';
import { useSaveService, useService } from './api';
import { AvailabilityEditor } from './AvailabilityEditor';
import { bookingsPath, type BookingsPageProps } from './paths';
import {
  emptyService,
  serviceFormValues,
  toServiceInput,
  type ServiceFormValues,
} from './serviceForm';

const TIME_ZONES: string[] =
  typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['UTC'];

function ServiceForm({
  workspaceId,
  serviceId,
  initial,
}: {
  workspaceId: string;
  serviceId: string | null;
  initial: ServiceFormValues;
}) {
  const navigate = useNavigate();
  const save = useSaveService(workspaceId, serviceId);
  const [values, setValues] = useState(initial);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const publishedId = useId();
  const alertRef = useRef<HTMLDivElement>(null);
  const set = <K extends keyof ServiceFormValues>(key: K, value: ServiceFormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));
  const field = (key: keyof ServiceFormValues & string, serverKey: string = key) => ({
    name: key,
    value: String(values[key]),
    error: problems[serverKey],
    onChange: (event: { target: { value: string } }) =>
      set(key, event.target.value as ServiceFormValues[typeof key]),
  });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const result = toServiceInput(values);
    if (!result.ok) {
      setProblems(result.problems);
      setFormError(`Please correct: ${Object.values(result.problems).join(' ')}`);
      alertRef.current?.focus();
      return;
    }
    try {
      const saved = await save.mutateAsync(result.input);
      navigate(bookingsPath(workspaceId, 'services'), {
        state: { flash: `${saved.name} was saved.` },
      });
    } catch (error) {
      setProblems(error instanceof ApiError ? error.fieldErrors : {});
      setFormError(errorMessage(error));
    }
  };

  return (
    <form onSubmit={onSubmit} noValidate className="form-stack service-form">
      <div ref={alertRef} tabIndex={-1}>
        <Alert>{formError}</Alert>
      </div>
      <TextField label="Name" required maxLength={200} {...field('name')} />
      <TextAreaField label="Description (optional)" maxLength={5000} {...field('description')} />
      <div className="form-row">
        <TextField label="Duration (minutes)" inputMode="numeric" {...field('durationMinutes')} />
        <TextField
          label="Start times every (minutes)"
          inputMode="numeric"
          {...field('slotStepMinutes')}
        />
        <TextField
          label="Buffer before (minutes)"
          inputMode="numeric"
          {...field('bufferBeforeMinutes')}
        />
        <TextField
          label="Buffer after (minutes)"
          inputMode="numeric"
          {...field('bufferAfterMinutes')}
        />
      </div>
      <div className="form-row">
        <TextField label="Price" inputMode="decimal" {...field('price', 'priceMinor')} />
        <SelectField
          label="Currency"
          name="currency"
          value={values.currency}
          onChange={(event) => set('currency', event.target.value)}
          options={[...new Set([values.currency, ...COMMON_CURRENCIES])].map((code) => ({
            value: code,
            label: code,
          }))}
        />
        <TextField
          label="Reminders before"
          hint="Like 24h, 1h or 30m; a reminder already past at booking is skipped."
          {...field('reminders', 'reminderOffsetsMinutes')}
        />
        <TextField
          label="Follow-up after the end (minutes)"
          inputMode="numeric"
          {...field('followUpAfterMinutes')}
        />
      </div>
      <div className="form-row">
        <SelectField
          label="Time zone of your hours"
          name="timeZone"
          value={values.availability.timeZone}
          onChange={(event) =>
            set('availability', { ...values.availability, timeZone: event.target.value })
          }
          options={[...new Set([values.availability.timeZone, ...TIME_ZONES])].map((zone) => ({
            value: zone,
            label: zone,
          }))}
          error={problems['availability.timeZone']}
        />
        <TextField
          label="Booked resource (optional)"
          hint="Services naming the same person or room never overlap; empty: your one calendar."
          maxLength={60}
          {...field('resource')}
        />
      </div>
      <AvailabilityEditor
        value={values.availability}
        onChange={(availability) => set('availability', availability)}
      />
      <div className="field">
        <label className="checkbox-label" htmlFor={publishedId}>
          <input
            id={publishedId}
            type="checkbox"
            checked={values.published}
            onChange={(event) => set('published', event.target.checked)}
          />
          Published: customers can book it on its page
        </label>
      </div>
      <div className="store-form-actions">
        <Link className="btn btn-secondary" to={bookingsPath(workspaceId, 'services')}>
          Cancel
        </Link>
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save service'}
        </Button>
      </div>
    </form>
  );
}

/** Creates a service (no id in the route) or edits one. */
export function ServiceEditorPage({ workspaceId, workspaceName, canWrite }: BookingsPageProps) {
  const { serviceId = '' } = useParams();
  const query = useService(workspaceId, serviceId);
  const title = serviceId ? (query.data?.name ?? 'Service') : 'New service';
  useDocumentTitle(title, workspaceName);
  if (!canWrite) {
    return (
      <EmptyState icon="🔒" title="Only editors can do this" headingLevel={1}>
        Ask an owner or admin to make you an editor to change services.
      </EmptyState>
    );
  }
  return (
    <>
      <PageHeader
        eyebrow={workspaceName}
        title={title}
        description="How long it lasts, what it costs, when it can be booked and how customers are reminded."
      />
      <Card>
        {!serviceId ? (
          <ServiceForm workspaceId={workspaceId} serviceId={null} initial={emptyService()} />
        ) : query.isPending ? (
          <SkeletonRows label="Loading the service…" />
        ) : query.isError ? (
          <Alert>Could not load the service: {errorMessage(query.error)}</Alert>
        ) : (
          <ServiceForm
            workspaceId={workspaceId}
            serviceId={serviceId}
            initial={serviceFormValues(query.data)}
          />
        )}
      </Card>
    </>
  );
}
