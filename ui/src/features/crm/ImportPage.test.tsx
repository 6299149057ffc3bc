import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { envelope, mockBackend, problem, renderApp, type FakeRequest } from '../../test/utils';
import { contactImport, crmPlatform, signIn } from './crmFixtures';

beforeEach(signIn);
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  Reflect.deleteProperty(URL, 'createObjectURL');
  Reflect.deleteProperty(URL, 'revokeObjectURL');
});

const IMPORT = '/api/crm/imports/i1';

function tagged(data: unknown, etag: string): Response {
  const response = envelope(data);
  response.headers.set('ETag', etag);
  return response;
}

function backend(extra: (request: FakeRequest) => Response | undefined) {
  return mockBackend((request) => extra(request) ?? crmPlatform()(request));
}

describe('ImportPage', () => {
  it('shows a running import as a progress bar with its counts, polled with its ETag', async () => {
    let polls = 0;
    const requests = backend((request) => {
      if (request.path !== IMPORT) return undefined;
      polls += 1;
      if (polls === 1) return tagged(contactImport(), 'W/"a"');
      if (polls === 2) return new Response(null, { status: 304 });
      return tagged(contactImport({ rowsDone: 2000, percentDone: 50, created: 1900 }), 'W/"b"');
    });
    renderApp('/workspaces/w1/contacts/imports/i1');

    const bar = await screen.findByRole('progressbar');
    expect(bar).toHaveAttribute('aria-valuenow', '25');
    expect(bar).toHaveAccessibleName('1,000 of 4,000 rows · 25%');
    expect(screen.getByText('900')).toBeInTheDocument();
    expect(screen.getByText('80')).toBeInTheDocument();
    expect(screen.getByText('20')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cancel import' })).toBeInTheDocument();

    await waitFor(() => expect(bar).toHaveAttribute('aria-valuenow', '50'), { timeout: 4000 });
    const asked = requests.filter((r) => r.path === IMPORT).map((r) => r.ifNoneMatch);
    expect(asked.slice(0, 3)).toEqual([null, 'W/"a"', 'W/"a"']);
  }, 10_000);

  it('says the result once completed and downloads the rejected rows', async () => {
    const requests = backend((request) => {
      if (request.path === IMPORT) {
        return tagged(
          contactImport({
            status: 'COMPLETED',
            rowsDone: 4000,
            percentDone: 100,
            created: 3900,
            updated: 98,
            rejected: 2,
            finishedAt: '2025-01-01T00:05:00Z',
          }),
          'W/"done"',
        );
      }
      if (request.path === `${IMPORT}/rejections.csv`) {
        return new Response('line,email,reason\n3,,missing email\n', {
          headers: {
            'Content-Type': 'text/csv',
            'Content-Disposition': 'attachment; filename="import-i1-rejected.csv"',
          },
        });
      }
      return undefined;
    });
    const createObjectURL = vi.fn(() => 'blob:rejections');
    // jsdom has no blob URLs.
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const clicked: Array<{ href: string; download: string }> = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push({ href: this.href, download: this.download });
    });
    const person = userEvent.setup();
    renderApp('/workspaces/w1/contacts/imports/i1');

    expect(await screen.findByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
    const summary = 'Import completed: 3,900 created, 98 updated, 2 rejected.';
    expect(screen.getByText(summary, { selector: '[role="status"]' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cancel import' })).not.toBeInTheDocument();

    await person.click(screen.getByRole('button', { name: 'Download rejected rows (CSV)' }));

    await waitFor(() =>
      expect(clicked).toEqual([{ href: 'blob:rejections', download: 'import-i1-rejected.csv' }]),
    );
    const download = requests.find((r) => r.path.endsWith('rejections.csv'));
    expect(download).toMatchObject({ authorization: 'Bearer access-1', workspaceId: 'w1' });
    const blob = (createObjectURL.mock.calls[0] as unknown as [Blob])[0];
    expect(await blob.text()).toContain('missing email');
  });

  it('cancels a running import and says it is stopping', async () => {
    let cancelled = false;
    const requests = backend((request) => {
      if (request.path === `${IMPORT}/cancel`) {
        cancelled = true;
        return envelope(contactImport());
      }
      if (request.path === IMPORT) {
        return envelope(cancelled ? contactImport({ status: 'CANCELLED' }) : contactImport());
      }
      return undefined;
    });
    const person = userEvent.setup();
    renderApp('/workspaces/w1/contacts/imports/i1');

    await person.click(await screen.findByRole('button', { name: 'Cancel import' }));

    expect(requests.filter((r) => r.method === 'POST').map((r) => r.path)).toEqual([
      `${IMPORT}/cancel`,
    ]);
    expect(
      await screen.findAllByText(
        'Import cancelled after 1,000 of 4,000 rows: 900 created, 80 updated, 20 rejected.',
        undefined,
        { timeout: 3000 },
      ),
    ).not.toHaveLength(0);
    expect(screen.queryByRole('button', { name: 'Cancel import' })).not.toBeInTheDocument();
  });

  it('says when the import does not exist', async () => {
    backend((request) =>
      request.path === IMPORT ? problem(404, 'NotFound', 'Import not found') : undefined,
    );
    renderApp('/workspaces/w1/contacts/imports/i1');
    expect(
      await screen.findByRole('heading', { name: 'This import does not exist' }),
    ).toBeInTheDocument();
  });
});

describe('ImportsPage', () => {
  function csv(name = 'people.csv') {
    return new File(['name\nAna\n'], name, { type: 'text/csv' });
  }

  it("shows the server's reason under the file input", async () => {
    backend((request) =>
      request.method === 'POST' && request.path === '/api/crm/imports'
        ? problem(400, 'ValidationError', 'file: has no email column', {
            file: 'has no email column: name one column "email" in the first line',
          })
        : undefined,
    );
    const person = userEvent.setup();
    renderApp('/workspaces/w1/contacts/imports');

    await person.upload(await screen.findByLabelText('CSV file'), csv());
    await person.click(screen.getByRole('button', { name: 'Start import' }));

    const input = screen.getByLabelText('CSV file');
    expect(input).toHaveAccessibleDescription(
      expect.stringContaining(
        'This file has no email column: name one column "email" in the first line',
      ),
    );
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveFocus();
  });

  it('says a file is too large (413)', async () => {
    backend((request) =>
      request.method === 'POST' && request.path === '/api/crm/imports'
        ? problem(413, 'PayloadTooLarge', 'The file is too large: split it into smaller files', {
            file: 'is too large',
          })
        : undefined,
    );
    const person = userEvent.setup();
    renderApp('/workspaces/w1/contacts/imports');

    await person.upload(await screen.findByLabelText('CSV file'), csv());
    await person.click(screen.getByRole('button', { name: 'Start import' }));

    expect(
      await screen.findByText('The file is too large: split it into smaller files'),
    ).toBeInTheDocument();
  });

  it('uploads the file as the form part "file" and opens the import', async () => {
    let sent: FormData | null = null;
    backend((request) => {
      if (request.method === 'POST' && request.path === '/api/crm/imports') {
        const call = vi.mocked(fetch).mock.calls.at(-1);
        sent = call?.[1]?.body as FormData;
        return envelope(contactImport({ rowsDone: 0, percentDone: 0 }), 202);
      }
      if (request.path === IMPORT) return envelope(contactImport());
      return undefined;
    });
    const person = userEvent.setup();
    renderApp('/workspaces/w1/contacts/imports');

    await person.upload(await screen.findByLabelText('CSV file'), csv());
    await person.click(screen.getByRole('button', { name: 'Start import' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Import of people.csv' }),
    ).toBeInTheDocument();
    expect((sent as FormData | null)?.get('file')).toBeInstanceOf(File);
  });
});
