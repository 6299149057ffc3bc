import { Badge, type BadgeTone } from '../../components/ui';
import { CONSENT_STATES } from './api';

const LABELS: Record<string, string> = {
  subscribed: 'Subscribed',
  unsubscribed: 'Unsubscribed',
  bounced: 'Bounced',
  complained: 'Complained',
};
const TONES: Record<string, BadgeTone> = {
  subscribed: 'success',
  unsubscribed: 'neutral',
  bounced: 'warning',
  complained: 'danger',
};

export function consentLabel(consent: string): string {
  return LABELS[consent] ?? consent;
}

export const consentOptions = CONSENT_STATES.map((state) => ({
  value: state,
  label: consentLabel(state),
}));

/** What each state means for mailing, shown where consent is chosen. */
export const CONSENT_MEANING: Record<string, string> = {
  subscribed: 'receives campaigns',
  unsubscribed: 'asked not to be mailed',
  bounced: 'the address does not exist (hard bounce)',
  complained: 'marked a mail as spam',
};

const SOURCES: Record<string, string> = {
  api: 'Mewayz or the API',
  import: 'CSV import',
  'unsubscribe-link': 'Unsubscribe link',
  bounce: 'Bounce',
  automation: 'Automation',
};

export function consentSourceLabel(source: string | null | undefined): string {
  return source ? (SOURCES[source] ?? source) : '—';
}

export function ConsentBadge({ consent }: { consent: string }) {
  return <Badge tone={TONES[consent] ?? 'neutral'}>{consentLabel(consent)}</Badge>;
}
