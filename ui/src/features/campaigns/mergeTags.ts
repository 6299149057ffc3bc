/** The merge tags the server knows (it refuses any other with a 400 naming the field). */
export const MERGE_TAGS = [
  { tag: '{{first_name|there}}', label: 'First name (or “there”)' },
  { tag: '{{first_name}}', label: 'First name' },
  { tag: '{{last_name}}', label: 'Last name' },
  { tag: '{{email}}', label: 'Email address' },
  { tag: '{{field.plan}}', label: 'Custom field (edit “plan”)' },
  { tag: '{{unsubscribe_url}}', label: 'Unsubscribe link' },
] as const;

export interface Insertion {
  value: string;
  /** Where the caret goes: just after the inserted tag. */
  caret: number;
}

/**
 * Puts a tag where the caret is, replacing the selection if there is one. Positions out of the
 * text (a field never focused reports 0 or the length) are clamped, so a tag is never lost.
 */
export function insertTag(value: string, start: number, end: number, tag: string): Insertion {
  const from = Math.max(0, Math.min(start, value.length));
  const to = Math.max(from, Math.min(end, value.length));
  return { value: value.slice(0, from) + tag + value.slice(to), caret: from + tag.length };
}
