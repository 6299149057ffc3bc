import { useState, type FormEvent } from 'react';
import { errorMessage } from '../../api';
import { ConfirmButton } from '../../components/ConfirmButton';
import {
  Alert,
  Badge,
  Button,
  Card,
  EmptyState,
  SkeletonRows,
  TextField,
  type BadgeTone,
} from '../../components/ui';
import { formatDateTime, isoOrUndefined } from '../../lib/format';
import { isoToLocalDateTime, localDateTimeToIso, scheduleProblem } from '../campaigns/schedule';
import { socialApi, usePosts, useSocialMutation, type SocialPost } from './api';
import { PLATFORMS } from './postLength';

const STATUS: Record<string, { label: string; tone: BadgeTone }> = {
  SCHEDULED: { label: 'Scheduled', tone: 'info' },
  PUBLISHING: { label: 'Publishing', tone: 'accent' },
  PUBLISHED: { label: 'Published', tone: 'success' },
  PARTIALLY_PUBLISHED: { label: 'Partly published', tone: 'warning' },
  FAILED: { label: 'Failed', tone: 'danger' },
  CANCELLED: { label: 'Cancelled', tone: 'neutral' },
  PENDING: { label: 'Pending', tone: 'neutral' },
};

function StatusBadge({ status }: { status: string }) {
  const known = STATUS[status] ?? { label: status, tone: 'neutral' as const };
  return <Badge tone={known.tone}>{known.label}</Badge>;
}

/** `2030-03-04` of an instant in the browser's zone, to group the list by day. */
function dayOf(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  return d.toLocaleDateString(undefined, {
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  });
}

function RescheduleForm({
  workspaceId,
  post,
  onDone,
}: {
  workspaceId: string;
  post: SocialPost;
  onDone: () => void;
}) {
  const [value, setValue] = useState(
    post.scheduledAt ? isoToLocalDateTime(new Date(post.scheduledAt)) : '',
  );
  const [problem, setProblem] = useState<string | null>(null);
  const reschedule = useSocialMutation(workspaceId, (at: string) =>
    socialApi.reschedule(workspaceId, post.id, at),
  );
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const invalid = scheduleProblem(value);
    setProblem(invalid);
    if (invalid) return;
    reschedule.mutate(localDateTimeToIso(value)!, {
      onSuccess: onDone,
      onError: (error) => setProblem(errorMessage(error)),
    });
  };
  return (
    <form className="inline-form" onSubmit={submit} noValidate>
      <TextField
        label="New time"
        name="scheduledAt"
        type="datetime-local"
        value={value}
        onChange={(e) => setValue(e.target.value)}
        error={problem ?? undefined}
      />
      <div className="inline-form-submit">
        <Button type="submit" size="sm" busy={reschedule.isPending}>
          Save time
        </Button>
      </div>
    </form>
  );
}

function PostItem({
  workspaceId,
  post,
  canWrite,
}: {
  workspaceId: string;
  post: SocialPost;
  canWrite: boolean;
}) {
  const [rescheduling, setRescheduling] = useState(false);
  const cancel = useSocialMutation(workspaceId, () => socialApi.cancel(workspaceId, post.id));
  const waiting = post.status === 'SCHEDULED';
  return (
    <li className="social-post">
      <div className="social-post-head">
        <time dateTime={isoOrUndefined(post.scheduledAt)} className="cell-strong">
          {post.scheduledAt
            ? new Date(post.scheduledAt).toLocaleTimeString(undefined, {
                hour: '2-digit',
                minute: '2-digit',
              })
            : '—'}
        </time>
        <StatusBadge status={post.status} />
        {post.fromQueue && <Badge>Queue</Badge>}
        {canWrite && waiting && (
          <span className="social-post-actions">
            <Button variant="secondary" size="sm" onClick={() => setRescheduling((r) => !r)}>
              Reschedule
            </Button>
            <ConfirmButton
              confirmLabel="Cancel the post"
              busy={cancel.isPending}
              description="Cancel this post"
              onConfirm={() => cancel.mutate(undefined)}
            >
              Cancel
            </ConfirmButton>
          </span>
        )}
      </div>
      <p className="social-post-text">{post.text}</p>
      <ul className="social-targets">
        {post.targets.map((target) => (
          <li key={target.accountId}>
            {PLATFORMS[target.platform].label} · {target.accountName}:{' '}
            <StatusBadge status={target.status} />
            {target.url && (
              <>
                {' '}
                <a href={target.url} target="_blank" rel="noreferrer">
                  View on {PLATFORMS[target.platform].label}
                </a>
              </>
            )}
            {target.error && <span className="cell-error"> {target.error}</span>}
          </li>
        ))}
      </ul>
      {rescheduling && (
        <RescheduleForm
          workspaceId={workspaceId}
          post={post}
          onDone={() => setRescheduling(false)}
        />
      )}
      {cancel.isError && <Alert>{errorMessage(cancel.error)}</Alert>}
      <span className="sr-only">Scheduled for {formatDateTime(post.scheduledAt)}</span>
    </li>
  );
}

/** The posts by day, soonest first: a calendar as a list. */
export function PostsCard({ workspaceId, canWrite }: { workspaceId: string; canWrite: boolean }) {
  const posts = usePosts(workspaceId);
  const days = new Map<string, SocialPost[]>();
  for (const post of posts.data?.items ?? []) {
    const day = dayOf(post.scheduledAt);
    days.set(day, [...(days.get(day) ?? []), post]);
  }
  return (
    <Card
      title="Posts"
      titleId="social-posts-title"
      description="By publish time, in your time zone."
    >
      {posts.isPending ? (
        <SkeletonRows rows={3} label="Loading the posts…" />
      ) : posts.isError ? (
        <Alert>{errorMessage(posts.error)}</Alert>
      ) : days.size === 0 ? (
        <EmptyState icon="🗓" title="No post yet">
          Write one above: it is published at its time on every account you chose.
        </EmptyState>
      ) : (
        <div className="social-calendar" aria-labelledby="social-posts-title">
          {[...days.entries()].map(([day, items]) => (
            <section key={day} aria-label={day}>
              <h3 className="social-day">{day}</h3>
              <ul className="social-posts">
                {items.map((post) => (
                  <PostItem
                    key={post.id}
                    workspaceId={workspaceId}
                    post={post}
                    canWrite={canWrite}
                  />
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
    </Card>
  );
}
