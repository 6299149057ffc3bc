import { configure, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { envelope, renderApp } from '../../test/utils';
import { signIn } from '../store/storeFixtures';
import { course, courseBackend, courseModule, enrollment, page } from './courseFixtures';

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

describe('CoursesPage', () => {
  it('lists the courses with status, modules and enrolments', async () => {
    courseBackend(
      () =>
        course({
          status: 'PUBLISHED',
          modules: [courseModule(), courseModule({ id: 'm2', title: 'Light' })],
        }),
      (request) =>
        request.path === '/api/courses/k1/enrollments?page=0&size=1'
          ? envelope({ ...page([enrollment()]), total: 3 })
          : undefined,
    );
    renderApp('/workspaces/w1/courses');

    const table = await screen.findByRole('table', { name: 'Courses' });
    const row = within(table).getAllByRole('row')[1]!;
    expect(within(row).getByRole('link', { name: 'Photo school' })).toHaveAttribute(
      'href',
      '/workspaces/w1/courses/k1',
    );
    expect(within(row).getByText('Published')).toBeVisible();
    expect(row).toHaveTextContent('22 lessons');
    expect(await within(row).findByRole('link', { name: '3 students' })).toHaveAttribute(
      'href',
      '/workspaces/w1/courses/k1/enrollments',
    );
    expect(screen.getByRole('link', { name: 'New course' })).toBeVisible();
  });

  it('says what to do when there is no course yet', async () => {
    courseBackend(
      () => course(),
      (request) => (request.path.startsWith('/api/courses?') ? envelope(page([])) : undefined),
    );
    renderApp('/workspaces/w1/courses');
    expect(await screen.findByRole('heading', { name: 'No courses yet' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Create your first course' })).toHaveAttribute(
      'href',
      '/workspaces/w1/courses/new',
    );
  });

  it('is in the workspace navigation', async () => {
    courseBackend(() => course());
    renderApp('/workspaces/w1/courses');
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(await within(nav).findByRole('link', { name: /Courses/ })).toHaveAttribute(
      'href',
      '/workspaces/w1/courses',
    );
  });
});
