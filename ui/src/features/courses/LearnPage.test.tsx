import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { envelope, mockBackend, problem, renderApp } from '../../test/utils';
import { learnLesson, outline } from './courseFixtures';

// The pages load lazily in the app and a page reads several answers before it shows: load them
// once first and wait a little longer than the default second on a busy machine.
beforeAll(async () => {
  configure({ asyncUtilTimeout: 4000 });
  await import('./LearnPage');
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const LEARN = '/api/courses/learn/e1.sig';

describe('LearnPage', () => {
  it('shows the released modules with their ticks and what is still to come, without signing in', async () => {
    const requests = mockBackend((request) =>
      request.path === LEARN ? envelope(outline()) : undefined,
    );
    renderApp('/learn/e1.sig');

    expect(await screen.findByRole('heading', { level: 1, name: 'Photo school' })).toBeVisible();
    const nav = screen.getByRole('navigation', { name: 'Course outline' });
    expect(within(nav).getByRole('heading', { name: 'Basics' })).toBeVisible();
    expect(
      within(nav).getByRole('link', { name: 'Holding the camera, completed' }),
    ).toHaveAttribute('href', '/learn/e1.sig/lessons/l1');
    expect(within(nav).getByRole('link', { name: 'Framing, video, not completed' })).toBeVisible();
    expect(nav).toHaveTextContent('2 modules are still to come');
    expect(screen.getByRole('link', { name: 'Start with Holding the camera' })).toBeVisible();
    expect(requests.find((r) => r.path === LEARN)?.authorization).toBeNull();
  });

  it('says a link that is not genuine is not valid', async () => {
    mockBackend((request) =>
      request.path === LEARN ? problem(404, 'NotFound', 'Course link not found') : undefined,
    );
    renderApp('/learn/e1.sig');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This course link is not valid' }),
    ).toBeVisible();
  });

  it('says an ended enrolment has ended', async () => {
    mockBackend((request) =>
      request.path === LEARN
        ? problem(403, 'Forbidden', 'This enrolment has ended: the course is no longer open to you')
        : undefined,
    );
    renderApp('/learn/e1.sig');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This enrolment has ended' }),
    ).toBeVisible();
  });

  it('says a lesson of a module not released yet is not open', async () => {
    mockBackend((request) => {
      if (request.path === LEARN) return envelope(outline());
      if (request.path === `${LEARN}/lessons/l9`) {
        return problem(
          403,
          'Forbidden',
          'This lesson opens with the module "Light", not released to you yet',
          { lessonId: 'its module is not released to this enrolment yet' },
        );
      }
      return undefined;
    });
    renderApp('/learn/e1.sig/lessons/l9');
    expect(
      await screen.findByRole('heading', { name: 'This lesson is not released to you yet' }),
    ).toBeVisible();
    expect(screen.getByText(/opens with the module "Light"/)).toBeVisible();
  });

  it('shows a text lesson as text and marks it complete', async () => {
    let completed = false;
    const body = '# Grip\nBoth hands.\n\n<img src=x onerror="alert(1)">';
    const requests = mockBackend((request) => {
      if (request.path === LEARN) return envelope(outline());
      if (request.path === `${LEARN}/lessons/l2/complete` && request.method === 'POST') {
        completed = true;
        return envelope(learnLesson({ id: 'l2', body, completed }));
      }
      if (request.path === `${LEARN}/lessons/l2`) {
        return envelope(learnLesson({ id: 'l2', title: 'Framing', body, completed }));
      }
      return undefined;
    });
    const { container } = renderApp('/learn/e1.sig/lessons/l2');

    const article = await screen.findByRole('article', { name: 'Framing' });
    expect(within(article).getByRole('heading', { level: 3, name: 'Grip' })).toBeVisible();
    expect(article).toHaveTextContent('<img src=x onerror="alert(1)">');
    expect(container.querySelector('img')).toBeNull();

    await userEvent.click(within(article).getByRole('button', { name: 'Mark as complete' }));
    expect(await within(article).findByText('✓ You completed this lesson.')).toBeVisible();
    expect(within(article).queryByRole('button', { name: 'Mark as complete' })).toBeNull();
    expect(requests.filter((r) => r.path === LEARN).length).toBeGreaterThanOrEqual(2);
  });

  it('plays a YouTube video in its embed and links any other video', async () => {
    mockBackend((request) => {
      if (request.path === LEARN) return envelope(outline());
      if (request.path === `${LEARN}/lessons/l2`) {
        return envelope(
          learnLesson({
            id: 'l2',
            title: 'Framing',
            kind: 'VIDEO',
            body: null,
            videoUrl: 'https://youtu.be/dQw4w9WgXcQ',
          }),
        );
      }
      if (request.path === `${LEARN}/lessons/l3`) {
        return envelope(
          learnLesson({
            id: 'l3',
            title: 'Elsewhere',
            kind: 'VIDEO',
            body: null,
            videoUrl: 'https://videos.example/42',
          }),
        );
      }
      return undefined;
    });
    renderApp('/learn/e1.sig/lessons/l2');
    expect(await screen.findByTitle('Video: Framing')).toHaveAttribute(
      'src',
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
    );

    renderApp('/learn/e1.sig/lessons/l3');
    expect(await screen.findByRole('link', { name: 'Watch the video' })).toHaveAttribute(
      'href',
      'https://videos.example/42',
    );
    expect(screen.queryByTitle('Video: Elsewhere')).toBeNull();
  });
});

describe('LearnPage landmarks', () => {
  it('has one banner, one main holding the course title, and the outline as navigation', async () => {
    mockBackend((request) => (request.path === LEARN ? envelope(outline()) : undefined));
    renderApp('/learn/e1.sig');
    const title = await screen.findByRole('heading', { level: 1, name: 'Photo school' });
    const main = screen.getByRole('main');
    expect(main).toContainElement(title);
    expect(within(main).getByRole('navigation', { name: 'Course outline' })).toBeVisible();
    expect(screen.getAllByRole('banner')).toHaveLength(1);
  });
});
