import { useEffect, useRef, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError, errorMessage } from '../../api';
import { Logo } from '../../components/Logo';
import { Alert, Button, EmptyState, Spinner } from '../../components/ui';
import { formatDate } from '../../lib/format';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import {
  useCompleteLesson,
  useLearnLesson,
  useLearnOutline,
  type LearnLesson,
  type LearnOutline,
} from './api';
import { LessonText, LessonVideo } from './LessonContent';
import './courses.css';

/** `/learn/t` or `/learn/t/lessons/l1`. */
export function learnPath(token: string, lessonId?: string): string {
  const base = `/learn/${encodeURIComponent(token)}`;
  return lessonId ? `${base}/lessons/${encodeURIComponent(lessonId)}` : base;
}

/** Why the link opens nothing, in the student's words: the API's 404 and 403 mean different things. */
export function linkProblem(error: unknown): { title: string; body: string } {
  if (error instanceof ApiError && error.status === 404) {
    return {
      title: 'This course link is not valid',
      body: 'Check that you opened the whole link from your course mail; if it still fails, ask the course’s author for a new one.',
    };
  }
  if (error instanceof ApiError && error.status === 403) {
    return {
      title: 'This enrolment has ended',
      body: 'The course is no longer open to you. If you think this is a mistake, write to the course’s author.',
    };
  }
  return { title: 'Could not open the course', body: errorMessage(error) };
}

function LearnFrame({ children }: { children: ReactNode }) {
  return (
    <div className="learn-page">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="learn-topbar">
        <Logo />
      </header>
      {children}
    </div>
  );
}

