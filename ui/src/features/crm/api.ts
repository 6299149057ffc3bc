import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../api';
import { idSchema, instantSchema, pageSchema, segment } from '../../api/schemas';
import { refreshTagged, type Tagged } from '../runs/api';

/** Only `subscribed` contacts are mailed by campaigns; the others say why not. */
export const CONSENT_STATES = ['subscribed', 'unsubscribed', 'bounced', 'complained'] as const;
export type ConsentState = (typeof CONSENT_STATES)[number];

/** A custom field's value: text, a number or yes/no, as the API stores them. */
export type FieldValue = string | number | boolean;

export const consentChangeSchema = z.object({
  status: z.string(),
  at: instantSchema,
  source: z.string().nullish(),
  note: z.string().nullish(),
});
export type ConsentChange = z.infer<typeof consentChangeSchema>;

export const contactSchema = z.object({
  id: idSchema,
  email: z.string(),
  firstName: z.string().nullish(),
  lastName: z.string().nullish(),
  phone: z.string().nullish(),
  tags: z
    .array(z.string())
    .nullish()
    .transform((tags) => tags ?? []),
  fields: z
    .record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]))
    .nullish()
    .transform((fields) => fields ?? {}),
  /** Kept open so a new consent state cannot break the page. */
  consent: z.string(),
  consentHistory: z
    .array(consentChangeSchema)
    .nullish()
    .transform((history) => history ?? []),
  createdAt: instantSchema,
  updatedAt: instantSchema,
});
export type Contact = z.infer<typeof contactSchema>;
const contactPageSchema = pageSchema(contactSchema);
export type ContactPage = z.infer<typeof contactPageSchema>;

/** What the contact form sends: `POST` to create, `PUT` to replace (never the consent). */
export interface ContactInput {
  email: string;
  firstName: string | null;
  lastName: string | null;
  phone: string | null;
  tags: string[];
  fields: Record<string, FieldValue>;
}

export const FIELD_OPERATORS = [
  'EQUALS',
  'NOT_EQUALS',
  'CONTAINS',
  'GREATER_THAN',
  'LESS_THAN',
  'EXISTS',
  'NOT_EXISTS',
] as const;
export type FieldOperator = (typeof FIELD_OPERATORS)[number];

const fieldRuleSchema = z.object({
  field: z.string(),
  op: z.string(),
  value: z.union([z.string(), z.number(), z.boolean()]).nullish(),
});

export const segmentFilterSchema = z.object({
  tagsAll: z.array(z.string()).nullish(),
  tagsAny: z.array(z.string()).nullish(),
  tagsNone: z.array(z.string()).nullish(),
  consent: z.array(z.string()).nullish(),
  fields: z.array(fieldRuleSchema).nullish(),
  createdAfter: instantSchema,
  createdBefore: instantSchema,
});
export type SegmentFilter = z.infer<typeof segmentFilterSchema>;

/** The filter as the API takes it: only the conditions given. */
export interface SegmentFilterBody {
  tagsAll?: string[];
  tagsAny?: string[];
  tagsNone?: string[];
  consent?: string[];
  fields?: Array<{ field: string; op: string; value?: FieldValue }>;
  createdAfter?: string;
  createdBefore?: string;
}

export const segmentSchema = z.object({
  id: idSchema,
  name: z.string(),
  filter: segmentFilterSchema,
  contactCount: z.number().int(),
  createdAt: instantSchema,
  updatedAt: instantSchema,
});
export type Segment = z.infer<typeof segmentSchema>;

export interface SegmentInput {
  name: string;
  filter: SegmentFilterBody;
}

export const importSchema = z.object({
  id: idSchema,
  fileName: z.string().nullish(),
  /** RUNNING, COMPLETED or CANCELLED; kept open so a new status cannot break the page. */
  status: z.string(),
  columns: z.array(z.string()).nullish(),
  totalRows: z.number().int(),
  rowsDone: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  rejected: z.number().int(),
  percentDone: z.number().int(),
  createdAt: instantSchema,
  finishedAt: instantSchema,
});
export type ContactImport = z.infer<typeof importSchema>;
export type ImportsListData = Tagged<{ items: ContactImport[] }>;

export const isRunningImport = (i: ContactImport) => i.status === 'RUNNING';

export const CONTACTS_PAGE_SIZE = 25;
/** A running import is re-read every second: the progress bar is what its owner watches. */
export const IMPORT_POLL_MS = 1000;
export const IMPORTS_POLL_MS = 2000;

