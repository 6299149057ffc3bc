import { z } from 'zod';
import type { Campaign, CampaignInput } from './api';

/** What the editor shows: every field as text; an empty audience means all contacts. */
export interface CampaignFormValues {
  name: string;
  subject: string;
  fromName: string;
  fromEmail: string;
  replyTo: string;
  segmentId: string;
  html: string;
  text: string;
}

export const EMPTY_CAMPAIGN: CampaignFormValues = {
  name: '',
  subject: '',
  fromName: '',
  fromEmail: '',
  replyTo: '',
  segmentId: '',
  html: '',
  text: '',
};

export function campaignFormValues(campaign: Campaign): CampaignFormValues {
  return {
    name: campaign.name,
    subject: campaign.subject,
    fromName: campaign.fromName,
    fromEmail: campaign.fromEmail,
    replyTo: campaign.replyTo,
    segmentId: campaign.segmentId ?? '',
    html: campaign.html,
    text: campaign.text,
  };
}

const email = z.string().trim().max(254, 'Use at most 254 characters.');
const looksLikeEmail = (value: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);

/** The draft's rules as the API checks them (it also checks the merge tags, and says which). */
export const campaignFormSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, 'Enter a name, for you to find it.')
      .max(200, 'Use at most 200 characters.'),
    subject: z.string().min(1, 'Enter the subject line.').max(250, 'Use at most 250 characters.'),
    fromName: z
      .string()
      .trim()
      .min(1, 'Enter the sender name readers see.')
      .max(100, 'Use at most 100 characters.'),
    fromEmail: email.refine(
      looksLikeEmail,
      'Enter the address it is sent from, like news@shop.example.',
    ),
    replyTo: email.refine(
      (v) => v === '' || looksLikeEmail(v),
      'Enter an email address, or leave it empty.',
    ),
    segmentId: z.string(),
    html: z.string().max(500_000, 'Use at most 500,000 characters.'),
    text: z.string().max(200_000, 'Use at most 200,000 characters.'),
  })
  .transform((v): CampaignInput => ({
    name: v.name,
    subject: v.subject,
    fromName: v.fromName,
    fromEmail: v.fromEmail,
    replyTo: v.replyTo || null,
    segmentId: v.segmentId || null,
    html: v.html,
    text: v.text,
  }));

export const testSendSchema = z.object({
  to: z.string().trim().refine(looksLikeEmail, 'Enter the address to send the test to.'),
});

export function sameValues(a: CampaignFormValues, b: CampaignFormValues): boolean {
  return (Object.keys(a) as Array<keyof CampaignFormValues>).every((key) => a[key] === b[key]);
}
