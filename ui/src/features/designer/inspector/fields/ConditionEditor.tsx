import { memo } from 'react';
import { Button } from '../../../../components/ui';
import { focusSoon, useInspector } from '../InspectorContext';
import {
  getIn,
  humanize,
  initialValue,
  isPlainObject,
  pathKey,
  type FieldSpec,
} from '../schemaForm';
import { FieldFrame } from './FieldFrame';
import { TextInput } from './TextInput';

/** How operators read in the rules editor; an operator not listed here shows humanised. */
const OPERATOR_LABELS: Record<string, string> = {
  eq: 'equals',
  ne: 'does not equal',
  gt: 'is greater than',
  gte: 'is at least',
  lt: 'is less than',
  lte: 'is at most',
  contains: 'contains',
  not_contains: 'does not contain',
  starts_with: 'starts with',
  ends_with: 'ends with',
  in: 'is one of',
  not_in: 'is not one of',
  exists: 'exists',
  not_exists: 'does not exist',
  is_empty: 'is empty',
  is_not_empty: 'is not empty',
};

/** Operators that test the field alone: their rules have no value. */
export const VALUELESS_OPERATORS = new Set(['exists', 'not_exists', 'is_empty', 'is_not_empty']);

const MATCH_LABELS: Record<string, string> = { all: 'all rules', any: 'any rule' };

type Rule = Record<string, unknown>;

/** A condition: match all or any of a list of field / operator / value rules. */
export const ConditionEditor = memo(function ConditionEditor({
  field,
  value,
}: {
  field: FieldSpec;
  value: unknown;
}) {
  const { readOnly, setValue, touch, messagesAt, idOf } = useInspector();
  const condition = isPlainObject(value) ? value : {};
  const rules: Rule[] = Array.isArray(condition.rules) ? (condition.rules as Rule[]) : [];
  const ruleSchema = field.schema.properties?.rules?.items ?? {};
  const operators = (ruleSchema.properties?.operator?.enum ?? []).map(String);
  const matches = (field.schema.properties?.match?.enum ?? ['all', 'any']).map(String);
  const match = typeof condition.match === 'string' ? condition.match : 'all';
  const rulesPath = [...field.path, 'rules'];

  const set = (path: (string | number)[], next: unknown) => {
    setValue(path, next);
    touch(pathKey(path));
  };
  const setRules = (next: Rule[]) => set(rulesPath, next);
  const setRule = (i: number, rule: Rule) => setRules(rules.map((r, j) => (j === i ? rule : r)));
  const matchId = idOf(pathKey([...field.path, 'match']));
  const addId = `${idOf(pathKey(rulesPath))}-add`;

  return (
    <>
      <div className="condition-match">
        <label htmlFor={matchId}>Match</label>
        <select
          id={matchId}
          className="input input-sm select"
          value={match}
          disabled={readOnly}
          onChange={(e) => set([...field.path, 'match'], e.target.value)}
        >
          {matches.map((m) => (
            <option key={m} value={m}>
              {MATCH_LABELS[m] ?? m}
            </option>
          ))}
        </select>
      </div>
      {rules.length === 0 && (
        <p className="muted small">No rules yet: the condition always holds.</p>
      )}
      <ol className="condition-rules">
        {rules.map((rule, i) => {
          const path = [...rulesPath, i];
          const key = (name: string) => pathKey([...path, name]);
          const operator = typeof rule.operator === 'string' ? rule.operator : '';
          const update = (name: string, next: unknown) => {
            const copy = { ...rule };
            if (next === undefined || next === '') delete copy[name];
            else copy[name] = next;
            // A rule that tests the field alone must not keep a stale value.
            if (name === 'operator' && VALUELESS_OPERATORS.has(String(next))) delete copy.value;
            setRule(i, copy);
            touch(key(name));
          };
          return (
            <li key={i} className="condition-rule">
              <fieldset className="condition-rule-fields">
                <legend className="sr-only">Rule {i + 1}</legend>
                <FieldFrame
                  id={idOf(key('field'))}
                  label="Field"
                  required
                  messages={messagesAt(key('field'))}
                >
                  {(c) => (
                    <TextInput
                      id={c.id}
                      label={`field of rule ${i + 1}`}
                      expression
                      value={typeof rule.field === 'string' ? rule.field : ''}
                      placeholder="{{ trigger.total }}"
                      describedBy={c.describedBy}
                      invalid={c.invalid}
                      required
                      onChange={(t) => update('field', t)}
                      onBlur={() => touch(key('field'))}
                    />
                  )}
                </FieldFrame>
                <FieldFrame
                  id={idOf(key('operator'))}
                  label="Operator"
                  required
                  messages={messagesAt(key('operator'))}
                >
                  {(c) => (
                    <select
                      id={c.id}
                      className="input select"
                      value={operator}
                      disabled={readOnly}
                      aria-invalid={c.invalid || undefined}
                      aria-describedby={c.describedBy}
                      onChange={(e) => update('operator', e.target.value)}
                    >
                      {!operator && <option value="">Choose…</option>}
                      {operators.map((o) => (
                        <option key={o} value={o}>
                          {OPERATOR_LABELS[o] ?? humanize(o)}
                        </option>
                      ))}
                    </select>
                  )}
                </FieldFrame>
                {!VALUELESS_OPERATORS.has(operator) && (
                  <FieldFrame
                    id={idOf(key('value'))}
                    label="Value"
                    messages={messagesAt(key('value'))}
                  >
                    {(c) => (
                      <TextInput
                        id={c.id}
                        label={`value of rule ${i + 1}`}
                        expression
                        value={valueText(getIn(rule, ['value']))}
                        describedBy={c.describedBy}
                        invalid={c.invalid}
                        onChange={(t) => update('value', t)}
                        onBlur={() => touch(key('value'))}
                      />
                    )}
                  </FieldFrame>
                )}
              </fieldset>
              {!readOnly && (
                <Button
                  variant="ghost"
                  size="sm"
                  aria-label={`Remove rule ${i + 1}`}
                  onClick={() => {
                    setRules(rules.filter((_, j) => j !== i));
                    focusSoon(addId);
                  }}
                >
                  Remove
                </Button>
              )}
            </li>
          );
        })}
      </ol>
      {!readOnly && (
        <Button
          variant="secondary"
          size="sm"
          id={addId}
          onClick={() => {
            setRules([...rules, initialValue(ruleSchema)]);
            focusSoon(idOf(pathKey([...rulesPath, rules.length, 'field'])));
          }}
        >
          Add rule
        </Button>
      )}
    </>
  );
});

/** A rule's value as text: numbers and lists stored by API callers show as JSON. */
const valueText = (value: unknown) =>
  typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value);
