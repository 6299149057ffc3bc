import { parseAmount, minorToDecimal } from '../store/money';
import {
  availabilityProblems,
  browserTimeZone,
  officeHours,
  type Availability,
} from './availability';
import type { Service, ServiceInput } from './api';
import { formatOffsets, parseOffsets } from './slots';

/** The service editor's fields as typed: numbers and money stay text until saved. */
export interface ServiceFormValues {
  name: string;
  description: string;
  durationMinutes: string;
  bufferBeforeMinutes: string;
  bufferAfterMinutes: string;
  slotStepMinutes: string;
  price: string;
  currency: string;
  resource: string;
  published: boolean;
  reminders: string;
  followUpAfterMinutes: string;
  availability: Availability;
}

export function emptyService(timeZone = browserTimeZone()): ServiceFormValues {
  return {
    name: '',
    description: '',
    durationMinutes: '30',
    bufferBeforeMinutes: '0',
    bufferAfterMinutes: '0',
    slotStepMinutes: '30',
    price: '0',
    currency: 'EUR',
    resource: '',
    published: true,
    reminders: '24h, 1h',
    followUpAfterMinutes: '60',
    availability: officeHours(timeZone),
  };
}

export function serviceFormValues(service: Service): ServiceFormValues {
  return {
    name: service.name,
    description: service.description,
    durationMinutes: String(service.durationMinutes),
    bufferBeforeMinutes: String(service.bufferBeforeMinutes),
    bufferAfterMinutes: String(service.bufferAfterMinutes),
    slotStepMinutes: String(service.slotStepMinutes),
    price: minorToDecimal(service.priceMinor, service.currency),
    currency: service.currency,
    resource: service.resource,
    published: service.published,
    reminders: formatOffsets(service.reminderOffsetsMinutes),
    followUpAfterMinutes: String(service.followUpAfterMinutes),
    availability: service.availability,
  };
}

function minutes(
  problems: Record<string, string>,
  field: string,
  text: string,
  min: number,
  max: number,
): number {
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || value < min || value > max) {
    problems[field] = `A whole number of minutes from ${min} to ${max}.`;
  } else if (value % 5 !== 0) {
    problems[field] = 'A multiple of 5 minutes.';
  }
  return value;
}

/** The input to send, or the problems keyed as the server names its fields. */
export function toServiceInput(
  values: ServiceFormValues,
): { ok: true; input: ServiceInput } | { ok: false; problems: Record<string, string> } {
  const problems: Record<string, string> = {};
  if (!values.name.trim()) problems.name = 'Give the service a name.';
  const durationMinutes = minutes(problems, 'durationMinutes', values.durationMinutes, 5, 1440);
  const bufferBeforeMinutes = minutes(
    problems,
    'bufferBeforeMinutes',
    values.bufferBeforeMinutes,
    0,
    720,
  );
  const bufferAfterMinutes = minutes(
    problems,
    'bufferAfterMinutes',
    values.bufferAfterMinutes,
    0,
    720,
  );
  const slotStepMinutes = minutes(problems, 'slotStepMinutes', values.slotStepMinutes, 5, 1440);
  const followUpAfterMinutes = Number(values.followUpAfterMinutes);
  if (!/^\d+$/.test(values.followUpAfterMinutes.trim()) || followUpAfterMinutes > 20160) {
    problems.followUpAfterMinutes = 'A whole number of minutes, at most 14 days.';
  }
  const price = parseAmount(values.price, values.currency);
  if (!price.ok) problems.priceMinor = price.message;
  const reminders = parseOffsets(values.reminders);
  if (!reminders.ok) problems.reminderOffsetsMinutes = reminders.message;
  Object.assign(problems, availabilityProblems(values.availability));
  if (Object.keys(problems).length > 0 || !price.ok || !reminders.ok)
    return { ok: false, problems };
  return {
    ok: true,
    input: {
      name: values.name.trim(),
      description: values.description,
      durationMinutes,
      bufferBeforeMinutes,
      bufferAfterMinutes,
      slotStepMinutes,
      priceMinor: price.minor,
      currency: values.currency,
      resource: values.resource.trim(),
      published: values.published,
      availability: values.availability,
      reminderOffsetsMinutes: reminders.minutes,
      followUpAfterMinutes,
    },
  };
}
