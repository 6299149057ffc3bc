import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { envelope, problem, renderApp, type FakeRequest } from '../../test/utils';
import { signIn } from '../store/storeFixtures';
import { course, courseBackend, enrollment } from './courseFixtures';
import { browserTimeZone } from './courseForms';

beforeEach(signIn);
// The pages load lazily in the app and a page reads several answers before it shows: load them
// once first and wait a little longer than the default second on a busy machine.
beforeAll(async () => {
  configure({ asyncUtilTimeout: 4000 });
  await import('./CoursesRoutes');
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const writes = (requests: FakeRequest[]) => requests.filter((r) => r.method !== 'GET');
const published = () => course({ status: 'PUBLISHED', publishedAt: '2030-01-01T00:00:00Z' });

describe('EnrollmentsPage', () => {
  it('lists each student with progress and the actions of their status', async () => {
    courseBackend(published);
    renderApp('/workspaces/w1/courses/k1/enrollments');

    const table = await screen.findByRole('table', { name: 'Students' });
    const row = within(table).getAllByRole('row')[1]!;
    expect(row).toHaveTextContent('Sam Student');
    expect(row).toHaveTextContent('1 of 2 modules released');
    expect(row).toHaveTextContent('1 of 3 lessons done');
    expect(within(row).getByText('Active')).toBeVisible();
    expect(within(row).getByRole('button', { name: 'Pause Sam Student' })).toBeVisible();
    expect(
      within(row).getByRole('button', { name: 'Release everything now to Sam Student' }),
    ).toBeVisible();
    expect(within(row).queryByRole('button', { name: 'Resume Sam Student' })).toBeNull();
  });

  it('unenrols only once confirmed', async () => {
    const requests = courseBackend(published, (request) =>
      request.method === 'DELETE' ? envelope(enrollment({ status: 'UNENROLLED' })) : undefined,
    );
    renderApp('/workspaces/w1/courses/k1/enrollments');
    await userEvent.click(await screen.findByRole('button', { name: 'Unenrol Sam Student' }));
    expect(writes(requests)).toHaveLength(0);
    const confirm = screen.getByRole('button', { name: 'Unenrol Sam Student' });
    expect(confirm).toHaveFocus();
    await userEvent.click(confirm);

    expect(
      await screen.findByText('Sam Student was unenrolled: their link no longer opens the course.'),
    ).toBeVisible();
    expect(writes(requests)).toEqual([
      expect.objectContaining({ method: 'DELETE', path: '/api/courses/k1/enrollments/e1' }),
    ]);
  });

  it('shows a refused action’s reason', async () => {
    courseBackend(published, (request) =>
      request.path.endsWith('/pause')
        ? problem(409, 'Conflict', 'The enrolment is already paused')
        : undefined,
    );
    renderApp('/workspaces/w1/courses/k1/enrollments');
    await userEvent.click(await screen.findByRole('button', { name: 'Pause Sam Student' }));
    expect(await screen.findByText('The enrolment is already paused')).toBeVisible();
  });

  it('enrols a student in the browser’s time zone and shows the API’s field problem', async () => {
    let attempt = 0;
    const requests = courseBackend(published, (request) => {
      if (request.method !== 'POST') return undefined;
      attempt += 1;
      return attempt === 1
        ? problem(409, 'Conflict', 'This address is already enrolled', {
            studentEmail: 'is already enrolled in this course',
          })
        : envelope(enrollment({ studentName: 'Ana' }), 201);
    });
    renderApp('/workspaces/w1/courses/k1/enrollments');
    const form = (await screen.findByRole('region', { name: 'Enrol a student' })) as HTMLElement;
    expect(within(form).getByLabelText('Time zone')).toHaveValue(browserTimeZone());
    await userEvent.type(within(form).getByLabelText('Student name'), 'Ana');
    await userEvent.type(within(form).getByLabelText('Student email'), 'ana@student.example');
    await userEvent.click(within(form).getByRole('button', { name: 'Enrol student' }));

    const email = within(form).getByLabelText('Student email');
    expect(await within(form).findByText('is already enrolled in this course')).toBeVisible();
    expect(email).toHaveAttribute('aria-invalid', 'true');

    await userEvent.click(within(form).getByRole('button', { name: 'Enrol student' }));
    expect(
      await screen.findByText('Ana was enrolled; their course link is on its way by mail.'),
    ).toBeVisible();
    expect(writes(requests)[1]!.body).toEqual({
      studentName: 'Ana',
      studentEmail: 'ana@student.example',
      timeZone: browserTimeZone(),
    });
  });

  it('takes no students on a draft', async () => {
    courseBackend(() => course());
    renderApp('/workspaces/w1/courses/k1/enrollments');
    expect(
      await screen.findByText('Publish the course first: a draft takes no students.'),
    ).toBeVisible();
  });
});

describe('a student’s schedule', () => {
  it('shows when each module was released or is due, from the live drip', async () => {
    courseBackend(published, (request) =>
      request.path === '/api/courses/k1/enrollments/e1'
        ? envelope(
            enrollment({
              liveStatus: 'ACTIVE',
              modules: [
                {
                  ...enrollment().modules[0],
                  releasedAt: '2030-01-01T09:00:00Z',
                },
                {
                  ...enrollment().modules[1],
                  releaseAt: '2030-01-08T08:00:00Z',
                },
                {
                  moduleId: 'm3',
                  title: 'Editing',
                  releaseRule: { type: 'AFTER_PREVIOUS_COMPLETED' },
                  releaseAt: null,
                  releasedAt: null,
                  completed: false,
                  lessonsCompleted: 0,
                  lessonsTotal: 1,
                },
              ],
            }),
          )
        : undefined,
    );
    renderApp('/workspaces/w1/courses/k1/enrollments');
    const toggle = await screen.findByRole('button', { name: 'Schedule of Sam Student' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const schedule = await screen.findByRole('list', { name: 'Schedule of Sam Student' });
    expect(schedule).toHaveTextContent(/Basics Released/);
    expect(schedule).toHaveTextContent(/Light Due/);
    expect(schedule).toHaveTextContent('Editing Waits for the previous module to be completed');
  });
});
