import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { api, ApiError } from '../../api';
import { idSchema, instantSchema } from '../../api/schemas';

const addressList = z
  .union([z.array(z.string()), z.string()])
  .nullish()
  .transform((value) => (value == null ? [] : Array.isArray(value) ? value : [value]));

export const mailSchema = z.object({
  id: idSchema,
  from: z
    .string()
    .nullish()
    .transform((from) => from ?? ''),
  to: addressList,
  subject: z
    .string()
    .nullish()
    .transform((subject) => subject ?? '(no subject)'),
  text: z.string().nullish(),
  html: z.string().nullish(),
  receivedAt: instantSchema,
  /** Repeated by a resend after a crash, so two arrivals with one Message-ID are one mail. */
  messageId: z.string().nullish(),
});
export type Mail = z.infer<typeof mailSchema>;

export const mailListSchema = z.object({ items: z.array(mailSchema) });

/** How often the mail sink page looks for new mail. */
export const MAILS_POLL_MS = 3000;

export const mailsApi = {
  list: (signal?: AbortSignal) =>
    api.get('/api/dev/mails', { auth: false, schema: mailListSchema, signal }),
};

/** True when the platform runs with a real SMTP server, where the sink does not exist. */
export function isSinkUnavailable(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}

export function useMails() {
  return useQuery({
    queryKey: ['mails'],
    queryFn: ({ signal }) => mailsApi.list(signal),
    refetchInterval: (query) => (isSinkUnavailable(query.state.error) ? false : MAILS_POLL_MS),
    refetchIntervalInBackground: false,
    retry: (failureCount, error) => !isSinkUnavailable(error) && failureCount < 2,
  });
}
