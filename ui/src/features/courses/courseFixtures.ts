import { envelope, mockBackend, type FakeRequest } from '../../test/utils';
import { storePlatform } from '../store/storeFixtures';

/** Fixtures of the course pages' tests: course k1 of workspace w1, its students, a student link. */
const at = '2030-01-01T09:00:00Z';

export function lesson(overrides: Record<string, unknown> = {}) {
  return {
    id: 'l1',
    title: 'Holding the camera',
    kind: 'CONTENT',
    body: '# Grip\nBoth hands.',
    videoUrl: null,
    ...overrides,
  };
}

export function courseModule(overrides: Record<string, unknown> = {}) {
  return {
    id: 'm1',
    title: 'Basics',
    releaseRule: { type: 'IMMEDIATE', days: null, time: null, date: null },
    lessons: [lesson()],
    ...overrides,
  };
}

export function course(overrides: Record<string, unknown> = {}) {
  return {
    id: 'k1',
    title: 'Photo school',
    description: 'Learn to take photos',
    status: 'DRAFT',
    modules: [courseModule()],
    createdAt: at,
    updatedAt: at,
    publishedAt: null,
    ...overrides,
  };
}

export function enrollment(overrides: Record<string, unknown> = {}) {
  return {
    id: 'e1',
    courseId: 'k1',
    studentEmail: 'sam@student.example',
    studentName: 'Sam Student',
    timeZone: 'Europe/Paris',
    status: 'ACTIVE',
    liveStatus: null,
    enrolledAt: at,
    completedAt: null,
    pausedAt: null,
    pausedMillis: 0,
    modules: [
      {
        moduleId: 'm1',
        title: 'Basics',
        releaseRule: { type: 'IMMEDIATE' },
        releaseAt: null,
        releasedAt: at,
        completed: false,
        lessonsCompleted: 1,
        lessonsTotal: 2,
      },
      {
        moduleId: 'm2',
        title: 'Light',
        releaseRule: { type: 'DAYS_AFTER_ENROLLMENT', days: 7, time: '09:00' },
        releaseAt: null,
        releasedAt: null,
        completed: false,
        lessonsCompleted: 0,
        lessonsTotal: 1,
      },
    ],
    ...overrides,
  };
}

export function page(items: unknown[]) {
  return { items, page: 0, size: 20, total: items.length };
}

/** The platform with course k1 as given; `extra` answers first. */
export function courseBackend(
  current: () => Record<string, unknown>,
  extra?: (request: FakeRequest) => Response | undefined,
  role = 'EDITOR',
) {
  return mockBackend((request) => {
    const answer = extra?.(request);
    if (answer) return answer;
    const path = request.path.split('?')[0];
    if (path === '/api/courses/k1' && request.method === 'GET') return envelope(current());
    if (path === '/api/courses' && request.method === 'GET') return envelope(page([current()]));
    if (path === '/api/courses/k1/enrollments' && request.method === 'GET') {
      return envelope(page([enrollment()]));
    }
    return storePlatform(role)(request);
  });
}

export function outline(overrides: Record<string, unknown> = {}) {
  return {
    courseTitle: 'Photo school',
    courseDescription: 'Learn to take photos',
    studentName: 'Sam Student',
    status: 'ACTIVE',
    modules: [
      {
        id: 'm1',
        title: 'Basics',
        releasedAt: at,
        completed: false,
        lessons: [
          { id: 'l1', title: 'Holding the camera', kind: 'CONTENT', completed: true },
          { id: 'l2', title: 'Framing', kind: 'VIDEO', completed: false },
        ],
      },
    ],
    modulesNotYetReleased: 2,
    ...overrides,
  };
}

export function learnLesson(overrides: Record<string, unknown> = {}) {
  return {
    id: 'l1',
    moduleId: 'm1',
    title: 'Holding the camera',
    kind: 'CONTENT',
    body: '# Grip\nBoth hands.',
    videoUrl: null,
    completed: false,
    ...overrides,
  };
}
