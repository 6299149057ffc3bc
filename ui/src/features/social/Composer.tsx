import { useState, type FormEvent } from 'react';
import { Alert, Button, Card, TextAreaField, TextField } from '../../components/ui';
import { formatDateTime } from '../../lib/format';
import { useFormErrors } from '../../lib/forms';
import { localDateTimeToIso, scheduleProblem, userTimeZone } from '../campaigns/schedule';
import {
  socialApi,
  useAccounts,
  useQueue,
  useSocialMutation,
  type PostInput,
  type SocialAccount,
} from './api';
import { lengthFor, type Platform } from './postLength';

type When = 'queue' | 'at' | 'now';

/** The per-platform counts of the chosen accounts' networks, each once. */
function Counts({ text, accounts }: { text: string; accounts: SocialAccount[] }) {
  const platforms = [...new Set(accounts.map((a) => a.platform))] as Platform[];
  if (platforms.length === 0) return null;
  return (
    <ul className="social-counts" aria-label="Characters per network">
      {platforms.map((platform) => {
        const count = lengthFor(platform, text);
        return (
          <li key={platform} className={count.over ? 'social-count-over' : undefined}>
            {count.label}: {count.length} / {count.max}
            {count.over && ` — ${count.length - count.max} too many`}
          </li>
        );
      })}
    </ul>
  );
}

/** Write a post, pick its accounts, and publish it now, at a time, or in the next queue slot. */
export function Composer({ workspaceId }: { workspaceId: string }) {
  const accounts = useAccounts(workspaceId);
  const queue = useQueue(workspaceId);
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const nextSlot = queue.data?.nextFreeSlots[0] ?? null;
  const [when, setWhen] = useState<When>('at');
  const [at, setAt] = useState('');
  const [atError, setAtError] = useState<string | null>(null);
  const form = useFormErrors();
  const create = useSocialMutation(workspaceId, (input: PostInput) =>
    socialApi.createPost(workspaceId, input),
  );
  const connected = (accounts.data ?? []).filter((a) => a.connected);
  const selected = connected.filter((a) => chosen.includes(a.id));
  const over = selected.some((a) => lengthFor(a.platform, text).over);

  const toggle = (id: string) =>
    setChosen((current) =>
      current.includes(id) ? current.filter((c) => c !== id) : [...current, id],
    );

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    form.clear();
    const input: PostInput = { text, accountIds: chosen };
    if (when === 'queue') input.queue = true;
    if (when === 'at') {
      const problem = scheduleProblem(at);
      setAtError(problem);
      if (problem) return;
      input.scheduledAt = localDateTimeToIso(at) ?? undefined;
    }
    create.mutate(input, {
      onSuccess: () => {
        setText('');
        setAt('');
      },
      onError: (error) => form.showError(error, { 'accountIds[0]': 'accountIds' }),
    });
  };

  return (
    <Card title="New post" titleId="social-composer-title">
      <form
        ref={form.formRef}
        className="form-stack"
        onSubmit={submit}
        noValidate
        aria-labelledby="social-composer-title"
      >
        <TextAreaField
          label="Text"
          name="text"
          rows={5}
          value={text}
          onChange={(e) => setText(e.target.value)}
          error={form.fieldErrors.text}
        />
        <Counts text={text} accounts={selected} />
        <fieldset className="social-fieldset">
          <legend className="field-label">Accounts</legend>
          {connected.length === 0 && (
            <p className="muted small">Connect an account first: nothing can be published yet.</p>
          )}
          {(accounts.data ?? []).map((account) => (
            <label key={account.id} className="social-check">
              <input
                type="checkbox"
                name="accountIds"
                value={account.id}
                disabled={!account.connected}
                checked={chosen.includes(account.id)}
                onChange={() => toggle(account.id)}
              />
              {account.displayName} ({account.platform === 'X' ? 'X' : 'LinkedIn'})
              {!account.connected && <span className="muted"> — not connected</span>}
            </label>
          ))}
          {form.fieldErrors.accountIds && (
            <p className="field-error">{form.fieldErrors.accountIds}</p>
          )}
        </fieldset>
        <fieldset className="social-fieldset">
          <legend className="field-label">When</legend>
          <label className="social-check">
            <input
              type="radio"
              name="when"
              checked={when === 'queue'}
              disabled={!nextSlot}
              onChange={() => setWhen('queue')}
            />
            Next free queue slot
            {nextSlot ? ` (${formatDateTime(nextSlot)})` : ' (set time slots first)'}
          </label>
          <label className="social-check">
            <input
              type="radio"
              name="when"
              checked={when === 'at'}
              onChange={() => setWhen('at')}
            />
            At a time
          </label>
          {when === 'at' && (
            <TextField
              label={`Publish at (${userTimeZone()})`}
              name="scheduledAt"
              type="datetime-local"
              value={at}
              onChange={(e) => setAt(e.target.value)}
              error={atError ?? form.fieldErrors.scheduledAt}
            />
          )}
          <label className="social-check">
            <input
              type="radio"
              name="when"
              checked={when === 'now'}
              onChange={() => setWhen('now')}
            />
            Now
          </label>
          {form.fieldErrors.queue && <p className="field-error">{form.fieldErrors.queue}</p>}
        </fieldset>
        <Alert>{form.formError}</Alert>
        <Alert tone="success">
          {create.isSuccess && !create.isPending ? 'Post scheduled.' : ''}
        </Alert>
        <div>
          <Button
            type="submit"
            busy={create.isPending}
            disabled={over || chosen.length === 0 || !text.trim()}
          >
            {when === 'now' ? 'Publish now' : 'Schedule post'}
          </Button>
        </div>
      </form>
    </Card>
  );
}
