import { useId, useState, type FormEvent } from 'react';
import { z } from 'zod';
import { ConfirmButton } from '../../components/ConfirmButton';
import { LoadFailed } from '../../components/LoadFailed';
import {
  Alert,
  Badge,
  Button,
  Card,
  PageHeader,
  SkeletonRows,
  TextField,
} from '../../components/ui';
import { formatDateTime } from '../../lib/format';
import { formValues, useFormErrors } from '../../lib/forms';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useWorkspaceSection } from '../workspaces/WorkspaceSection';
import {
  storeApi,
  stripeReady,
  useStripeKeysMutation,
  useStripeSettings,
  type StripeKeysInput,
  type StripeSettings,
} from './api';
import { focusHeading } from './focus';

/** The shapes the server accepts; it never repeats a value back, nor do these messages. */
export const stripeKeysInput = z.object({
  secretKey: z
    .string()
    .trim()
    .regex(
      /^(sk|rk)_(test|live)_[A-Za-z0-9]+$/,
      'Paste the secret key from Stripe: it starts with sk_test_, sk_live_ or rk_.',
    ),
  publishableKey: z
    .string()
    .trim()
    .regex(
      /^pk_(test|live)_[A-Za-z0-9]+$/,
      'Paste the publishable key: it starts with pk_test_ or pk_live_.',
    ),
  webhookSecret: z
    .string()
    .trim()
    .regex(/^whsec_[A-Za-z0-9+/=]+$/, "Paste the webhook's signing secret: it starts with whsec_."),
});

/** Where Stripe sends this workspace's payment events. */
export function stripeWebhookUrl(origin: string, workspaceId: string): string {
  return `${origin}/api/webhooks/stripe/${encodeURIComponent(workspaceId)}`;
}

function KeyState({ keyState }: { keyState: StripeSettings['secretKey'] }) {
  return keyState.set ? (
    <>
      Set · ends in <code>{keyState.last4}</code>
    </>
  ) : (
    <span className="muted">Not set</span>
  );
}

function StripeStatus({ settings }: { settings: StripeSettings }) {
  const ready = stripeReady(settings);
  return (
    <>
      <p>
        {ready ? (
          <Badge tone="success">Configured</Badge>
        ) : (
          <Badge tone="warning">Not configured</Badge>
        )}{' '}
        {ready
          ? 'Orders can be paid by card with Stripe.'
          : 'Orders can be paid manually only until the secret key and the webhook signing secret are set.'}
      </p>
      <dl className="details">
        <dt>Secret key</dt>
        <dd>
          <KeyState keyState={settings.secretKey} />
        </dd>
        <dt>Publishable key</dt>
        <dd>
          <KeyState keyState={settings.publishableKey} />
        </dd>
        <dt>Webhook signing secret</dt>
        <dd>
          <KeyState keyState={settings.webhookSecret} />
        </dd>
        {settings.updatedAt && (
          <>
            <dt>Last changed</dt>
            <dd>{formatDateTime(settings.updatedAt)}</dd>
          </>
        )}
      </dl>
    </>
  );
}

