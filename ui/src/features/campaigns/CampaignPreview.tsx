import { errorMessage } from '../../api';
import { Alert, SkeletonRows } from '../../components/ui';
import { useCampaignPreview } from './api';

/**
 * The saved campaign as a sample contact (Ana Silva) reads it, merge tags filled in. The HTML is
 * shown in an iframe sandboxed with no permission at all: no script runs, no form posts, no link
 * navigates the app, whatever the campaign contains.
 */
export function CampaignPreview({
  workspaceId,
  campaignId,
  version,
}: {
  workspaceId: string;
  campaignId: string;
  /** Changes whenever the campaign is saved, to read the preview again. */
  version: string | null;
}) {
  const query = useCampaignPreview(workspaceId, campaignId, version);
  if (query.isPending) return <SkeletonRows rows={4} label="Loading the preview…" />;
  if (!query.data)
    return <Alert title="Could not load the preview">{errorMessage(query.error)}</Alert>;
  const preview = query.data;
  return (
    <div className="campaign-preview" aria-busy={query.isFetching || undefined}>
      <p className="campaign-preview-subject">
        <span className="muted small">Subject</span>
        <strong className="store-break">{preview.subject}</strong>
      </p>
      {preview.html ? (
        <iframe
          className="campaign-frame"
          title="Preview of the HTML body"
          sandbox=""
          referrerPolicy="no-referrer"
          srcDoc={preview.html}
        />
      ) : (
        <p className="muted">No HTML body: readers get the text version.</p>
      )}
      {preview.text && (
        <details className="campaign-preview-text">
          <summary>Text version</summary>
          <pre className="mail-text">{preview.text}</pre>
        </details>
      )}
    </div>
  );
}
