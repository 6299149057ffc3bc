import { render, screen } from '@testing-library/react';
import { Component, Suspense, type ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyPage } from './lazyPage';

class Boundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  render() {
    return this.state.failed ? <p>failed</p> : this.props.children;
  }
}

function show(Page: ReturnType<typeof lazyPage>) {
  render(
    <Boundary>
      <Suspense fallback={<p>loading</p>}>
        <Page />
      </Suspense>
    </Boundary>,
  );
}

describe('lazyPage', () => {
  const reload = vi.fn();
  afterEach(() => {
    sessionStorage.clear();
    reload.mockReset();
  });
  vi.stubGlobal('location', { ...window.location, reload });

  it('shows the page once its chunk loads', async () => {
    show(lazyPage(async () => () => <p>the page</p>));
    expect(await screen.findByText('the page')).toBeInTheDocument();
  });

  it('reloads once when a chunk of an older deploy is gone, then gives up', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {}); // React reports the caught error
    const missing = () => Promise.reject(new Error('Failed to fetch dynamically imported module'));
    show(lazyPage(missing));
    await vi.waitFor(() => expect(reload).toHaveBeenCalledTimes(1));
    expect(screen.getByText('loading')).toBeInTheDocument();

    show(lazyPage(missing));
    expect(await screen.findByText('failed')).toBeInTheDocument();
    expect(reload).toHaveBeenCalledTimes(1);
  });
});
