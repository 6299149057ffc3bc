import { useEffect, useState, type FormEvent } from 'react';
import { errorMessage } from '../../api';
import { Alert, Button, Card, SelectField, TextField } from '../../components/ui';
import { formatDateTime } from '../../lib/format';
import { userTimeZone } from '../campaigns/schedule';
import { DAYS, socialApi, useQueue, useSocialMutation, type Day, type Slot } from './api';

const DAY_OPTIONS = DAYS.map((day) => ({
  value: day,
  label: day.charAt(0) + day.slice(1).toLowerCase(),
}));

/** The queue's weekly time slots: new posts added to the queue take the next free one. */
export function QueueCard({ workspaceId, canWrite }: { workspaceId: string; canWrite: boolean }) {
  const queue = useQueue(workspaceId);
  const [timeZone, setTimeZone] = useState('');
  const [slots, setSlots] = useState<Slot[]>([]);
  const save = useSocialMutation(workspaceId, () =>
    socialApi.saveQueue(workspaceId, timeZone, slots),
  );
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  useEffect(() => {
    if (!queue.data) return;
    setTimeZone(queue.data.timeZone ?? userTimeZone());
    setSlots(queue.data.slots);
  }, [queue.data]);

  const update = (index: number, change: Partial<Slot>) =>
    setSlots((current) => current.map((s, i) => (i === index ? { ...s, ...change } : s)));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFieldErrors({});
    save.mutate(undefined, {
      onError: (error) =>
        setFieldErrors((error as { fieldErrors?: Record<string, string> }).fieldErrors ?? {}),
    });
  };

  return (
    <Card
      title="Queue time slots"
      titleId="social-queue-title"
      description="Weekly times, read in the workspace's time zone. A post added to the queue takes the next slot no other queued post holds."
    >
      <form
        className="form-stack"
        onSubmit={submit}
        noValidate
        aria-labelledby="social-queue-title"
      >
        <TextField
          label="Time zone"
          name="timeZone"
          value={timeZone}
          onChange={(e) => setTimeZone(e.target.value)}
          hint="An IANA time zone, like Europe/Paris"
          disabled={!canWrite}
          error={fieldErrors.timeZone}
        />
        <ul className="social-slots">
          {slots.map((slot, index) => (
            <li key={index} className="inline-form">
              <SelectField
                label={`Slot ${index + 1} day`}
                name={`day-${index}`}
                value={slot.day}
                options={DAY_OPTIONS}
                disabled={!canWrite}
                onChange={(e) => update(index, { day: e.target.value as Day })}
              />
              <TextField
                label={`Slot ${index + 1} time`}
                name={`time-${index}`}
                type="time"
                value={slot.time}
                disabled={!canWrite}
                onChange={(e) => update(index, { time: e.target.value })}
                error={fieldErrors[`slots[${index}].time`]}
              />
              {canWrite && (
                <div className="inline-form-submit">
                  <Button
                    variant="ghost"
                    size="sm"
                    aria-label={`Remove slot ${index + 1}`}
                    onClick={() => setSlots((current) => current.filter((_, i) => i !== index))}
                  >
                    Remove
                  </Button>
                </div>
              )}
            </li>
          ))}
        </ul>
        {canWrite && (
          <div className="social-post-actions">
            <Button
              variant="secondary"
              onClick={() => setSlots((current) => [...current, { day: 'MONDAY', time: '09:00' }])}
            >
              Add a slot
            </Button>
            <Button type="submit" busy={save.isPending}>
              Save slots
            </Button>
          </div>
        )}
        <Alert>{save.isError ? errorMessage(save.error) : ''}</Alert>
        <Alert tone="success">{save.isSuccess ? 'Queue slots saved.' : ''}</Alert>
        {queue.data && queue.data.nextFreeSlots.length > 0 && (
          <div>
            <h3 className="social-subtitle">Next free slots</h3>
            <ul className="social-next-slots">
              {queue.data.nextFreeSlots.map((at) => (
                <li key={at}>{formatDateTime(at)}</li>
              ))}
            </ul>
          </div>
        )}
      </form>
    </Card>
  );
}
