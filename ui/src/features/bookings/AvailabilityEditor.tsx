import { useId } from 'react';
import { Button } from '../../components/ui';
import {
  DAY_LABELS,
  DAYS,
  fromWeekModel,
  overlapProblem,
  rangeProblem,
  sortedExceptions,
  toWeekModel,
  type Availability,
  type DateException,
  type Day,
  type TimeRange,
} from './availability';

function RangeInputs({
  range,
  label,
  onChange,
  onRemove,
}: {
  range: TimeRange;
  label: string;
  onChange: (range: TimeRange) => void;
  onRemove: () => void;
}) {
  const problem = rangeProblem(range);
  return (
    <span className="time-range">
      <input
        type="time"
        step={300}
        aria-label={`${label} from`}
        value={range.start}
        aria-invalid={problem ? true : undefined}
        onChange={(event) => onChange({ ...range, start: event.target.value })}
      />
      –
      <input
        type="time"
        step={300}
        aria-label={`${label} until`}
        value={range.end === '24:00' ? '23:59' : range.end}
        aria-invalid={problem ? true : undefined}
        onChange={(event) => onChange({ ...range, end: event.target.value })}
      />
      <Button variant="ghost" size="sm" aria-label={`Remove ${label}`} onClick={onRemove}>
        ✕
      </Button>
    </span>
  );
}

/** Opening hours per weekday, several ranges a day, and dated exceptions that replace them. */
export function AvailabilityEditor({
  value,
  onChange,
  disabled,
}: {
  value: Availability;
  onChange: (value: Availability) => void;
  disabled?: boolean;
}) {
  const week = toWeekModel(value.weekly);
  const exceptionsId = useId();
  const setDay = (day: Day, ranges: TimeRange[]) =>
    onChange({ ...value, weekly: fromWeekModel({ ...week, [day]: ranges }) });
  const setExceptions = (exceptions: DateException[]) => onChange({ ...value, exceptions });

  return (
    <fieldset className="form-stack" disabled={disabled}>
      <legend>Weekly hours</legend>
      <ul className="week-editor">
        {DAYS.map((day) => {
          const ranges = week[day];
          const problem = ranges.map(rangeProblem).find(Boolean) ?? overlapProblem(ranges);
          return (
            <li key={day} className="week-day">
              <strong>{DAY_LABELS[day]}</strong>
              <div>
                <div className="week-ranges">
                  {ranges.length === 0 && <span className="muted">Unavailable</span>}
                  {ranges.map((range, index) => (
                    <RangeInputs
                      key={index}
                      range={range}
                      label={`${DAY_LABELS[day]} hours ${index + 1}`}
                      onChange={(next) =>
                        setDay(
                          day,
                          ranges.map((r, i) => (i === index ? next : r)),
                        )
                      }
                      onRemove={() =>
                        setDay(
                          day,
                          ranges.filter((_, i) => i !== index),
                        )
                      }
                    />
                  ))}
                  <Button
                    variant="ghost"
                    size="sm"
                    aria-label={`Add hours on ${DAY_LABELS[day]}`}
                    onClick={() => {
                      const next =
                        ranges.length === 0
                          ? { start: '09:00', end: '17:00' }
                          : { start: '18:00', end: '20:00' };
                      setDay(day, [...ranges, next]);
                    }}
                  >
                    + Hours
                  </Button>
                </div>
                {problem && <p className="field-error">{problem}</p>}
              </div>
            </li>
          );
        })}
      </ul>
      <h3 id={exceptionsId}>Exceptions</h3>
      <p className="field-hint">
        A holiday or a different day: its hours replace the weekly ones; no hours closes the day.
      </p>
      <ul className="week-editor" aria-labelledby={exceptionsId}>
        {sortedExceptions(value.exceptions).map((exception) => {
          const index = value.exceptions.indexOf(exception);
          const update = (next: DateException) =>
            setExceptions(value.exceptions.map((e, i) => (i === index ? next : e)));
          const problem =
            exception.hours.map(rangeProblem).find(Boolean) ?? overlapProblem(exception.hours);
          return (
            <li key={index} className="week-day">
              <span className="time-range">
                <input
                  type="date"
                  aria-label={`Exception ${index + 1} date`}
                  value={exception.date}
                  onChange={(event) => update({ ...exception, date: event.target.value })}
                />
              </span>
              <div>
                <div className="week-ranges">
                  {exception.hours.length === 0 && <span className="muted">Closed all day</span>}
                  {exception.hours.map((range, j) => (
                    <RangeInputs
                      key={j}
                      range={range}
                      label={`Exception ${index + 1} hours ${j + 1}`}
                      onChange={(next) =>
                        update({
                          ...exception,
                          hours: exception.hours.map((r, k) => (k === j ? next : r)),
                        })
                      }
                      onRemove={() =>
                        update({ ...exception, hours: exception.hours.filter((_, k) => k !== j) })
                      }
                    />
                  ))}
                  <Button
                    variant="ghost"
                    size="sm"
                    aria-label={`Add hours to exception ${index + 1}`}
                    onClick={() =>
                      update({
                        ...exception,
                        hours: [...exception.hours, { start: '09:00', end: '12:00' }],
                      })
                    }
                  >
                    + Hours
                  </Button>
                  <Button
                    variant="ghost"
                    size="sm"
                    aria-label={`Remove exception ${index + 1}`}
                    onClick={() => setExceptions(value.exceptions.filter((_, i) => i !== index))}
                  >
                    Remove
                  </Button>
                </div>
                {problem && <p className="field-error">{problem}</p>}
              </div>
            </li>
          );
        })}
      </ul>
      <div>
        <Button
          variant="secondary"
          size="sm"
          onClick={() =>
            setExceptions([
              ...value.exceptions,
              { date: new Date().toISOString().slice(0, 10), hours: [] },
            ])
          }
        >
          Add an exception
        </Button>
      </div>
    </fieldset>
  );
}
