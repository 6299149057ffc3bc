import { useId, useRef } from 'react';
import type { FieldErrors } from '../../api';
import { Button, SelectField, TextField } from '../../components/ui';
import { CONSENT_STATES, type FieldOperator } from './api';
import { consentLabel } from './ConsentBadge';
import { TypedValueInput, valueForType } from './FieldRows';
import { FIELD_TYPE_OPTIONS, type FieldType } from './fieldValues';
import {
  emptyRule,
  OPERATOR_OPTIONS,
  ruleErrorKey,
  takesValue,
  type FilterState,
  type RuleState,
} from './segmentFilter';
import { TagInput } from './TagInput';
import { useFocusLater } from './useFocusLater';

const TAG_CONDITIONS = [
  ['tagsAll', 'Has all of these tags'],
  ['tagsAny', 'Has at least one of these tags'],
  ['tagsNone', 'Has none of these tags'],
] as const;

function ConsentChoices({
  chosen,
  onChange,
  error,
}: {
  chosen: string[];
  onChange: (next: string[]) => void;
  error?: string;
}) {
  const id = useId();
  return (
    <fieldset
      className="crm-fieldset field"
      aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
    >
      <legend className="field-label">Consent is one of</legend>
      <div className="crm-checks">
        {CONSENT_STATES.map((state) => (
          <label key={state} className="checkbox-label">
            <input
              type="checkbox"
              name="consent"
              value={state}
              checked={chosen.includes(state)}
              aria-invalid={error ? true : undefined}
              onChange={(event) =>
                onChange(
                  event.target.checked ? [...chosen, state] : chosen.filter((c) => c !== state),
                )
              }
            />
            {consentLabel(state)}
          </label>
        ))}
      </div>
      <p className="field-hint" id={`${id}-hint`}>
        None ticked: any consent. Campaigns mail only the subscribed ones whatever you choose.
      </p>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </fieldset>
  );
}

function RuleRow({
  rule,
  index,
  errors,
  onChange,
  onRemove,
}: {
  rule: RuleState;
  index: number;
  errors: FieldErrors;
  onChange: (change: Partial<RuleState>) => void;
  onRemove: () => void;
}) {
  const n = index + 1;
  return (
    <li className="crm-row crm-rule">
      <TextField
        id={`${rule.key}-field`}
        label={`Rule ${n} field`}
        name={`rule-field-${index}`}
        value={rule.field}
        autoComplete="off"
        placeholder="plan"
        error={errors[ruleErrorKey(index, 'field')]}
        onChange={(event) => onChange({ field: event.target.value })}
      />
      <SelectField
        label={`Rule ${n} operator`}
        name={`rule-op-${index}`}
        value={rule.op}
        options={OPERATOR_OPTIONS}
        error={errors[ruleErrorKey(index, 'op')]}
        onChange={(event) => onChange({ op: event.target.value as FieldOperator })}
      />
      {takesValue(rule.op) ? (
        <>
          <SelectField
            label={`Rule ${n} type`}
            name={`rule-type-${index}`}
            value={rule.type}
            options={FIELD_TYPE_OPTIONS}
            onChange={(event) => {
              const type = event.target.value as FieldType;
              onChange({ type, value: valueForType(type, rule.value) });
            }}
          />
          <TypedValueInput
            label={`Rule ${n} value`}
            name={`rule-value-${index}`}
            type={rule.type}
            value={rule.value}
            error={errors[ruleErrorKey(index, 'value')]}
            onChange={(value) => onChange({ value })}
          />
        </>
      ) : (
        <>
          <span />
          <span />
        </>
      )}
      <Button
        variant="ghost"
        size="sm"
        className="crm-row-remove"
        aria-label={`Remove rule ${n}`}
        onClick={onRemove}
      >
        Remove
      </Button>
    </li>
  );
}

/**
 * Edits a segment's filter: tags all / any / none, consent states, rules on custom fields and a
 * creation window. Every condition given must hold.
 */
export function FilterBuilder({
  state,
  onChange,
  errors,
}: {
  state: FilterState;
  onChange: (next: FilterState) => void;
  errors: FieldErrors;
}) {
  const set = <K extends keyof FilterState>(key: K, value: FilterState[K]) =>
    onChange({ ...state, [key]: value });
  const focusLater = useFocusLater();
  const addRef = useRef<HTMLButtonElement>(null);
  const setRule = (key: string, change: Partial<RuleState>) =>
    set(
      'rules',
      state.rules.map((rule) => (rule.key === key ? { ...rule, ...change } : rule)),
    );
  return (
    <div className="form-stack">
      {TAG_CONDITIONS.map(([key, label]) => (
        <TagInput
          key={key}
          label={label}
          name={key}
          tags={state[key]}
          onChange={(tags) => set(key, tags)}
          error={errors[key]}
        />
      ))}
      <ConsentChoices
        chosen={state.consent}
        onChange={(consent) => set('consent', consent)}
        error={errors.consent}
      />
      <fieldset className="crm-fieldset">
        <legend className="field-label">Custom field rules</legend>
        <p className="field-hint">E.g. plan is pro, or orders is greater than 5 (as a number).</p>
        {errors.fields && <p className="field-error">{errors.fields}</p>}
        {state.rules.length > 0 && (
          <ul className="crm-rows">
            {state.rules.map((rule, index) => (
              <RuleRow
                key={rule.key}
                rule={rule}
                index={index}
                errors={errors}
                onChange={(change) => setRule(rule.key, change)}
                onRemove={() => {
                  set(
                    'rules',
                    state.rules.filter((r) => r.key !== rule.key),
                  );
                  addRef.current?.focus();
                }}
              />
            ))}
          </ul>
        )}
        <Button
          ref={addRef}
          variant="secondary"
          size="sm"
          onClick={() => {
            const rule = emptyRule();
            focusLater(`${rule.key}-field`);
            set('rules', [...state.rules, rule]);
          }}
        >
          Add a field rule
        </Button>
      </fieldset>
      <div className="store-form-row">
        <TextField
          label="Added on or after"
          name="createdAfter"
          type="date"
          value={state.createdAfter}
          error={errors.createdAfter}
          onChange={(event) => set('createdAfter', event.target.value)}
        />
        <TextField
          label="Added before"
          name="createdBefore"
          type="date"
          value={state.createdBefore}
          error={errors.createdBefore}
          onChange={(event) => set('createdBefore', event.target.value)}
        />
      </div>
    </div>
  );
}
