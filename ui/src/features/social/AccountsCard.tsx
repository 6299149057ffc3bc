import { useState, type FormEvent } from 'react';
import { errorMessage } from '../../api';
import { ConfirmButton } from '../../components/ConfirmButton';
import {
  Alert,
  Badge,
  Button,
  Card,
  EmptyState,
  SelectField,
  SkeletonRows,
  TextField,
} from '../../components/ui';
import { formValues, useFormErrors } from '../../lib/forms';
import { socialApi, useAccounts, useSocialMutation, type SocialAccount } from './api';
import { PLATFORMS, type Platform } from './postLength';

const STATES: Record<string, { label: string; tone: 'success' | 'neutral' | 'warning' }> = {
  CONNECTED: { label: 'Connected', tone: 'success' },
  NOT_CONNECTED: { label: 'Not connected', tone: 'neutral' },
  NEEDS_RECONNECT: { label: 'Needs reconnecting', tone: 'warning' },
};

const TOKEN_HINT =
  'For now an account is connected by pasting an OAuth access token (X: an OAuth 2.0 user token' +
  ' with tweet.write; LinkedIn: a token with w_member_social). It is stored encrypted and never' +
  ' shown again. Signing in with the network is to come.';

export function AccountStateBadge({ account }: { account: SocialAccount }) {
  const state = STATES[account.state] ?? STATES.NOT_CONNECTED!;
  return <Badge tone={state.tone}>{state.label}</Badge>;
}

function AddAccountForm({ workspaceId }: { workspaceId: string }) {
  const [platform, setPlatform] = useState<Platform>('X');
  const form = useFormErrors();
  const add = useSocialMutation(workspaceId, (values: Record<string, string>) =>
    socialApi.addAccount(workspaceId, {
      platform,
      displayName: values.displayName ?? '',
      handle: platform === 'X' ? values.handle || undefined : undefined,
      authorUrn: platform === 'LINKEDIN' ? values.authorUrn || undefined : undefined,
      accessToken: values.accessToken || undefined,
    }),
  );
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const target = event.currentTarget;
    form.clear();
    add.mutate(formValues(target), {
      onSuccess: () => target.reset(),
      onError: (error) => form.showError(error),
    });
  };
  return (
    <form ref={form.formRef} className="form-stack" onSubmit={submit} noValidate>
      <h3 className="social-subtitle">Add an account</h3>
      <div className="inline-form">
        <SelectField
          label="Network"
          name="platform"
          value={platform}
          onChange={(e) => setPlatform(e.target.value as Platform)}
          options={[
            { value: 'X', label: 'X' },
            { value: 'LINKEDIN', label: 'LinkedIn' },
          ]}
        />
        <TextField
          label="Name shown in Mewayz"
          name="displayName"
          required
          fieldClassName="grow"
          error={form.fieldErrors.displayName}
        />
        {platform === 'X' ? (
          <TextField
            label="X username"
            name="handle"
            placeholder="@yourbrand"
            fieldClassName="grow"
            error={form.fieldErrors.handle}
          />
        ) : (
          <TextField
            label="LinkedIn author URN"
            name="authorUrn"
            placeholder="urn:li:person:…"
            fieldClassName="grow"
            error={form.fieldErrors.authorUrn}
          />
        )}
      </div>
      <TextField
        label="Access token (paste to connect)"
        name="accessToken"
        type="password"
        autoComplete="off"
        hint={TOKEN_HINT}
        error={form.fieldErrors.accessToken}
      />
      <Alert>{form.formError}</Alert>
      <div>
        <Button type="submit" busy={add.isPending}>
          Add account
        </Button>
      </div>
    </form>
  );
}

