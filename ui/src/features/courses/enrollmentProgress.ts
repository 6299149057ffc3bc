import type { Enrollment, EnrollmentAction } from './api';

export interface ProgressSummary {
  modulesReleased: number;
  modulesTotal: number;
  modulesCompleted: number;
  lessonsCompleted: number;
  lessonsTotal: number;
}

/** Released and completed counts of an enrolment, from its per-module progress. */
export function progressOf(enrollment: Enrollment): ProgressSummary {
  const modules = enrollment.modules;
  return {
    modulesReleased: modules.filter((m) => m.releasedAt).length,
    modulesTotal: modules.length,
    modulesCompleted: modules.filter((m) => m.completed).length,
    lessonsCompleted: modules.reduce((sum, m) => sum + m.lessonsCompleted, 0),
    lessonsTotal: modules.reduce((sum, m) => sum + m.lessonsTotal, 0),
  };
}

/**
 * What the creator may do with an enrolment in its status, as the drip's validators allow:
 * nothing once it ended, release-all only while something is still to come.
 */
export function actionsFor(enrollment: Enrollment): EnrollmentAction[] {
  const status = enrollment.liveStatus ?? enrollment.status;
  if (status !== 'ACTIVE' && status !== 'PAUSED') return [];
  const progress = progressOf(enrollment);
  return [
    status === 'ACTIVE' ? 'pause' : 'resume',
    ...(progress.modulesReleased < progress.modulesTotal ? (['release-all'] as const) : []),
    'unenroll',
  ];
}
