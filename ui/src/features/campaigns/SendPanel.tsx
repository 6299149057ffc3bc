import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { ApiError, errorMessage } from '../../api';
import { Alert, Button, TextField } from '../../components/ui';
import { formatDateTime } from '../../lib/format';
import { useFormErrors } from '../../lib/forms';
import { ConfirmDialog } from '../store/ConfirmDialog';
import { campaignsApi, useAudienceSize, useCampaignAction, type Campaign } from './api';
import { testSendSchema } from './campaignForm';
import { campaignsPath } from './paths';
import { localDateTimeToIso, scheduleProblem, userTimeZone } from './schedule';

type When = 'now' | 'later';

/** "the 23 contacts of News", "all 5 contacts", while counting "your contacts". */
export function audienceSentence(size: number | null, segmentName: string | null): string {
  const contacts = size === 1 ? 'contact' : 'contacts';
  if (size === null) return segmentName ? `the contacts of ${segmentName}` : 'all your contacts';
  return segmentName ? `the ${size} ${contacts} of ${segmentName}` : `all ${size} ${contacts}`;
}

/** Sends a test of the saved draft to one address, rendered for a sample contact. */
export function TestSendForm({
  workspaceId,
  campaign,
}: {
  workspaceId: string;
  campaign: Campaign;
}) {
  const form = useFormErrors();
  const [to, setTo] = useState('');
  const [sentTo, setSentTo] = useState('');
  const [busy, setBusy] = useState(false);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSentTo('');
    const input = form.validate(testSendSchema, { to });
    if (!input) return;
    setBusy(true);
    try {
      await campaignsApi.sendTest(workspaceId, campaign.id, input.to);
      setSentTo(input.to);
    } catch (error) {
      form.showError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate className="store-action">
      <h3 className="store-action-title">Send a test</h3>
      <p className="muted small">
        The saved draft, subject marked [Test], as Ana Silva would read it.
      </p>
      <Alert>{form.formError}</Alert>
      <Alert tone="success">{sentTo && `Test sent to ${sentTo}.`}</Alert>
      <div className="inline-form">
        <TextField
          label="Test address"
          name="to"
          type="email"
          autoComplete="email"
          value={to}
          onChange={(event) => setTo(event.target.value)}
          error={form.fieldErrors.to}
          fieldClassName="grow"
        />
        <div className="inline-form-submit">
          <Button type="submit" variant="secondary" busy={busy}>
            Send test
          </Button>
        </div>
      </div>
    </form>
  );
}

/**
 * Sends the saved draft now or at a chosen time, after a dialog saying how many contacts it goes
 * to. The time is typed in the user's zone and sent as an instant.
 */
export function SendPanel({
  workspaceId,
  campaign,
  disabledReason,
}: {
  workspaceId: string;
  campaign: Campaign;
  /** Why it cannot be sent yet (unsaved changes), or null. */
  disabledReason: string | null;
}) {
  const navigate = useNavigate();
  const [when, setWhen] = useState<When>('now');
  const [at, setAt] = useState('');
  const [atError, setAtError] = useState<string | undefined>();
  const [asking, setAsking] = useState(false);
  const groupName = useId();
  const audience = useAudienceSize(workspaceId, campaign.segmentId ?? null, asking);
  const send = useCampaignAction(workspaceId, (sendAt: string | null) =>
    campaignsApi.send(workspaceId, campaign.id, sendAt),
  );
  const sendAt = when === 'later' ? localDateTimeToIso(at) : null;

  const ask = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    send.reset();
    const problem = when === 'later' ? scheduleProblem(at) : null;
    setAtError(problem ?? undefined);
    if (!problem) setAsking(true);
  };

  const confirm = async () => {
    setAsking(false);
    try {
      const started = await send.mutateAsync(sendAt);
      navigate(campaignsPath(workspaceId, started.id), {
        replace: true,
        state: {
          flash: sendAt
            ? `Scheduled for ${formatDateTime(sendAt)}.`
            : 'Sending has started. Progress updates live.',
        },
      });
    } catch {
      // send.error is shown below, with the field the server named.
    }
  };

  const audienceText = audienceSentence(audience.size, audience.name);
  return (
    <form onSubmit={ask} noValidate className="store-action">
      <h3 className="store-action-title">Send</h3>
      {disabledReason && <p className="muted small">{disabledReason}</p>}
      <Alert>{send.error ? errorMessage(send.error) : null}</Alert>
      <fieldset className="store-fieldset campaign-when">
        <legend className="field-label">When</legend>
        <label className="checkbox-label">
          <input
            type="radio"
            name={groupName}
            checked={when === 'now'}
            onChange={() => setWhen('now')}
          />
          Now
        </label>
        <label className="checkbox-label">
          <input
            type="radio"
            name={groupName}
            checked={when === 'later'}
            onChange={() => setWhen('later')}
          />
          At a time I choose
        </label>
      </fieldset>
      {when === 'later' && (
        <TextField
          label="Send at"
          name="sendAt"
          type="datetime-local"
          value={at}
          onChange={(event) => setAt(event.target.value)}
          hint={`Your time zone: ${userTimeZone()}.`}
          error={
            atError ?? (send.error instanceof ApiError ? send.error.fieldErrors.sendAt : undefined)
          }
        />
      )}
      <div className="store-form-actions">
        <Button type="submit" busy={send.isPending} disabled={Boolean(disabledReason)}>
          {when === 'now' ? 'Send now…' : 'Schedule…'}
        </Button>
      </div>
      {asking && (
        <ConfirmDialog
          title={sendAt ? 'Schedule this campaign?' : 'Send this campaign now?'}
          confirmLabel={sendAt ? 'Schedule' : 'Send now'}
          cancelLabel="Not yet"
          onClose={() => setAsking(false)}
          onConfirm={() => void confirm()}
        >
          <p>
            “{campaign.name}” goes to {audienceText}
            {sendAt ? ` on ${formatDateTime(sendAt)}` : ' now'}.
          </p>
          <p>
            Contacts who are not subscribed are skipped. Once sent, a campaign cannot be edited.
          </p>
        </ConfirmDialog>
      )}
    </form>
  );
}
