import { useCallback, useMemo, useState, type FormEvent } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { errorMessage } from '../../api';
import { LoadFailed } from '../../components/LoadFailed';
import { Pagination } from '../../components/Pagination';
import {
  Alert,
  Button,
  Card,
  EmptyState,
  PageHeader,
  SelectField,
  SkeletonRows,
  TextField,
} from '../../components/ui';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useWorkspaceSection } from '../workspaces/WorkspaceSection';
import { CONTACTS_PAGE_SIZE, useContacts, useSegments, type Contact } from './api';
import { ConsentBadge, consentOptions } from './ConsentBadge';
import {
  contactFiltersFromSearch,
  contactsApiQuery,
  hasContactFilters,
  NO_CONTACT_FILTERS,
  searchFromContactFilters,
  type ContactFilters,
} from './contactFilters';
import { contactName } from './contactName';
import { crmPath } from './paths';
import { RelativeTime } from './PageParts';
import { TagChips } from './TagInput';

function ContactsTable({ contacts }: { contacts: Contact[] }) {
  const { workspaceId } = useWorkspaceSection();
  return (
    <div className="table-wrap">
      <table className="table" aria-labelledby="contacts-title">
        <thead>
          <tr>
            <th scope="col">Email</th>
            <th scope="col">Name</th>
            <th scope="col">Tags</th>
            <th scope="col">Consent</th>
            <th scope="col">Added</th>
          </tr>
        </thead>
        <tbody>
          {contacts.map((contact) => (
            <tr key={contact.id}>
              <td data-label="Email">
                <Link className="cell-strong store-break" to={crmPath(workspaceId, contact.id)}>
                  {contact.email}
                </Link>
              </td>
              <td data-label="Name">
                {contactName(contact) === contact.email ? (
                  <span className="muted">—</span>
                ) : (
                  contactName(contact)
                )}
              </td>
              <td data-label="Tags">
                <TagChips tags={contact.tags} />
              </td>
              <td data-label="Consent">
                <ConsentBadge consent={contact.consent} />
              </td>
              <td data-label="Added">
                <RelativeTime at={contact.createdAt} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ContactFilterBar({
  filters,
  onFilters,
}: {
  filters: ContactFilters;
  onFilters: (next: ContactFilters) => void;
}) {
  const { workspaceId } = useWorkspaceSection();
  const segments = useSegments(workspaceId);
  const segmentOptions = [
    { value: '', label: 'All contacts' },
    ...(segments.data ?? []).map((s) => ({ value: s.id, label: s.name })),
  ];
  if (filters.segmentId && !segments.data?.some((s) => s.id === filters.segmentId)) {
    segmentOptions.push({ value: filters.segmentId, label: 'A segment' });
  }
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    onFilters({
      ...filters,
      q: String(data.get('q') ?? '').trim(),
      tag: String(data.get('tag') ?? '').trim(),
      page: 0,
    });
  };
  return (
    <form
      className="crm-filters"
      role="search"
      aria-label="Filter contacts"
      onSubmit={onSubmit}
      // Typed filters are new inputs whenever the URL changes them (Back, a cleared filter).
      key={`${filters.q}|${filters.tag}`}
    >
      <TextField
        label="Search"
        name="q"
        type="search"
        defaultValue={filters.q}
        placeholder="Email or name"
        maxLength={200}
      />
      <TextField label="Tag" name="tag" defaultValue={filters.tag} maxLength={50} />
      <SelectField
        label="Consent"
        name="consent"
        value={filters.consent}
        options={[{ value: '', label: 'Any' }, ...consentOptions]}
        onChange={(event) => onFilters({ ...filters, consent: event.target.value, page: 0 })}
      />
      <SelectField
        label="Segment"
        name="segmentId"
        value={filters.segmentId}
        options={segmentOptions}
        onChange={(event) => onFilters({ ...filters, segmentId: event.target.value, page: 0 })}
      />
      <div className="crm-filters-submit">
        <Button type="submit" variant="secondary">
          Search
        </Button>
      </div>
    </form>
  );
}

function ContactsListBody({
  query,
  filters,
  onFilters,
}: {
  query: ReturnType<typeof useContacts>;
  filters: ContactFilters;
  onFilters: (next: ContactFilters) => void;
}) {
  const { workspaceId, permissions } = useWorkspaceSection();
  if (query.isPending) return <SkeletonRows rows={5} label="Loading contacts…" />;
  if (!query.data) {
    return <LoadFailed what="the contacts" error={query.error} onRetry={query.refetch} />;
  }
  const contacts = query.data.items;
  if (contacts.length === 0 && filters.page > 0) {
    return (
      <p className="muted">
        There are no contacts on this page.{' '}
        <Button variant="ghost" size="sm" onClick={() => onFilters({ ...filters, page: 0 })}>
          Go to the first page
        </Button>
      </p>
    );
  }
  if (contacts.length === 0 && hasContactFilters(filters)) {
    return (
      <EmptyState
        icon="⌕"
        title="No contacts match"
        action={
          <Button variant="secondary" onClick={() => onFilters(NO_CONTACT_FILTERS)}>
            Show all contacts
          </Button>
        }
      >
        Try another search, tag, consent or segment, or show every contact.
      </EmptyState>
    );
  }
  if (contacts.length === 0) {
    return (
      <EmptyState
        icon="☺"
        title="No contacts yet"
        action={
          permissions.canWrite ? (
            <span className="confirm-group">
              <Link className="btn btn-primary" to={crmPath(workspaceId, 'new')}>
                Add a contact
              </Link>
              <Link className="btn btn-secondary" to={crmPath(workspaceId, 'imports')}>
                Import a CSV
              </Link>
            </span>
          ) : undefined
        }
      >
        Contacts are the people you sell to, mail and teach. Add one by hand, or bring a list from
        another tool with a CSV import; orders and sign-ups through the API add them too.
      </EmptyState>
    );
  }
  return (
    <>
      {query.isError && (
        <Alert tone="warning">Could not refresh: {errorMessage(query.error)}</Alert>
      )}
      <ContactsTable contacts={contacts} />
      <Pagination
        pageSize={CONTACTS_PAGE_SIZE}
        label="Pages of contacts"
        page={filters.page}
        total={Math.max(query.data.total, contacts.length)}
        onPage={(page) => onFilters({ ...filters, page })}
      />
    </>
  );
}

export function ContactsPage() {
  const { workspaceId, workspace, permissions } = useWorkspaceSection();
  useDocumentTitle('Contacts', workspace.name);
  const location = useLocation();
  const [notice] = useState(() => (location.state as { flash?: string } | null)?.flash ?? '');
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => contactFiltersFromSearch(searchParams), [searchParams]);
  const setFilters = useCallback(
    (next: ContactFilters) => setSearchParams(searchFromContactFilters(next)),
    [setSearchParams],
  );
  const query = useContacts(workspaceId, contactsApiQuery(filters));
  const total = query.data?.total ?? 0;

  return (
    <>
      <PageHeader
        eyebrow={workspace.name}
        title="Contacts"
        description="The people you sell to, mail and teach, newest first."
        actions={
          permissions.canWrite ? (
            <>
              <Link className="btn btn-secondary" to={crmPath(workspaceId, 'imports')}>
                Import CSV
              </Link>
              <Link className="btn btn-primary" to={crmPath(workspaceId, 'new')}>
                New contact
              </Link>
            </>
          ) : undefined
        }
      />
      <Alert tone="success">{notice}</Alert>
      <Card
        title="Contacts"
        titleId="contacts-title"
        description={
          query.data
            ? `${total} ${total === 1 ? 'contact' : 'contacts'}${hasContactFilters(filters) ? ' match' : ''}`
            : undefined
        }
      >
        <ContactFilterBar filters={filters} onFilters={setFilters} />
        <ContactsListBody query={query} filters={filters} onFilters={setFilters} />
      </Card>
    </>
  );
}
