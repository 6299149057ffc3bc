import { memo, useId, useState } from 'react';
import { Button, SelectField, TextField } from '../../components/ui';
import type { Automation } from '../automations/api';
import {
  activeFilterCount,
  hasFilters,
  instantFromLocalInput,
  localInputValue,
  NO_FILTERS,
  withFilter,
  type RunFilters,
} from './runFilters';
import { runStatusOptions } from './runStatus';

/**
 * Status, automation, version and start-time filters; every change goes to the URL. On a phone
 * they fold behind a "Filters" button (CSS decides), so the runs come first.
 */
export const RunsFilterBar = memo(function RunsFilterBar({
  filters,
  automations,
  onChange,
}: {
  filters: RunFilters;
  automations: Automation[];
  onChange: (next: RunFilters) => void;
}) {
  const chosen = automations.find((a) => a.id === filters.automationId);
  const versions = Array.from({ length: chosen?.latestVersion ?? 0 }, (_, i) => i + 1).reverse();
  const automationOptions = [
    { value: '', label: 'All automations' },
    ...automations.map((a) => ({ value: a.id, label: a.name })),
    // A link may name an automation not in the list (deleted, or beyond the first page).
    ...(filters.automationId && !chosen
      ? [{ value: filters.automationId, label: filters.automationId }]
      : []),
  ];
  const formId = useId();
  const [open, setOpen] = useState(false);
  const active = activeFilterCount(filters);
  return (
    <>
      <Button
        variant="secondary"
        size="sm"
        className="runs-filters-toggle"
        aria-expanded={open}
        aria-controls={formId}
        onClick={() => setOpen((shown) => !shown)}
      >
        {open ? 'Hide filters' : active > 0 ? `Filters (${active} on)` : 'Filters'}
      </Button>
      <form
        id={formId}
        className={open ? 'runs-filters' : 'runs-filters runs-filters--folded'}
        role="search"
        aria-label="Filter runs"
        onSubmit={(event) => event.preventDefault()}
      >
        <SelectField
          label="Status"
          name="status"
          value={filters.status}
          options={runStatusOptions}
          onChange={(event) => onChange(withFilter(filters, 'status', event.target.value))}
        />
        <SelectField
          label="Automation"
          name="automationId"
          value={filters.automationId}
          options={automationOptions}
          onChange={(event) => onChange(withFilter(filters, 'automationId', event.target.value))}
        />
        <SelectField
          label="Version"
          name="version"
          value={filters.version}
          disabled={!filters.automationId}
          options={[
            { value: '', label: filters.automationId ? 'All versions' : 'Choose an automation' },
            ...versions.map((v) => ({ value: String(v), label: `v${v}` })),
            ...(filters.version && !versions.includes(Number(filters.version))
              ? [{ value: filters.version, label: `v${filters.version}` }]
              : []),
          ]}
          onChange={(event) => onChange(withFilter(filters, 'version', event.target.value))}
        />
        <TextField
          label="Started after"
          name="startedAfter"
          type="datetime-local"
          value={localInputValue(filters.startedAfter)}
          onChange={(event) =>
            onChange(withFilter(filters, 'startedAfter', instantFromLocalInput(event.target.value)))
          }
        />
        <TextField
          label="Started before"
          name="startedBefore"
          type="datetime-local"
          value={localInputValue(filters.startedBefore)}
          onChange={(event) =>
            onChange(
              withFilter(filters, 'startedBefore', instantFromLocalInput(event.target.value)),
            )
          }
        />
        {hasFilters(filters) && (
          <Button variant="ghost" size="sm" onClick={() => onChange(NO_FILTERS)}>
            Clear filters
          </Button>
        )}
      </form>
    </>
  );
});
