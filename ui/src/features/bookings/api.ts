import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../api';
import { idSchema, instantSchema, pageSchema, segment } from '../../api/schemas';
import { DAYS, type Availability } from './availability';

const rangeSchema = z.object({ start: z.string(), end: z.string() });

export const availabilitySchema = z.object({
  timeZone: z.string(),
  weekly: z.array(rangeSchema.extend({ day: z.enum(DAYS) })),
  exceptions: z
    .array(z.object({ date: z.string(), hours: z.array(rangeSchema).nullish() }))
    .nullish()
    .transform((list) => (list ?? []).map((e) => ({ date: e.date, hours: e.hours ?? [] }))),
});

export const serviceSchema = z.object({
  id: idSchema,
  name: z.string(),
  description: z
    .string()
    .nullish()
    .transform((value) => value ?? ''),
  durationMinutes: z.number().int(),
  bufferBeforeMinutes: z.number().int(),
  bufferAfterMinutes: z.number().int(),
  slotStepMinutes: z.number().int(),
  priceMinor: z.number().int(),
  currency: z.string(),
  resource: z.string(),
  published: z.boolean(),
  availability: availabilitySchema,
  reminderOffsetsMinutes: z.array(z.number().int()),
  followUpAfterMinutes: z.number().int(),
  /** The customers' page: `/book/{workspace slug}/{service id}`, stable and safe to share. */
  bookingUrl: z.string(),
  createdAt: instantSchema,
  updatedAt: instantSchema,
});
export type Service = z.infer<typeof serviceSchema>;

/** What the service editor sends: `POST` to create, `PUT` to replace. */
export interface ServiceInput {
  name: string;
  description: string;
  durationMinutes: number;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  slotStepMinutes: number;
  priceMinor: number;
  currency: string;
  resource: string;
  published: boolean;
  availability: Availability;
  reminderOffsetsMinutes: number[];
  followUpAfterMinutes: number;
}

export const BOOKING_STATUSES = ['CONFIRMED', 'CANCELLED', 'COMPLETED'] as const;

const reminderSchema = z.object({
  offsetMinutes: z.number().int(),
  dueAtMillis: z.number(),
  state: z.string(),
});

export const bookingSchema = z.object({
  id: idSchema,
  serviceId: z.string(),
  serviceName: z.string(),
  customerName: z.string(),
  customerEmail: z.string(),
  customerTimeZone: z.string(),
  notes: z.string().nullish(),
  startAt: z.string(),
  endAt: z.string(),
  status: z.string(),
  sequence: z.number().int(),
  cancelledBy: z.string().nullish(),
  createdAt: instantSchema,
  live: z.object({ reminders: z.array(reminderSchema) }).nullish(),
});
export type Booking = z.infer<typeof bookingSchema>;

export const slotsSchema = z.object({
  serviceId: z.string(),
  timeZone: z.string(),
  slots: z.array(z.object({ start: z.string(), end: z.string(), local: z.string() })),
});
export type Slots = z.infer<typeof slotsSchema>;

export const publicServiceSchema = z.object({
  id: z.string(),
  workspaceName: z.string(),
  name: z.string(),
  description: z.string().nullish(),
  durationMinutes: z.number().int(),
  priceMinor: z.number().int(),
  currency: z.string(),
  timeZone: z.string(),
  bookingUrl: z.string(),
});
export type PublicService = z.infer<typeof publicServiceSchema>;

export const manageSchema = z.object({
  id: z.string(),
  workspaceName: z.string().nullish(),
  serviceId: z.string(),
  serviceName: z.string(),
  durationMinutes: z.number().int(),
  customerName: z.string(),
  customerTimeZone: z.string(),
  startAt: z.string(),
  endAt: z.string(),
  status: z.string(),
  changeable: z.boolean(),
  bookingUrl: z.string().nullish(),
});
export type ManagedBooking = z.infer<typeof manageSchema>;

export interface BookInput {
  start: string;
  customerName: string;
  customerEmail: string;
  customerTimeZone: string;
  notes?: string;
}

const SERVICES = '/api/booking/services';
const BOOKINGS = '/api/booking/bookings';
const PUBLIC = '/api/booking/public';
const servicePath = (id: string) => `${SERVICES}/${segment(id)}`;
const bookingPath = (id: string) => `${BOOKINGS}/${segment(id)}`;
const publicPath = (workspace: string, serviceId: string) =>
  `${PUBLIC}/${segment(workspace)}/${segment(serviceId)}`;
const managePath = (token: string) => `${PUBLIC}/manage/${segment(token)}`;
const servicePage = pageSchema(serviceSchema);
const bookingPage = pageSchema(bookingSchema);

function slotQuery(window: { from: string; to: string }, timeZone: string): string {
  return new URLSearchParams({ ...window, timeZone }).toString();
}

