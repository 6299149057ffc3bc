import { useId, useState } from 'react';
import { Button } from '../../components/ui';
import { Dialog } from './Dialog';

/** Asks what changed before publishing the draft as the next, active version. */
export function PublishDialog({
  dirty,
  onCancel,
  onPublish,
}: {
  dirty: boolean;
  onCancel: () => void;
  onPublish: (summary: string) => void;
}) {
  const summaryId = useId();
  const [summary, setSummary] = useState('');
  return (
    <Dialog title="Publish a new version" onClose={onCancel}>
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          onPublish(summary);
        }}
      >
        <div className="field">
          <label className="field-label" htmlFor={summaryId}>
            What changed (optional)
          </label>
          <input
            id={summaryId}
            className="input"
            maxLength={500}
            value={summary}
            onChange={(e) => setSummary(e.target.value)}
            placeholder="e.g. Wait two days before the welcome mail"
          />
        </div>
        <p className="muted small">
          {dirty ? 'The draft is saved first. ' : ''}The new version becomes active: triggers start
          it from now on; runs in flight finish on their own version.
        </p>
        <div className="designer-dialog-actions">
          <Button variant="ghost" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit">Publish</Button>
        </div>
      </form>
    </Dialog>
  );
}
