import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { envelope, problem, renderApp, type FakeRequest } from '../../test/utils';
import { signIn } from '../store/storeFixtures';
import { course, courseBackend, courseModule } from './courseFixtures';

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

describe('CourseEditorPage', () => {
  it('creates a course and opens it', async () => {
    let created = false;
    const requests = courseBackend(
      () => course({ modules: [] }),
      (request) => {
        if (request.path === '/api/courses' && request.method === 'POST') {
          created = true;
          return envelope(course({ modules: [] }), 201);
        }
        return undefined;
      },
    );
    renderApp('/workspaces/w1/courses/new');
    await userEvent.type(await screen.findByLabelText('Title'), 'Photo school');
    await userEvent.click(screen.getByRole('button', { name: 'Create course' }));

    expect(
      await screen.findByText('Photo school was created. Add its first module.'),
    ).toBeVisible();
    expect(created).toBe(true);
    expect(writes(requests)[0]).toMatchObject({
      path: '/api/courses',
      workspaceId: 'w1',
      body: { title: 'Photo school', description: '' },
    });
  });

  it('adds a module released some days after enrolment', async () => {
    let current = course();
    const requests = courseBackend(
      () => current,
      (request) => {
        if (request.path === '/api/courses/k1/modules' && request.method === 'POST') {
          current = course({
            modules: [
              courseModule(),
              courseModule({
                id: 'm2',
                title: 'Light',
                releaseRule: request.body!['releaseRule' as never],
              }),
            ],
          });
          return envelope(current, 201);
        }
        return undefined;
      },
    );
    renderApp('/workspaces/w1/courses/k1');
    const form = (await screen.findByRole('heading', { name: 'Add a module' })).parentElement!;
    await userEvent.type(within(form).getByLabelText('Module title'), 'Light');
    await userEvent.selectOptions(within(form).getByLabelText('Released'), 'DAYS_AFTER_ENROLLMENT');
    const days = within(form).getByLabelText('Days after enrolment');
    await userEvent.clear(days);
    await userEvent.type(days, '3');
    await userEvent.click(within(form).getByRole('button', { name: 'Add module' }));

    expect(await screen.findByRole('heading', { level: 3, name: 'Module 2: Light' })).toBeVisible();
    expect(screen.getByText('Released: 3 days after enrolment, at 09:00')).toBeVisible();
    expect(writes(requests)[0]!.body).toEqual({
      title: 'Light',
      releaseRule: { type: 'DAYS_AFTER_ENROLLMENT', days: 3, time: '09:00' },
    });
  });

  it('shows the API’s problem next to its field', async () => {
    courseBackend(
      () => course(),
      (request) =>
        request.path === '/api/courses/k1/modules' && request.method === 'POST'
          ? problem(400, 'ValidationError', 'Some fields are not valid', {
              'releaseRule.date': 'is not a date of the calendar',
            })
          : undefined,
    );
    renderApp('/workspaces/w1/courses/k1');
    const form = (await screen.findByRole('heading', { name: 'Add a module' })).parentElement!;
    await userEvent.type(within(form).getByLabelText('Module title'), 'Live session');
    await userEvent.selectOptions(within(form).getByLabelText('Released'), 'FIXED_DATE');
    await userEvent.type(within(form).getByLabelText('Date'), '2030-03-01');
    await userEvent.click(within(form).getByRole('button', { name: 'Add module' }));

    const date = within(form).getByLabelText('Date');
    expect(await within(form).findByText('is not a date of the calendar')).toBeVisible();
    expect(date).toHaveAttribute('aria-invalid', 'true');
    expect(date).toHaveAccessibleDescription('is not a date of the calendar');
  });

  it('publishes, or lays the refusal on the modules', async () => {
    let current = course();
    let refuse = true;
    courseBackend(
      () => current,
      (request) => {
        if (request.path !== '/api/courses/k1/publish') return undefined;
        if (refuse) {
          refuse = false;
          return problem(400, 'ValidationError', 'The course cannot be published', {
            'modules[0].lessons': 'needs at least one lesson',
          });
        }
        current = course({ status: 'PUBLISHED', publishedAt: '2030-01-02T00:00:00Z' });
        return envelope(current);
      },
    );
    renderApp('/workspaces/w1/courses/k1');
    await userEvent.click(await screen.findByRole('button', { name: 'Publish' }));
    const problems = await screen.findByRole('list', { name: 'Problems of module 1' });
    expect(problems).toHaveTextContent('Lessons: needs at least one lesson');
    expect(screen.getByText('The course cannot be published yet')).toBeVisible();

    await userEvent.click(screen.getByRole('button', { name: 'Publish' }));
    expect(await screen.findByText('Published')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Publish' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Students' })).toHaveAttribute(
      'href',
      '/workspaces/w1/courses/k1/enrollments',
    );
  });

  it('reorders modules and adds a video lesson', async () => {
    let current = course({ modules: [courseModule(), courseModule({ id: 'm2', title: 'Light' })] });
    const requests = courseBackend(
      () => current,
      (request) => {
        if (request.method === 'GET') return undefined;
        return envelope(current);
      },
    );
    renderApp('/workspaces/w1/courses/k1');
    await userEvent.click(await screen.findByRole('button', { name: 'Move Light up' }));
    await userEvent.click(screen.getByRole('button', { name: 'Add a lesson to Basics' }));
    const form = screen.getByRole('heading', { name: 'New lesson in Basics' }).parentElement!;
    await userEvent.type(within(form).getByLabelText('Lesson title'), 'Framing');
    await userEvent.click(within(form).getByRole('radio', { name: 'Video' }));
    await userEvent.type(within(form).getByLabelText('Video link'), 'https://youtu.be/dQw4w9WgXcQ');
    await userEvent.click(within(form).getByRole('button', { name: 'Add lesson' }));

    await vi.waitFor(() => expect(writes(requests)).toHaveLength(2));
    expect(writes(requests)).toEqual([
      expect.objectContaining({
        path: '/api/courses/k1/modules/reorder',
        body: { ids: ['m2', 'm1'] },
      }),
      expect.objectContaining({
        path: '/api/courses/k1/modules/m1/lessons',
        body: {
          title: 'Framing',
          kind: 'VIDEO',
          body: null,
          videoUrl: 'https://youtu.be/dQw4w9WgXcQ',
        },
      }),
    ]);
  });
});

describe('deleting a course', () => {
  it('asks first, then goes back to the list', async () => {
    const requests = courseBackend(
      () => course(),
      (request) => (request.method === 'DELETE' ? envelope(null) : undefined),
    );
    renderApp('/workspaces/w1/courses/k1');
    await userEvent.click(await screen.findByRole('button', { name: 'Delete the course' }));
    expect(writes(requests)).toHaveLength(0);
    await userEvent.click(screen.getByRole('button', { name: 'Delete Photo school' }));
    expect(await screen.findByText('Photo school was deleted.')).toBeVisible();
    expect(writes(requests)).toEqual([
      expect.objectContaining({ method: 'DELETE', path: '/api/courses/k1' }),
    ]);
  });

  it('shows why a course with students cannot be deleted', async () => {
    courseBackend(
      () => course(),
      (request) =>
        request.method === 'DELETE'
          ? problem(409, 'Conflict', 'The course has running enrolments: unenrol them first')
          : undefined,
    );
    renderApp('/workspaces/w1/courses/k1');
    await userEvent.click(await screen.findByRole('button', { name: 'Delete the course' }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete Photo school' }));
    expect(
      await screen.findByText('The course has running enrolments: unenrol them first'),
    ).toBeVisible();
  });
});