function PasteTokenForm({
  workspaceId,
  account,
  onDone,
}: {
  workspaceId: string;
  account: SocialAccount;
  onDone: () => void;
}) {
  const form = useFormErrors();
  const connect = useSocialMutation(workspaceId, (token: string) =>
    socialApi.connect(workspaceId, account.id, token),
  );
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    form.clear();
    connect.mutate(formValues(event.currentTarget).accessToken ?? '', {
      onSuccess: onDone,
      onError: (error) => form.showError(error),
    });
  };
  return (
    <form ref={form.formRef} className="inline-form" onSubmit={submit} noValidate>
      <TextField
        label={`Access token for ${account.displayName}`}
        name="accessToken"
        type="password"
        autoComplete="off"
        fieldClassName="grow"
        error={form.fieldErrors.accessToken ?? form.formError ?? undefined}
      />
      <div className="inline-form-submit">
        <Button type="submit" size="sm" busy={connect.isPending}>
          Connect
        </Button>
      </div>
    </form>
  );
}

function AccountRow({
  workspaceId,
  account,
  canManage,
}: {
  workspaceId: string;
  account: SocialAccount;
  canManage: boolean;
}) {
  const [pasting, setPasting] = useState(false);
  const disconnect = useSocialMutation(workspaceId, () =>
    socialApi.disconnect(workspaceId, account.id),
  );
  return (
    <li className="social-account">
      <div className="social-account-head">
        <div>
          <span className="cell-strong">{account.displayName}</span>
          <span className="cell-sub">
            {PLATFORMS[account.platform].label}
            {account.handle ? ` · @${account.handle}` : ''}
            {account.authorUrn ? ` · ${account.authorUrn}` : ''}
            {account.tokenLast4 ? ` · token …${account.tokenLast4}` : ''}
          </span>
          {account.reconnectReason && <span className="cell-error">{account.reconnectReason}</span>}
        </div>
        <div className="social-account-actions">
          <AccountStateBadge account={account} />
          {canManage && (
            <>
              <Button variant="secondary" size="sm" onClick={() => setPasting((p) => !p)}>
                {account.connected ? 'Replace token' : 'Paste token'}
              </Button>
              {account.state !== 'NOT_CONNECTED' && (
                <ConfirmButton
                  confirmLabel="Disconnect"
                  busy={disconnect.isPending}
                  description={`Disconnect ${account.displayName}`}
                  onConfirm={() => disconnect.mutate(undefined)}
                >
                  Disconnect
                </ConfirmButton>
              )}
            </>
          )}
        </div>
      </div>
      {pasting && (
        <PasteTokenForm
          workspaceId={workspaceId}
          account={account}
          onDone={() => setPasting(false)}
        />
      )}
      {disconnect.isError && <Alert>{errorMessage(disconnect.error)}</Alert>}
    </li>
  );
}

/** The workspace's network accounts; owners and admins connect them. */
export function AccountsCard({
  workspaceId,
  canManage,
}: {
  workspaceId: string;
  canManage: boolean;
}) {
  const accounts = useAccounts(workspaceId);
  return (
    <Card
      title="Connected accounts"
      titleId="social-accounts-title"
      description="Posts go out through these accounts. An account without a token is not connected: nothing is published to it."
    >
      {accounts.isPending ? (
        <SkeletonRows rows={2} label="Loading the accounts…" />
      ) : accounts.isError ? (
        <Alert>{errorMessage(accounts.error)}</Alert>
      ) : accounts.data.length === 0 ? (
        <EmptyState icon="◎" title="No account yet">
          {canManage
            ? 'Add your X or LinkedIn account below.'
            : 'Ask an owner or admin to connect one.'}
        </EmptyState>
      ) : (
        <ul className="social-accounts" aria-labelledby="social-accounts-title">
          {accounts.data.map((account) => (
            <AccountRow
              key={account.id}
              workspaceId={workspaceId}
              account={account}
              canManage={canManage}
            />
          ))}
        </ul>
      )}
      {canManage && <AddAccountForm workspaceId={workspaceId} />}
    </Card>
  );
}
