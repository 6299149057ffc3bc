import { Link, useParams } from 'react-router';
import { errorMessage } from '../../api';
import { Alert, Card, PageHeader, SkeletonRows } from '../../components/ui';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useBioAnalytics, useBioPage } from './api';
import { bioPath } from './LinkInBioRoutes';
import { blockLabels } from './pageDraft';

const DAYS = 30;

/** A bar whose width shows `value` against the largest of its column. */
function Bar({ value, max }: { value: number; max: number }) {
  const width = max === 0 ? 0 : Math.round((value / max) * 100);
  return (
    <span className="bio-bar" aria-hidden="true">
      <span style={{ width: `${width}%` }} />
    </span>
  );
}

/** Views and clicks of a page over the last 30 days: per day and per link. */
export function BioAnalyticsPage({ workspaceId }: { workspaceId: string }) {
  const { pageId = '' } = useParams();
  const page = useBioPage(workspaceId, pageId);
  const analytics = useBioAnalytics(workspaceId, pageId, DAYS);
  useDocumentTitle('Analytics', page.data?.draft.title, 'Link in bio');
  const data = analytics.data;
  const maxViews = Math.max(0, ...(data?.days.map((d) => d.views) ?? []));
  const maxClicks = Math.max(0, ...(data?.blocks.map((b) => b.clicks) ?? []));
  return (
    <>
      <PageHeader
        eyebrow={<Link to={bioPath(workspaceId, pageId)}>{page.data?.draft.title ?? 'Page'}</Link>}
        title="Analytics"
        description={`Views and clicks over the last ${DAYS} days (UTC). Counted without cookies; visitors who ask not to be tracked are not counted.`}
      />
      {analytics.isPending && <SkeletonRows label="Loading the counts…" />}
      {analytics.error && <Alert>{errorMessage(analytics.error)}</Alert>}
      {data && (
        <>
          <dl className="bio-totals">
            <div>
              <dt>Views</dt>
              <dd>{data.views.toLocaleString()}</dd>
            </div>
            <div>
              <dt>Clicks</dt>
              <dd>{data.clicks.toLocaleString()}</dd>
            </div>
            <div>
              <dt>Click rate</dt>
              <dd>{data.views === 0 ? '–' : `${Math.round((data.clicks / data.views) * 100)}%`}</dd>
            </div>
          </dl>
          <Card title="Clicks per link" titleId="bio-clicks-title">
            <div className="table-wrap">
              <table className="table" aria-labelledby="bio-clicks-title">
                <thead>
                  <tr>
                    <th scope="col">Link</th>
                    <th scope="col">Kind</th>
                    <th scope="col">Clicks</th>
                  </tr>
                </thead>
                <tbody>
                  {data.blocks.map((block) => (
                    <tr key={block.blockId}>
                      <td data-label="Link">{block.title || '(untitled)'}</td>
                      <td data-label="Kind">{blockLabels[block.type]}</td>
                      <td data-label="Clicks">
                        <span className="bio-count">{block.clicks}</span>
                        <Bar value={block.clicks} max={maxClicks} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </Card>
          <Card title="Views per day" titleId="bio-days-title">
            <ol className="bio-chart" aria-describedby="bio-days-title">
              {data.days.map((day) => (
                <li
                  key={day.day}
                  title={`${day.day}: ${day.views} views, ${day.clicks} clicks`}
                  style={{ height: `${maxViews === 0 ? 0 : (day.views / maxViews) * 100}%` }}
                >
                  <span className="sr-only">{`${day.day}: ${day.views} views, ${day.clicks} clicks`}</span>
                </li>
              ))}
            </ol>
            <p className="bio-chart-axis" aria-hidden="true">
              <span>{data.from}</span>
              <span>{data.to}</span>
            </p>
            <details className="bio-days">
              <summary>Every day as a table</summary>
              <div className="table-wrap">
                <table className="table" aria-label="Views and clicks per day">
                  <thead>
                    <tr>
                      <th scope="col">Day</th>
                      <th scope="col">Views</th>
                      <th scope="col">Clicks</th>
                    </tr>
                  </thead>
                  <tbody>
                    {[...data.days].reverse().map((day) => (
                      <tr key={day.day}>
                        <td data-label="Day">{day.day}</td>
                        <td data-label="Views">{day.views}</td>
                        <td data-label="Clicks">{day.clicks}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </details>
          </Card>
        </>
      )}
    </>
  );
}