function Outline({
  token,
  outline,
  lessonId,
}: {
  token: string;
  outline: LearnOutline;
  lessonId: string;
}) {
  const toCome = outline.modulesNotYetReleased;
  return (
    <nav className="learn-outline" aria-label="Course outline">
      <h2 className="learn-outline-title">Your modules</h2>
      {outline.modules.length === 0 && <p className="muted">Nothing is released to you yet.</p>}
      <ol className="learn-modules">
        {outline.modules.map((module) => (
          <li key={module.id}>
            <h3 className="learn-module-title">
              {module.title}
              {module.completed && (
                <span className="learn-done">
                  {' '}
                  <span aria-hidden="true">✓</span> completed
                </span>
              )}
            </h3>
            <ol className="learn-lessons">
              {module.lessons.map((lesson) => (
                <li key={lesson.id}>
                  <Link
                    to={learnPath(token, lesson.id)}
                    aria-current={lesson.id === lessonId ? 'page' : undefined}
                    aria-label={`${lesson.title}${lesson.kind === 'VIDEO' ? ', video' : ''}, ${
                      lesson.completed ? 'completed' : 'not completed'
                    }`}
                    className={lesson.id === lessonId ? 'learn-lesson active' : 'learn-lesson'}
                  >
                    <span className="learn-tick" aria-hidden="true">
                      {lesson.completed ? '✓' : '○'}
                    </span>
                    {lesson.title}
                  </Link>
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
      <p className="learn-to-come">
        {toCome === 0
          ? 'Every module is released to you.'
          : `${toCome} ${toCome === 1 ? 'module is' : 'modules are'} still to come: you will get a mail when each opens.`}
      </p>
    </nav>
  );
}

function LessonView({ token, lessonId }: { token: string; lessonId: string }) {
  const query = useLearnLesson(token, lessonId);
  const complete = useCompleteLesson(token);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const lesson: LearnLesson | undefined = query.data;
  const loadedId = lesson?.id;

  // A lesson chosen in the outline replaces the view: its title takes the focus, so a screen
  // reader reads what opened.
  useEffect(() => {
    if (loadedId) headingRef.current?.focus({ preventScroll: true });
  }, [loadedId]);

  if (query.isPending) return <Spinner label="Loading the lesson…" />;
  if (!lesson) {
    const error = query.error;
    const forbidden = error instanceof ApiError && error.status === 403;
    const missing = error instanceof ApiError && error.status === 404;
    return (
      <EmptyState
        icon={forbidden ? '🔒' : '?'}
        headingLevel={2}
        title={
          forbidden
            ? 'This lesson is not released to you yet'
            : missing
              ? 'This lesson does not exist'
              : 'Could not load the lesson'
        }
      >
        {forbidden
          ? `${errorMessage(error)}. You will get a mail when it opens.`
          : missing
            ? 'It may have been removed from the course. Choose another lesson.'
            : errorMessage(error)}
      </EmptyState>
    );
  }
  return (
    <article className="learn-lesson-view" aria-labelledby="lesson-title">
      <h2 id="lesson-title" ref={headingRef} tabIndex={-1} className="learn-lesson-heading">
        {lesson.title}
      </h2>
      {lesson.kind === 'VIDEO' ? (
        <LessonVideo title={lesson.title} videoUrl={lesson.videoUrl} />
      ) : (
        <LessonText body={lesson.body} />
      )}
      <div className="learn-complete">
        <Alert>{complete.error ? errorMessage(complete.error) : null}</Alert>
        <div role="status" aria-live="polite">
          {lesson.completed && <p className="learn-completed">✓ You completed this lesson.</p>}
        </div>
        {!lesson.completed && (
          <Button busy={complete.isPending} onClick={() => complete.mutate(lesson.id)}>
            Mark as complete
          </Button>
        )}
      </div>
    </article>
  );
}

/** The student's page, opened from the link of their course mails: no account needed. */
export function LearnPage() {
  const { token = '', lessonId = '' } = useParams();
  const query = useLearnOutline(token);
  const outline = query.data;
  useDocumentTitle(outline?.courseTitle ?? 'Your course');

  if (query.isPending) {
    return (
      <LearnFrame>
        <main id="main" className="learn-main" tabIndex={-1}>
          <Spinner label="Opening your course…" />
        </main>
      </LearnFrame>
    );
  }
  if (!outline) {
    const problem = linkProblem(query.error);
    return (
      <LearnFrame>
        <main id="main" className="learn-main" tabIndex={-1}>
          <EmptyState icon="!" headingLevel={1} title={problem.title}>
            {problem.body}
          </EmptyState>
        </main>
      </LearnFrame>
    );
  }
  const first = outline.modules[0]?.lessons[0];
  return (
    <LearnFrame>
      <main id="main" className="learn-layout" tabIndex={-1}>
        <div className="learn-header">
          <p className="page-eyebrow">
            {outline.studentName ? `Welcome, ${outline.studentName}` : 'Your course'}
          </p>
          <h1 className="page-title">{outline.courseTitle}</h1>
          {outline.courseDescription && (
            <p className="page-description">{outline.courseDescription}</p>
          )}
          {outline.status === 'COMPLETED' && (
            <p className="learn-course-done">🎉 You completed this course. It stays open to you.</p>
          )}
          {outline.status === 'PAUSED' && (
            <p className="muted">
              Your course is paused for now: new modules wait until it resumes.
            </p>
          )}
        </div>
        <Outline token={token} outline={outline} lessonId={lessonId} />
        <div className="learn-content">
          {lessonId ? (
            <LessonView key={lessonId} token={token} lessonId={lessonId} />
          ) : first ? (
            <EmptyState
              icon="▶"
              headingLevel={2}
              title="Choose a lesson to start"
              action={
                <Link className="btn btn-primary" to={learnPath(token, first.id)}>
                  Start with {first.title}
                </Link>
              }
            >
              {outline.modules.length} {outline.modules.length === 1 ? 'module is' : 'modules are'}{' '}
              open to you
              {outline.modules[0]?.releasedAt
                ? `, the first since ${formatDate(outline.modules[0].releasedAt)}`
                : ''}
              .
            </EmptyState>
          ) : (
            <EmptyState icon="⏳" headingLevel={2} title="Your first module is on its way">
              You will get a mail when it opens.
            </EmptyState>
          )}
        </div>
      </main>
    </LearnFrame>
  );
}
