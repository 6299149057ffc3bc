import { useMemo, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError, errorMessage } from '../../api';
import { Alert, Button, Card, PageHeader, TextField } from '../../components/ui';
import { formValues, useFormErrors } from '../../lib/forms';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { ConfirmDialog } from '../store/ConfirmDialog';
import { useWorkspaceSection } from '../workspaces/WorkspaceSection';
import { crmApi, useSegment, useSegmentCount, useSegmentMutation, type SegmentInput } from './api';
import { crmPath } from './paths';
import { FilterBuilder } from './FilterBuilder';
import { formatCount } from './importStatus';
import { BackLink } from '../../components/BackLink';
import { RecordUnavailable } from '../../components/RecordUnavailable';
import {
  EMPTY_FILTER,
  filterFromApi,
  filterToBody,
  mapSegmentErrors,
  segmentErrorAliases,
  type FilterState,
} from './segmentFilter';
import { segmentContactsPath } from './SegmentsPage';
import { useDebounced } from './useDebounced';

/** Counting waits until typing pauses, so a rule typed letter by letter is counted once. */
export const COUNT_DEBOUNCE_MS = 400;

/** "12 contacts match", live, or why the filter cannot be counted yet. */
function MatchCount({
  count,
  whole,
}: {
  count: ReturnType<typeof useSegmentCount>;
  whole: boolean;
}) {
  let text: string;
  if (!whole) text = 'Finish the rules to see how many contacts match.';
  else if (count.data) {
    const n = count.data.contactCount;
    text = `${formatCount(n)} ${n === 1 ? 'contact matches' : 'contacts match'}`;
  } else if (count.isError) {
    text = `Could not count the contacts: ${errorMessage(count.error)}`;
  } else text = 'Counting…';
  return (
    <p
      className="crm-match"
      role="status"
      aria-live="polite"
      aria-busy={count.isFetching || undefined}
    >
      {text}
    </p>
  );
}

function SegmentEditor({
  segmentId,
  initialName,
  initialFilter,
}: {
  segmentId: string | null;
  initialName: string;
  initialFilter: FilterState;
}) {
  const { workspaceId, permissions } = useWorkspaceSection();
  const navigate = useNavigate();
  const form = useFormErrors();
  const [filter, setFilter] = useState(initialFilter);
  const [asking, setAsking] = useState(false);
  const { body, errors: localErrors } = useMemo(() => filterToBody(filter), [filter]);
  const count = useSegmentCount(workspaceId, useDebounced(body, COUNT_DEBOUNCE_MS));
  const countErrors =
    count.error instanceof ApiError && count.error.status === 400
      ? mapSegmentErrors(count.error.fieldErrors)
      : {};
  const errors = { ...countErrors, ...form.fieldErrors };
  const save = useSegmentMutation(workspaceId, (input: SegmentInput) =>
    segmentId
      ? crmApi.updateSegment(workspaceId, segmentId, input)
      : crmApi.createSegment(workspaceId, input),
  );
  const remove = useSegmentMutation(workspaceId, () =>
    crmApi.deleteSegment(workspaceId, segmentId!),
  );
  const segmentsPath = crmPath(workspaceId, 'segments');

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const name = (formValues(event.currentTarget).name ?? '').trim();
    const problems = { ...localErrors, ...(name ? {} : { name: 'Enter a name.' }) };
    if (!body || !name) {
      form.showError(
        new ApiError({
          status: 400,
          code: 'ValidationError',
          message: 'Please correct the highlighted fields.',
          fieldErrors: problems,
        }),
      );
      return;
    }
    try {
      const saved = await save.mutateAsync({ name, filter: body });
      navigate(segmentsPath, {
        state: { flash: `${saved.name} was saved: ${formatCount(saved.contactCount)} contacts.` },
      });
    } catch (error) {
      form.showError(
        error,
        error instanceof ApiError ? segmentErrorAliases(error.fieldErrors) : {},
      );
    }
  };

  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form-stack crm-form">
      <Alert>{form.formError}</Alert>
      <TextField
        label="Name"
        name="name"
        defaultValue={initialName}
        maxLength={100}
        error={errors.name}
        required
      />
      <FilterBuilder
        state={filter}
        errors={errors}
        onChange={(next) => {
          form.clear();
          setFilter(next);
        }}
      />
      <MatchCount count={count} whole={body !== null} />
      <div className="store-form-actions">
        {segmentId && (
          <Link className="btn btn-ghost" to={segmentContactsPath(workspaceId, segmentId)}>
            View its contacts
          </Link>
        )}
        {segmentId && permissions.canWrite && (
          <Button variant="danger" busy={remove.isPending} onClick={() => setAsking(true)}>
            Delete…
          </Button>
        )}
        {permissions.canWrite && (
          <Button type="submit" busy={save.isPending}>
            {segmentId ? 'Save segment' : 'Create segment'}
          </Button>
        )}
      </div>
      {remove.error && <Alert>{errorMessage(remove.error)}</Alert>}
      {asking && (
        <ConfirmDialog
          title={`Delete the segment ${initialName}?`}
          confirmLabel="Delete segment"
          cancelLabel="Keep it"
          onClose={() => setAsking(false)}
          onConfirm={() => {
            setAsking(false);
            remove.mutate(undefined, {
              onSuccess: () =>
                navigate(segmentsPath, { state: { flash: `${initialName} was deleted.` } }),
            });
          }}
        >
          <p>The filter is deleted; its contacts stay as they are.</p>
        </ConfirmDialog>
      )}
    </form>
  );
}

export function SegmentEditorPage() {
  const { workspaceId, workspace } = useWorkspaceSection();
  const { segmentId = '' } = useParams();
  const query = useSegment(workspaceId, segmentId);
  const title = segmentId ? (query.data?.name ?? 'Segment') : 'New segment';
  useDocumentTitle(title, workspace.name);
  const backLink = <BackLink to={crmPath(workspaceId, 'segments')}>All segments</BackLink>;
  if (segmentId && !query.data) {
    return (
      <>
        {backLink}
        <RecordUnavailable query={query} noun="segment" />
      </>
    );
  }
  return (
    <>
      {backLink}
      <PageHeader
        eyebrow={workspace.name}
        title={title}
        description="Contacts for which every condition given holds. The count below is who matches right now."
      />
      <Card>
        <SegmentEditor
          key={query.data?.id ?? 'new'}
          segmentId={segmentId || null}
          initialName={query.data?.name ?? ''}
          initialFilter={query.data ? filterFromApi(query.data.filter) : EMPTY_FILTER}
        />
      </Card>
    </>
  );
}