export const crmKeys = {
  all: (workspaceId: string) => ['crm', workspaceId] as const,
  contacts: (workspaceId: string) => [...crmKeys.all(workspaceId), 'contacts'] as const,
  contactList: (workspaceId: string, query: string) =>
    [...crmKeys.contacts(workspaceId), 'list', query] as const,
  contact: (workspaceId: string, contactId: string) =>
    [...crmKeys.contacts(workspaceId), 'detail', contactId] as const,
  segments: (workspaceId: string) => [...crmKeys.all(workspaceId), 'segments'] as const,
  segment: (workspaceId: string, segmentId: string) =>
    [...crmKeys.segments(workspaceId), segmentId] as const,
  count: (workspaceId: string, filter: string) =>
    [...crmKeys.segments(workspaceId), 'count', filter] as const,
  imports: (workspaceId: string) => [...crmKeys.all(workspaceId), 'imports'] as const,
  import: (workspaceId: string, importId: string) =>
    [...crmKeys.imports(workspaceId), importId] as const,
};

const CONTACTS = '/api/crm/contacts';
const SEGMENTS = '/api/crm/segments';
const IMPORTS = '/api/crm/imports';
const contactPath = (contactId: string) => `${CONTACTS}/${segment(contactId)}`;
const segmentPath = (segmentId: string) => `${SEGMENTS}/${segment(segmentId)}`;
const importPath = (importId: string) => `${IMPORTS}/${segment(importId)}`;

export const crmApi = {
  contacts: (workspaceId: string, query: string, signal?: AbortSignal) =>
    api.get(`${CONTACTS}?${query}`, { schema: contactPageSchema, workspaceId, signal }),
  contact: (workspaceId: string, contactId: string, signal?: AbortSignal) =>
    api.get(contactPath(contactId), { schema: contactSchema, workspaceId, signal }),
  createContact: (workspaceId: string, input: ContactInput) =>
    api.post(CONTACTS, input, { schema: contactSchema, workspaceId }),
  updateContact: (workspaceId: string, contactId: string, input: ContactInput) =>
    api.put(contactPath(contactId), input, { schema: contactSchema, workspaceId }),
  deleteContact: (workspaceId: string, contactId: string) =>
    api.delete(contactPath(contactId), { workspaceId }),
  changeConsent: (workspaceId: string, contactId: string, status: string, note: string) =>
    api.post(
      `${contactPath(contactId)}/consent`,
      { status, note: note.trim() || undefined },
      { schema: contactSchema, workspaceId },
    ),
  tag: (workspaceId: string, contactId: string, change: { add?: string[]; remove?: string[] }) =>
    api.post(`${contactPath(contactId)}/tags`, change, { schema: contactSchema, workspaceId }),

  segments: (workspaceId: string, signal?: AbortSignal) =>
    api.get(SEGMENTS, { schema: z.array(segmentSchema), workspaceId, signal }),
  segment: (workspaceId: string, segmentId: string, signal?: AbortSignal) =>
    api.get(segmentPath(segmentId), { schema: segmentSchema, workspaceId, signal }),
  count: (workspaceId: string, filter: SegmentFilterBody, signal?: AbortSignal) =>
    api.post(`${SEGMENTS}/count`, filter, {
      schema: z.object({ contactCount: z.number().int() }),
      workspaceId,
      signal,
    }),
  createSegment: (workspaceId: string, input: SegmentInput) =>
    api.post(SEGMENTS, input, { schema: segmentSchema, workspaceId }),
  updateSegment: (workspaceId: string, segmentId: string, input: SegmentInput) =>
    api.put(segmentPath(segmentId), input, { schema: segmentSchema, workspaceId }),
  deleteSegment: (workspaceId: string, segmentId: string) =>
    api.delete(segmentPath(segmentId), { workspaceId }),

  imports: (workspaceId: string, etag: string | null, signal?: AbortSignal) =>
    api.getIfChanged(IMPORTS, etag, { schema: z.array(importSchema), workspaceId, signal }),
  import: (workspaceId: string, importId: string, etag: string | null, signal?: AbortSignal) =>
    api.getIfChanged(importPath(importId), etag, { schema: importSchema, workspaceId, signal }),
  upload: (workspaceId: string, file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return api.post(IMPORTS, form, { schema: importSchema, workspaceId });
  },
  cancelImport: (workspaceId: string, importId: string) =>
    api.post(`${importPath(importId)}/cancel`, undefined, { schema: importSchema, workspaceId }),
  rejections: (workspaceId: string, importId: string) =>
    api.download(`${importPath(importId)}/rejections.csv`, { workspaceId }),
};

export function useContacts(workspaceId: string, query: string) {
  return useQuery({
    queryKey: crmKeys.contactList(workspaceId, query),
    queryFn: ({ signal }) => crmApi.contacts(workspaceId, query, signal),
    enabled: Boolean(workspaceId),
    placeholderData: keepPreviousData,
  });
}