function StripeKeysForm({
  settings,
  onSaved,
}: {
  settings: StripeSettings;
  onSaved: (message: string) => void;
}) {
  const { workspaceId } = useWorkspaceSection();
  const form = useFormErrors();
  const save = useStripeKeysMutation(workspaceId, (keys: StripeKeysInput) =>
    storeApi.saveStripeKeys(workspaceId, keys),
  );
  const remove = useStripeKeysMutation(workspaceId, () => storeApi.removeStripeKeys(workspaceId));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const target = event.currentTarget;
    const input = form.validate(stripeKeysInput, formValues(target));
    if (!input) return;
    try {
      await save.mutateAsync(input);
      // The keys leave the page once saved: nothing shows or keeps them.
      target.reset();
      onSaved('Stripe keys saved.');
    } catch (error) {
      form.showError(error);
    }
  };

  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form-stack store-form">
      <h3 className="store-action-title">
        {settings.configured ? 'Replace the keys' : 'Add the keys'}
      </h3>
      <p className="muted small">
        From Stripe&apos;s dashboard, Developers → API keys. All three are saved together,
        encrypted; they are never shown again.
      </p>
      <Alert>{form.formError}</Alert>
      <TextField
        label="Secret key"
        name="secretKey"
        type="password"
        autoComplete="off"
        spellCheck={false}
        placeholder="sk_live_…"
        error={form.fieldErrors.secretKey}
        required
      />
      <TextField
        label="Publishable key"
        name="publishableKey"
        autoComplete="off"
        spellCheck={false}
        placeholder="pk_live_…"
        hint="What a checkout page gives Stripe.js."
        error={form.fieldErrors.publishableKey}
        required
      />
      <TextField
        label="Webhook signing secret"
        name="webhookSecret"
        type="password"
        autoComplete="off"
        spellCheck={false}
        placeholder="whsec_…"
        hint="Shown by Stripe once you add the webhook below."
        error={form.fieldErrors.webhookSecret}
        required
      />
      <div className="store-form-actions">
        {settings.configured && (
          <ConfirmButton
            size="md"
            confirmLabel="Remove the Stripe keys"
            busy={remove.isPending}
            onConfirm={() =>
              remove.mutate(undefined, {
                onSuccess: () => onSaved('Stripe keys removed. Orders are paid manually now.'),
                onError: (error) => form.showError(error),
              })
            }
          >
            Remove keys
          </ConfirmButton>
        )}
        <Button type="submit" busy={save.isPending}>
          Save keys
        </Button>
      </div>
    </form>
  );
}

function WebhookCard({ workspaceId }: { workspaceId: string }) {
  const url = stripeWebhookUrl(window.location.origin, workspaceId);
  const [copied, setCopied] = useState('');
  const inputId = useId();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('Webhook URL copied.');
    } catch {
      // No clipboard (an insecure origin, or permission refused): select it for Ctrl+C.
      const input = document.getElementById(inputId) as HTMLInputElement | null;
      input?.focus();
      input?.select();
      setCopied('Select and copy the URL: the browser did not allow copying.');
    }
  };
  return (
    <Card
      title="Stripe webhook"
      titleId="stripe-webhook-title"
      description="Stripe tells Mewayz here when an order is paid, so the order moves on by itself."
    >
      <div className="field">
        <label className="field-label" htmlFor={inputId}>
          Webhook URL
        </label>
        <div className="store-copy">
          <input
            id={inputId}
            className="input"
            readOnly
            value={url}
            onFocus={(e) => e.target.select()}
          />
          <Button variant="secondary" onClick={() => void copy()}>
            Copy
          </Button>
        </div>
        <p className="field-hint" role="status" aria-live="polite">
          {copied}
        </p>
      </div>
      <ol className="store-steps">
        <li>In Stripe&apos;s dashboard, open Developers → Webhooks and add an endpoint.</li>
        <li>
          Paste this URL and choose the events <code>payment_intent.succeeded</code>,{' '}
          <code>payment_intent.payment_failed</code> and <code>charge.refunded</code>.
        </li>
        <li>
          Reveal the endpoint&apos;s signing secret (<code>whsec_…</code>) and save it with the keys
          above.
        </li>
      </ol>
    </Card>
  );
}

export function StoreSettingsPage() {
  const { workspaceId, workspace, permissions } = useWorkspaceSection();
  useDocumentTitle('Store settings', workspace.name);
  const query = useStripeSettings(workspaceId);
  const [notice, setNotice] = useState('');

  return (
    <>
      <PageHeader
        eyebrow={workspace.name}
        title="Store settings"
        description="How customers pay: manually, or by card through this workspace's own Stripe account."
      />
      <Alert tone="success">{notice}</Alert>
      <Card title="Stripe" titleId="stripe-title">
        {query.isPending ? (
          <SkeletonRows rows={3} label="Loading the Stripe settings…" />
        ) : query.isError ? (
          <LoadFailed what="the Stripe settings" error={query.error} onRetry={query.refetch} />
        ) : (
          <div className="form-stack">
            <StripeStatus settings={query.data} />
            {permissions.canManageIntegrations ? (
              <StripeKeysForm
                settings={query.data}
                onSaved={(message) => {
                  setNotice(message);
                  focusHeading('stripe-title');
                }}
              />
            ) : (
              <Alert tone="info">
                Only the workspace&apos;s owners and admins can change the Stripe keys.
              </Alert>
            )}
          </div>
        )}
      </Card>
      <WebhookCard workspaceId={workspaceId} />
    </>
  );
}