export const bookingsApi = {
  services: (workspaceId: string, signal?: AbortSignal) =>
    api.get(`${SERVICES}?size=200`, { schema: servicePage, workspaceId, signal }),
  service: (workspaceId: string, id: string, signal?: AbortSignal) =>
    api.get(servicePath(id), { schema: serviceSchema, workspaceId, signal }),
  createService: (workspaceId: string, input: ServiceInput) =>
    api.post(SERVICES, input, { schema: serviceSchema, workspaceId }),
  updateService: (workspaceId: string, id: string, input: ServiceInput) =>
    api.put(servicePath(id), input, { schema: serviceSchema, workspaceId }),
  deleteService: (workspaceId: string, id: string) => api.delete(servicePath(id), { workspaceId }),
  bookings: (workspaceId: string, query: string, signal?: AbortSignal) =>
    api.get(`${BOOKINGS}?${query}`, { schema: bookingPage, workspaceId, signal }),
  rescheduleSlots: (
    workspaceId: string,
    id: string,
    window: { from: string; to: string },
    timeZone: string,
    signal?: AbortSignal,
  ) =>
    api.get(`${bookingPath(id)}/slots?${slotQuery(window, timeZone)}`, {
      schema: slotsSchema,
      workspaceId,
      signal,
    }),
  reschedule: (workspaceId: string, id: string, start: string) =>
    api.post(`${bookingPath(id)}/reschedule`, { start }, { schema: bookingSchema, workspaceId }),
  cancel: (workspaceId: string, id: string) =>
    api.post(`${bookingPath(id)}/cancel`, undefined, { schema: bookingSchema, workspaceId }),

  publicService: (workspace: string, serviceId: string, signal?: AbortSignal) =>
    api.get(publicPath(workspace, serviceId), {
      schema: publicServiceSchema,
      auth: false,
      signal,
    }),
  publicSlots: (
    workspace: string,
    serviceId: string,
    window: { from: string; to: string },
    timeZone: string,
    signal?: AbortSignal,
  ) =>
    api.get(`${publicPath(workspace, serviceId)}/slots?${slotQuery(window, timeZone)}`, {
      schema: slotsSchema,
      auth: false,
      signal,
    }),
  book: (workspace: string, serviceId: string, input: BookInput) =>
    api.post(`${publicPath(workspace, serviceId)}/bookings`, input, {
      schema: manageSchema,
      auth: false,
    }),
  managed: (token: string, signal?: AbortSignal) =>
    api.get(managePath(token), { schema: manageSchema, auth: false, signal }),
  managedSlots: (
    token: string,
    window: { from: string; to: string },
    timeZone: string,
    signal?: AbortSignal,
  ) =>
    api.get(`${managePath(token)}/slots?${slotQuery(window, timeZone)}`, {
      schema: slotsSchema,
      auth: false,
      signal,
    }),
  rescheduleManaged: (token: string, start: string) =>
    api.post(`${managePath(token)}/reschedule`, { start }, { schema: manageSchema, auth: false }),
  cancelManaged: (token: string) =>
    api.post(`${managePath(token)}/cancel`, undefined, { schema: manageSchema, auth: false }),
};

export const bookingKeys = {
  all: (workspaceId: string) => ['bookings', workspaceId] as const,
  services: (workspaceId: string) => [...bookingKeys.all(workspaceId), 'services'] as const,
  service: (workspaceId: string, id: string) => [...bookingKeys.services(workspaceId), id] as const,
  bookings: (workspaceId: string) => [...bookingKeys.all(workspaceId), 'bookings'] as const,
  bookingList: (workspaceId: string, query: string) =>
    [...bookingKeys.bookings(workspaceId), query] as const,
};

export function useServices(workspaceId: string) {
  return useQuery({
    queryKey: bookingKeys.services(workspaceId),
    queryFn: ({ signal }) => bookingsApi.services(workspaceId, signal),
    enabled: Boolean(workspaceId),
  });
}

export function useService(workspaceId: string, id: string) {
  return useQuery({
    queryKey: bookingKeys.service(workspaceId, id),
    queryFn: ({ signal }) => bookingsApi.service(workspaceId, id, signal),
    enabled: Boolean(workspaceId && id),
  });
}

export function useSaveService(workspaceId: string, id: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ServiceInput) =>
      id
        ? bookingsApi.updateService(workspaceId, id, input)
        : bookingsApi.createService(workspaceId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: bookingKeys.services(workspaceId) }),
  });
}

export function useDeleteService(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => bookingsApi.deleteService(workspaceId, id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: bookingKeys.services(workspaceId) }),
  });
}

/** Bookings come from customers at any time: the list is read again every 10 seconds. */
export function useBookings(workspaceId: string, query: string) {
  return useQuery({
    queryKey: bookingKeys.bookingList(workspaceId, query),
    queryFn: ({ signal }) => bookingsApi.bookings(workspaceId, query, signal),
    enabled: Boolean(workspaceId),
    placeholderData: keepPreviousData,
    refetchInterval: 10_000,
    refetchIntervalInBackground: false,
  });
}

export function useChangeBooking(workspaceId: string) {
  const queryClient = useQueryClient();
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: bookingKeys.bookings(workspaceId) });
  return {
    reschedule: useMutation({
      mutationFn: ({ id, start }: { id: string; start: string }) =>
        bookingsApi.reschedule(workspaceId, id, start),
      onSuccess: refresh,
    }),
    cancel: useMutation({
      mutationFn: (id: string) => bookingsApi.cancel(workspaceId, id),
      onSuccess: refresh,
    }),
  };
}
