import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { officeHours, type Availability } from './availability';
import { AvailabilityEditor } from './AvailabilityEditor';

function Harness({ onChange }: { onChange: (value: Availability) => void }) {
  const [value, setValue] = useState(officeHours('UTC'));
  return (
    <AvailabilityEditor
      value={value}
      onChange={(next) => {
        setValue(next);
        onChange(next);
      }}
    />
  );
}

describe('AvailabilityEditor', () => {
  it('adds hours to a closed day, closes another, and adds a closed date', async () => {
    const user = userEvent.setup();
    let latest: Availability = officeHours('UTC');
    render(<Harness onChange={(value) => (latest = value)} />);

    await user.click(screen.getByRole('button', { name: 'Add hours on Saturday' }));
    await user.click(screen.getByRole('button', { name: 'Remove Monday hours 1' }));
    await user.click(screen.getByRole('button', { name: 'Add an exception' }));

    expect(latest.weekly.filter((h) => h.day === 'SATURDAY')).toEqual([
      { day: 'SATURDAY', start: '09:00', end: '17:00' },
    ]);
    expect(latest.weekly.some((h) => h.day === 'MONDAY')).toBe(false);
    expect(latest.exceptions).toHaveLength(1);
    expect(latest.exceptions[0]?.hours).toEqual([]);
    expect(screen.getByText('Closed all day')).toBeInTheDocument();
  });

  it('shows a problem next to the day that has it', async () => {
    const user = userEvent.setup();
    render(<Harness onChange={() => {}} />);

    await user.click(screen.getByRole('button', { name: 'Add hours on Monday' }));
    fireEvent.change(screen.getByLabelText('Monday hours 2 from'), { target: { value: '16:00' } });

    expect(screen.getByText(/09:00–17:00 and 16:00–20:00 overlap/)).toBeInTheDocument();
  });
});
