import { useState, type FormEvent } from 'react';
import { errorMessage } from '../../api';
import {
  Alert,
  Badge,
  Button,
  Card,
  PageHeader,
  SelectField,
  SkeletonRows,
  TextAreaField,
  TextField,
} from '../../components/ui';
import { formValues, useFormErrors } from '../../lib/forms';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import {
  PROVIDERS,
  useAiSettings,
  useSaveSettings,
  useUsage,
  type AiSettings,
  type Provider,
  type Usage,
} from './api';
import { centsToDollars, dollars, dollarsToCents, providerLabels } from './aiContent';

const DEFAULT_MODELS: Record<Provider, string> = {
  OPENAI: 'gpt-4o-mini',
  ANTHROPIC: 'claude-3-5-haiku-latest',
  OPENAI_COMPATIBLE: 'llama3.1',
};

function SettingsForm({
  workspaceId,
  settings,
  onSaved,
}: {
  workspaceId: string;
  settings: AiSettings;
  onSaved: (message: string) => void;
}) {
  const form = useFormErrors();
  const save = useSaveSettings(workspaceId);
  const [provider, setProvider] = useState<Provider>(settings.provider ?? 'OPENAI');

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const target = event.currentTarget;
    const values = formValues(target);
    const budget = dollarsToCents(values.budget ?? '');
    if (budget === undefined) {
      form.showError(new Error('The monthly budget is an amount in dollars, like 20 or 12.50'));
      return;
    }
    form.clear();
    try {
      await save.mutateAsync({
        provider,
        model: (values.model ?? '').trim(),
        baseUrl: (values.baseUrl ?? '').trim() || null,
        apiKey: (values.apiKey ?? '').trim() || null,
        brandVoice: (values.brandVoice ?? '').trim() || null,
        monthlyBudgetCents: budget,
      });
      // The key leaves the page once saved: only its last 4 characters come back.
      (target.elements.namedItem('apiKey') as HTMLInputElement).value = '';
      onSaved('AI settings saved.');
    } catch (error) {
      form.showError(error, { monthlyBudgetCents: 'budget' });
    }
  };

  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form-stack">
      <Alert>{form.formError}</Alert>
      <SelectField
        label="Provider"
        name="provider"
        value={provider}
        onChange={(e) => setProvider(e.target.value as Provider)}
        options={PROVIDERS.map((p) => ({ value: p, label: providerLabels[p] }))}
      />
      <TextField
        label="Model"
        name="model"
        defaultValue={settings.model ?? DEFAULT_MODELS[provider]}
        spellCheck={false}
        error={form.fieldErrors.model}
        required
      />
      <TextField
        label="Base URL"
        name="baseUrl"
        defaultValue={settings.baseUrl ?? ''}
        spellCheck={false}
        placeholder={provider === 'OPENAI_COMPATIBLE' ? 'http://localhost:11434/v1' : 'Default'}
        hint={
          provider === 'OPENAI_COMPATIBLE'
            ? "Required: the server's OpenAI-compatible address."
            : "Leave empty for the provider's own address."
        }
        error={form.fieldErrors.baseUrl}
      />
      <TextField
        label="API key"
        name="apiKey"
        type="password"
        autoComplete="off"
        spellCheck={false}
        hint={
          settings.apiKey.set
            ? `A key ending in ${settings.apiKey.last4} is saved; leave empty to keep it.`
            : 'Saved encrypted and never shown again.'
        }
        error={form.fieldErrors.apiKey}
      />
      <TextAreaField
        label="Brand voice"
        name="brandVoice"
        defaultValue={settings.brandVoice ?? ''}
        hint="How your texts sound, e.g. Warm, playful, short sentences, no jargon."
        error={form.fieldErrors.brandVoice}
      />
      <TextField
        label="Monthly budget (US dollars)"
        name="budget"
        inputMode="decimal"
        defaultValue={centsToDollars(settings.monthlyBudgetCents)}
        hint="New generations stop once the month's usage reaches it. Empty: no budget."
        error={form.fieldErrors.budget}
      />
      <div>
        <Button type="submit" busy={save.isPending}>
          Save AI settings
        </Button>
      </div>
    </form>
  );
}

function UsageCard({ usage }: { usage: Usage }) {
  return (
    <>
      <p>
        {dollars(usage.costMicros)} used in {usage.month}
        {usage.budgetCents != null && <> of a {dollars(usage.budgetCents * 10_000)} budget</>}.{' '}
        {usage.budgetSpent && <Badge tone="danger">Budget spent</Badge>}
      </p>
      {usage.models.length === 0 ? (
        <p className="muted">Nothing generated this month.</p>
      ) : (
        <table className="ai-usage-table">
          <thead>
            <tr>
              <th scope="col">Model</th>
              <th scope="col">Requests</th>
              <th scope="col">Tokens in</th>
              <th scope="col">Tokens out</th>
              <th scope="col">Cost</th>
            </tr>
          </thead>
          <tbody>
            {usage.models.map((m) => (
              <tr key={m.model}>
                <td>{m.model}</td>
                <td>{m.requests}</td>
                <td>{m.tokensIn}</td>
                <td>{m.tokensOut}</td>
                <td>{dollars(m.costMicros)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

export function AiSettingsPage({
  workspaceId,
  workspaceName,
  canAdmin,
}: {
  workspaceId: string;
  workspaceName: string;
  canAdmin: boolean;
}) {
  useDocumentTitle('AI settings', workspaceName);
  const settings = useAiSettings(workspaceId);
  const usage = useUsage(workspaceId);
  const [notice, setNotice] = useState('');

  return (
    <>
      <PageHeader
        eyebrow={workspaceName}
        title="AI settings"
        description="The provider that writes this workspace's content, its brand voice and its monthly budget."
      />
      <Alert tone="success">{notice}</Alert>
      <Card title="AI provider" titleId="ai-provider-title">
        {settings.isPending ? (
          <SkeletonRows rows={3} label="Loading the AI settings…" />
        ) : settings.isError ? (
          <Alert>Could not load the AI settings: {errorMessage(settings.error)}</Alert>
        ) : (
          <div className="form-stack">
            <p>
              {settings.data.configured ? (
                <Badge tone="success">Configured</Badge>
              ) : (
                <Badge tone="warning">Not configured</Badge>
              )}{' '}
              {settings.data.configured
                ? `${providerLabels[settings.data.provider ?? 'OPENAI']}, ${settings.data.model}.`
                : 'Nothing can be generated until a provider is set.'}
            </p>
            {canAdmin ? (
              <SettingsForm
                key={settings.data.updatedAt ?? 'none'}
                workspaceId={workspaceId}
                settings={settings.data}
                onSaved={setNotice}
              />
            ) : (
              <Alert tone="info">
                Only the workspace&apos;s owners and admins can change the AI provider.
              </Alert>
            )}
          </div>
        )}
      </Card>
      <Card title="Usage this month" titleId="ai-usage-title">
        {usage.isPending ? (
          <SkeletonRows rows={2} label="Loading the usage…" />
        ) : usage.isError ? (
          <Alert>Could not load the usage: {errorMessage(usage.error)}</Alert>
        ) : (
          <UsageCard usage={usage.data} />
        )}
      </Card>
    </>
  );
}
