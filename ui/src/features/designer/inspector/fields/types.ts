import type { FieldSpec } from '../schemaForm';

/** What every editor of one parameter is handed by SchemaField. */
export interface FieldControlProps {
  field: FieldSpec;
  value: unknown;
  control: { id: string; describedBy: string | undefined; invalid: boolean };
  onChange: (value: unknown) => void;
  onBlur: () => void;
  onParseError: (message: string | null) => void;
}
