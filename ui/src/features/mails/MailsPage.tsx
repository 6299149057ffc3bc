import { useId, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { LoadFailed } from '../../components/LoadFailed';
import { EmptyState, PageHeader, SkeletonRows } from '../../components/ui';
import { formatDateTime, formatRelative, isoOrUndefined } from '../../lib/format';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { isSinkUnavailable, MAILS_POLL_MS, useMails, type Mail } from './api';
import { extractLinks, htmlForFrame } from './mailLinks';

function MailDetail({ mail, onBack }: { mail: Mail; onBack: () => void }) {
  const [view, setView] = useState<'html' | 'text'>(mail.html ? 'html' : 'text');
  const links = useMemo(() => extractLinks(mail), [mail]);
  const headingId = useId();
  const srcDoc = useMemo(() => (mail.html ? htmlForFrame(mail.html) : ''), [mail.html]);

  return (
    <article className="mail-detail" aria-labelledby={headingId}>
      <button type="button" className="btn btn-ghost btn-sm mail-back" onClick={onBack}>
        ← All mails
      </button>
      <h2 className="mail-subject" id={headingId}>
        {mail.subject}
      </h2>
      <dl className="mail-headers">
        <dt>From</dt>
        <dd>{mail.from || '—'}</dd>
        <dt>To</dt>
        <dd>{mail.to.join(', ') || '—'}</dd>
        <dt>Received</dt>
        <dd>
          <time dateTime={isoOrUndefined(mail.receivedAt)}>{formatDateTime(mail.receivedAt)}</time>
        </dd>
        {mail.messageId && (
          <>
            <dt>Message-ID</dt>
            <dd>
              <code>{mail.messageId}</code>
            </dd>
          </>
        )}
      </dl>

      {links.length > 0 && (
        <section className="mail-links" aria-label="Links in this mail">
          <h3 className="mail-links-title">Links in this mail</h3>
          <ul>
            {links.map((link) => (
              <li key={link.href}>
                {link.appPath ? (
                  <Link to={link.appPath} className="mail-link" data-testid="mail-app-link">
                    Open in this app: <code>{link.appPath}</code>
                  </Link>
                ) : (
                  <a
                    href={link.href}
                    target="_blank"
                    rel="noopener noreferrer"
                    className="mail-link"
                  >
                    <code>{link.href}</code>
                  </a>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      <div className="segmented" role="group" aria-label="Show the mail as">
        <button
          type="button"
          className="segmented-button"
          aria-pressed={view === 'html'}
          disabled={!mail.html}
          onClick={() => setView('html')}
        >
          HTML
        </button>
        <button
          type="button"
          className="segmented-button"
          aria-pressed={view === 'text'}
          disabled={!mail.text}
          onClick={() => setView('text')}
        >
          Plain text
        </button>
      </div>

      {view === 'html' && mail.html ? (
        <iframe
          className="mail-frame"
          title={`Content of the mail “${mail.subject}”`}
          sandbox="allow-popups allow-popups-to-escape-sandbox"
          referrerPolicy="no-referrer"
          srcDoc={srcDoc}
        />
      ) : (
        <pre className="mail-text">{mail.text || '(This mail has no plain-text part.)'}</pre>
      )}
    </article>
  );
}

export function MailsPage() {
  useDocumentTitle('Mail sink');
  const query = useMails();
  const [params, setParams] = useSearchParams();
  const [filter, setFilter] = useState('');
  const filterId = useId();
  const selectedId = params.get('id');

  const mails = useMemo(() => query.data?.items ?? [], [query.data]);
  const visible = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    if (!needle) return mails;
    return mails.filter((mail) =>
      [mail.subject, mail.from, ...mail.to].some((value) => value.toLowerCase().includes(needle)),
    );
  }, [mails, filter]);
  const selected = mails.find((mail) => mail.id === selectedId) ?? null;

  const select = (id: string | null) => {
    const next = new URLSearchParams(params);
    if (id) next.set('id', id);
    else next.delete('id');
    setParams(next, { replace: true });
  };

  const header = (
    <PageHeader
      title="Mail sink"
      description={`Every mail the platform sends in embedded mode lands here instead of a real inbox. The list refreshes every ${MAILS_POLL_MS / 1000} seconds.`}
      actions={
        query.data ? (
          <span className="live-indicator" role="status">
            <span
              className={query.isFetching ? 'live-dot active' : 'live-dot'}
              aria-hidden="true"
            />
            {mails.length} {mails.length === 1 ? 'mail' : 'mails'}
          </span>
        ) : undefined
      }
    />
  );

  if (query.isPending) {
    return (
      <>
        {header}
        <SkeletonRows rows={4} label="Loading mails…" />
      </>
    );
  }

  if (query.isError && isSinkUnavailable(query.error)) {
    return (
      <>
        {header}
        <EmptyState
          icon="✉"
          title="The mail sink is only available in embedded mode"
          headingLevel={2}
        >
          This platform sends its mails through a real SMTP server, so they arrive in the
          recipients&apos; inboxes instead. Start the platform in embedded mode to collect them
          here.
        </EmptyState>
      </>
    );
  }

  if (query.isError && !query.data) {
    return (
      <>
        {header}
        <LoadFailed what="the mails" error={query.error} onRetry={query.refetch} />
      </>
    );
  }

  return (
    <>
      {header}
      {mails.length === 0 ? (
        <EmptyState
          icon="✉"
          title="No mails yet"
          headingLevel={2}
          action={
            <Link to="/workspaces" className="btn btn-secondary">
              Go to your workspaces
            </Link>
          }
        >
          Invite someone from a workspace&apos;s Members page, or ask for a password reset, and the
          mail shows up here within a few seconds.
        </EmptyState>
      ) : (
        <div className={selected ? 'mail-layout has-selection' : 'mail-layout'}>
          <section className="mail-list-pane" aria-label="Mails, newest first">
            <div className="field mail-filter">
              <label className="sr-only" htmlFor={filterId}>
                Filter mails
              </label>
              <input
                id={filterId}
                className="input"
                type="search"
                placeholder="Filter by subject or address"
                value={filter}
                onChange={(event) => setFilter(event.target.value)}
              />
            </div>
            {visible.length === 0 ? (
              <p className="muted mail-list-empty">No mail matches “{filter}”.</p>
            ) : (
              <ul className="mail-list">
                {visible.map((mail) => (
                  <li key={mail.id}>
                    <button
                      type="button"
                      className="mail-item"
                      aria-current={mail.id === selectedId ? 'true' : undefined}
                      onClick={() => select(mail.id)}
                    >
                      <span className="mail-item-top">
                        <span className="mail-item-to">
                          {mail.to.join(', ') || '(no recipient)'}
                        </span>
                        <time className="mail-item-time" dateTime={isoOrUndefined(mail.receivedAt)}>
                          {formatRelative(mail.receivedAt)}
                        </time>
                      </span>
                      <span className="mail-item-subject">{mail.subject}</span>
                      <span className="mail-item-from">from {mail.from || 'unknown sender'}</span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className="mail-detail-pane" aria-label="Selected mail">
            {selected ? (
              <MailDetail key={selected.id} mail={selected} onBack={() => select(null)} />
            ) : (
              <EmptyState icon="←" title="Select a mail" headingLevel={2}>
                Pick a mail on the left to read it and open its links.
              </EmptyState>
            )}
          </section>
        </div>
      )}
    </>
  );
}