export function useContact(workspaceId: string, contactId: string) {
  return useQuery({
    queryKey: crmKeys.contact(workspaceId, contactId),
    queryFn: ({ signal }) => crmApi.contact(workspaceId, contactId, signal),
    enabled: Boolean(workspaceId && contactId),
  });
}

/**
 * Saves, tags, moves the consent of or deletes a contact: the answer replaces the cached contact,
 * and lists and segment counts (which may now hold it or not) are read again.
 */
export function useContactMutation<TVariables, TResult extends Contact | undefined>(
  workspaceId: string,
  action: (variables: TVariables) => Promise<TResult>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: action,
    onSuccess: (contact) => {
      if (contact) queryClient.setQueryData(crmKeys.contact(workspaceId, contact.id), contact);
    },
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: crmKeys.contacts(workspaceId) }),
        queryClient.invalidateQueries({ queryKey: crmKeys.segments(workspaceId) }),
      ]),
  });
}

export function useSegments(workspaceId: string) {
  return useQuery({
    queryKey: crmKeys.segments(workspaceId),
    queryFn: ({ signal }) => crmApi.segments(workspaceId, signal),
    enabled: Boolean(workspaceId),
    // Counts move with every contact added anywhere: read afresh whenever the list is opened.
    staleTime: 0,
  });
}

export function useSegment(workspaceId: string, segmentId: string) {
  return useQuery({
    queryKey: crmKeys.segment(workspaceId, segmentId),
    queryFn: ({ signal }) => crmApi.segment(workspaceId, segmentId, signal),
    enabled: Boolean(workspaceId && segmentId),
  });
}

/** How many contacts a filter holds now; `filter` null asks nothing (the builder is invalid). */
export function useSegmentCount(workspaceId: string, filter: SegmentFilterBody | null) {
  const key = JSON.stringify(filter);
  return useQuery({
    queryKey: crmKeys.count(workspaceId, key),
    queryFn: ({ signal }) => crmApi.count(workspaceId, filter!, signal),
    enabled: Boolean(workspaceId && filter),
    placeholderData: keepPreviousData,
    staleTime: 5_000,
  });
}

export function useSegmentMutation<TVariables, TResult>(
  workspaceId: string,
  action: (variables: TVariables) => Promise<TResult>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: action,
    onSettled: () => queryClient.invalidateQueries({ queryKey: crmKeys.segments(workspaceId) }),
  });
}

/** Recent imports, re-read (conditionally) every two seconds while one of them runs. */
export function useImports(workspaceId: string) {
  const queryClient = useQueryClient();
  const queryKey = crmKeys.imports(workspaceId);
  return useQuery({
    queryKey,
    queryFn: ({ signal }) =>
      refreshTagged(queryClient.getQueryData<ImportsListData>(queryKey), async (etag) => {
        const answer = await crmApi.imports(workspaceId, etag, signal);
        return answer.changed ? { ...answer, data: { items: answer.data } } : answer;
      }),
    enabled: Boolean(workspaceId),
    refetchInterval: (q) => (q.state.data?.items.some(isRunningImport) ? IMPORTS_POLL_MS : false),
    refetchIntervalInBackground: false,
  });
}

/**
 * One import, re-read every second while it runs. Each poll sends the last ETag back, so the
 * server answers 304 (no body, nothing re-rendered) until a chunk moved the counts.
 */
export function useImport(workspaceId: string, importId: string) {
  const queryClient = useQueryClient();
  const queryKey = crmKeys.import(workspaceId, importId);
  return useQuery({
    queryKey,
    queryFn: ({ signal }) =>
      refreshTagged(queryClient.getQueryData<Tagged<ContactImport>>(queryKey), (etag) =>
        crmApi.import(workspaceId, importId, etag, signal),
      ),
    enabled: Boolean(workspaceId && importId),
    refetchInterval: (q) =>
      q.state.data && !isRunningImport(q.state.data) ? false : IMPORT_POLL_MS,
    refetchIntervalInBackground: false,
  });
}

/** Uploads or cancels an import; the answer seeds the import's page and the list is read again. */
export function useImportMutation<TVariables>(
  workspaceId: string,
  action: (variables: TVariables) => Promise<ContactImport>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: action,
    onSuccess: (contactImport) =>
      queryClient.setQueryData<Tagged<ContactImport>>(
        crmKeys.import(workspaceId, contactImport.id),
        (previous) => previous ?? { ...contactImport, etag: null },
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: crmKeys.all(workspaceId) }),
  });
}
