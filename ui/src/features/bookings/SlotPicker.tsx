import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage } from '../../api';
import { Alert, Button, SkeletonRows } from '../../components/ui';
import type { Slots } from './api';
import { dayLabel, groupSlotsByDay, localTime, searchWindow, type Slot } from './slots';

/**
 * Free times a week at a time, on the wall clock of `timeZone`; `load` asks the server for one
 * week. The chosen slot is highlighted; the caller acts on it.
 */
export function SlotPicker({
  queryKey,
  load,
  timeZone,
  selected,
  onSelect,
}: {
  queryKey: readonly unknown[];
  load: (
    window: { from: string; to: string },
    timeZone: string,
    signal: AbortSignal,
  ) => Promise<Slots>;
  timeZone: string;
  selected: string | null;
  onSelect: (slot: Slot) => void;
}) {
  const [week, setWeek] = useState(0);
  // The window is fixed per week shown, so a re-render does not ask for a new one.
  const [now] = useState(() => new Date());
  const window = searchWindow(now, week);
  const query = useQuery({
    queryKey: [...queryKey, 'slots', timeZone, week],
    queryFn: ({ signal }) => load(window, timeZone, signal),
    staleTime: 0,
  });
  const days = groupSlotsByDay(query.data?.slots ?? []);
  return (
    <div className="slot-picker">
      <div className="slot-nav">
        <Button variant="ghost" size="sm" disabled={week === 0} onClick={() => setWeek(week - 1)}>
          ← Earlier
        </Button>
        <span className="muted small">Times in {timeZone}</span>
        <Button variant="ghost" size="sm" disabled={week >= 8} onClick={() => setWeek(week + 1)}>
          Later →
        </Button>
      </div>
      {query.isPending ? (
        <SkeletonRows label="Looking for free times…" />
      ) : query.isError ? (
        <Alert>Could not load the free times: {errorMessage(query.error)}</Alert>
      ) : days.length === 0 ? (
        <p className="muted">No free time this week: try later.</p>
      ) : (
        <div className="slot-days">
          {days.map((day) => (
            <section key={day.date} className="slot-day" aria-label={dayLabel(day.date)}>
              <h3>{dayLabel(day.date)}</h3>
              <ul className="slot-list">
                {day.slots.map((slot) => (
                  <li key={slot.start}>
                    <Button
                      variant={selected === slot.start ? 'primary' : 'secondary'}
                      size="sm"
                      aria-pressed={selected === slot.start}
                      onClick={() => onSelect(slot)}
                    >
                      {localTime(slot.local)}
                    </Button>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
    </div>
  );
}
