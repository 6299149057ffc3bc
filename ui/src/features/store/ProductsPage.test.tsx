import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { envelope, mockBackend, problem, renderApp, type FakeRequest } from '../../test/utils';
import { productFormSchema } from './productForm';
import { product, signIn, storePlatform } from './storeFixtures';

beforeEach(signIn);
afterEach(() => {
  vi.unstubAllGlobals();
});

const writes = (requests: FakeRequest[]) => requests.filter((r) => r.method !== 'GET');

describe('productFormSchema', () => {
  const values = {
    name: ' Blue mug ',
    description: '',
    price: '19.99',
    currency: 'EUR',
    sku: 'MUG-BLUE',
    stock: '3',
  };

  it('sends the price in minor units and no delivery content for a physical product', () => {
    const parsed = productFormSchema({ currency: 'EUR', digital: false }).safeParse(values);
    expect(parsed.success && parsed.data).toEqual({
      name: 'Blue mug',
      description: '',
      imageUrl: '',
      priceMinor: 1999,
      currency: 'EUR',
      sku: 'MUG-BLUE',
      stock: 3,
      digital: false,
      deliveryContent: null,
    });
  });

  it('reads the price in the chosen currency', () => {
    const yen = productFormSchema({ currency: 'JPY', digital: false });
    expect(yen.safeParse({ ...values, currency: 'JPY', price: '1500' }).data?.priceMinor).toBe(
      1500,
    );
    const refused = yen.safeParse({ ...values, currency: 'JPY', price: '15.50' });
    expect(refused.error?.issues[0]).toMatchObject({
      path: ['price'],
      message: 'JPY has no decimals: enter a whole amount.',
    });
  });

  it('requires delivery content only for a digital product', () => {
    const digital = productFormSchema({ currency: 'EUR', digital: true });
    expect(digital.safeParse({ ...values, deliveryContent: ' ' }).error?.issues[0]?.path).toEqual([
      'deliveryContent',
    ]);
    expect(
      digital.safeParse({ ...values, deliveryContent: 'https://files.example/ebook.pdf' }).data,
    ).toMatchObject({ digital: true, deliveryContent: 'https://files.example/ebook.pdf' });
  });

  it('takes an https picture or none', () => {
    const schema = productFormSchema({ currency: 'EUR', digital: false });
    expect(
      schema.safeParse({ ...values, imageUrl: ' https://cdn.example/mug.jpg ' }).data,
    ).toMatchObject({ imageUrl: 'https://cdn.example/mug.jpg' });
    expect(
      schema.safeParse({ ...values, imageUrl: 'http://cdn.example/mug.jpg' }).error?.issues[0]
        ?.path,
    ).toEqual(['imageUrl']);
  });

  it('refuses a fractional or negative stock and a SKU with spaces', () => {
    const schema = productFormSchema({ currency: 'EUR', digital: false });
    const issues = schema.safeParse({ ...values, stock: '1.5', sku: 'MUG BLUE' }).error?.issues;
    expect(issues?.map((issue) => issue.path[0]).sort()).toEqual(['sku', 'stock']);
    expect(schema.safeParse({ ...values, stock: '-1' }).success).toBe(false);
  });
});

describe('ProductsPage', () => {
  it('lists products with price, stock and type', async () => {
    mockBackend((request) =>
      request.path === '/api/ecommerce/products'
        ? envelope([
            product(),
            product({
              id: 'p2',
              name: 'Ebook',
              sku: 'EBOOK-1',
              priceMinor: 1500,
              currency: 'JPY',
              stock: 0,
              digital: true,
            }),
          ])
        : storePlatform()(request),
    );
    renderApp('/workspaces/w1/store/products');

    const table = await screen.findByRole('table', { name: 'Products' });
    const [mug, ebook] = within(table).getAllByRole('row').slice(1);
    expect(within(mug!).getByText('Blue mug')).toBeInTheDocument();
    expect(within(mug!).getByText('MUG-BLUE')).toBeInTheDocument();
    expect(within(mug!).getByText(/19\.99/)).toBeInTheDocument();
    expect(within(mug!).getByText('Physical')).toBeInTheDocument();
    expect(within(ebook!).getByText(/1,500/)).toBeInTheDocument();
    expect(within(ebook!).getByText('Digital')).toBeInTheDocument();
    expect(within(ebook!).getByText('out of stock')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Store' })).toHaveClass('active');
    const tabs = screen.getByRole('navigation', { name: 'Store' });
    expect(within(tabs).getByRole('link', { name: 'Products' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(tabs).getByRole('link', { name: 'Orders' })).not.toHaveAttribute('aria-current');
  });

  it('says why the products did not load, and loads them on Try again', async () => {
    let failing = true;
    mockBackend((request) =>
      request.path === '/api/ecommerce/products'
        ? failing
          ? problem(503, 'ServiceUnavailable', 'The store is busy, try again in a moment.')
          : envelope([product()])
        : storePlatform()(request),
    );
    const person = userEvent.setup();
    renderApp('/workspaces/w1/store/products');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the products');
    expect(alert).toHaveTextContent('The store is busy, try again in a moment.');
    failing = false;
    await person.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('table', { name: 'Products' })).toBeInTheDocument();
  });

  it('leads an unknown address back to the products, with no tab marked open', async () => {
    mockBackend(storePlatform());
    renderApp('/workspaces/w1/store/nowhere');

    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the products' })).toHaveAttribute(
      'href',
      '/workspaces/w1/store/products',
    );
    const tabs = screen.getByRole('navigation', { name: 'Store' });
    expect(
      within(tabs)
        .getAllByRole('link')
        .map((tab) => tab.className),
    ).toEqual(['section-tab', 'section-tab', 'section-tab']);
  });

  it('says what to do when there is no product yet', async () => {
    mockBackend((request) =>
      request.path === '/api/ecommerce/products' ? envelope([]) : storePlatform()(request),
    );
    renderApp('/workspaces/w1/store/products');

    expect(await screen.findByRole('heading', { name: 'No products yet' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Add your first product' })).toHaveAttribute(
      'href',
      '/workspaces/w1/store/products/new',
    );
  });

  it('hides the write controls from viewers', async () => {
    mockBackend((request) =>
      request.path === '/api/ecommerce/products'
        ? envelope([product()])
        : storePlatform('VIEWER')(request),
    );
    renderApp('/workspaces/w1/store/products');

    const table = await screen.findByRole('table', { name: 'Products' });
    expect(within(table).queryByRole('button')).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'New product' })).not.toBeInTheDocument();
  });

  it('deletes a product after a confirmation', async () => {
    let products = [product()];
    const requests = mockBackend((request) => {
      if (request.path === '/api/ecommerce/products') return envelope(products);
      if (request.path === '/api/ecommerce/products/p1' && request.method === 'DELETE') {
        products = [];
        return envelope(null);
      }
      return storePlatform()(request);
    });
    const person = userEvent.setup();
    renderApp('/workspaces/w1/store/products');

    await person.click(await screen.findByRole('button', { name: 'Delete Blue mug' }));
    expect(writes(requests)).toHaveLength(0);
    await person.click(screen.getByRole('button', { name: 'Delete Blue mug' }));

    expect(await screen.findByText('Blue mug was deleted.')).toBeInTheDocument();
    expect(writes(requests)).toMatchObject([{ method: 'DELETE', workspaceId: 'w1' }]);
    expect(await screen.findByRole('heading', { name: 'No products yet' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Products', level: 2 })).toHaveFocus();
  });
});

describe('ProductFormPage', () => {
  function backend(extra?: (request: FakeRequest) => Response | undefined) {
    return mockBackend(
      (request) =>
        extra?.(request) ??
        (request.path === '/api/ecommerce/products' && request.method === 'GET'
          ? envelope([])
          : storePlatform()(request)),
    );
  }

  it('shows what is wrong next to each field and focuses the first', async () => {
    const requests = backend();
    const person = userEvent.setup();
    renderApp('/workspaces/w1/store/products/new');

    await person.type(await screen.findByLabelText('Price'), '19.999');
    await person.click(screen.getByLabelText('Digital product'));
    await person.click(screen.getByRole('button', { name: 'Add product' }));

    expect(await screen.findByText('Enter a name.')).toBeInTheDocument();
    expect(screen.getByLabelText('Name')).toHaveFocus();
    expect(screen.getByLabelText(/^Price/)).toHaveAccessibleDescription(
      /EUR has at most 2 decimals\./,
    );
    expect(screen.getByLabelText('Delivery content')).toHaveAttribute('aria-invalid', 'true');
    expect(writes(requests)).toHaveLength(0);
  });

  it('creates a product with the price in minor units', async () => {
    const requests = backend((request) =>
      request.method === 'POST' ? envelope(product({ name: 'Yen mug' }), 201) : undefined,
    );
    const person = userEvent.setup();
    renderApp('/workspaces/w1/store/products/new');

    await person.type(await screen.findByLabelText('Name'), 'Yen mug');
    await person.selectOptions(screen.getByLabelText('Currency'), 'JPY');
    await person.type(screen.getByLabelText('Price'), '1500');
    await person.type(screen.getByLabelText('SKU'), 'MUG-JP');
    await person.clear(screen.getByLabelText('Stock'));
    await person.type(screen.getByLabelText('Stock'), '12');
    await person.click(screen.getByRole('button', { name: 'Add product' }));

    expect(await screen.findByText('Yen mug was added.')).toBeInTheDocument();
    expect(writes(requests)[0]).toMatchObject({
      method: 'POST',
      path: '/api/ecommerce/products',
      body: {
        name: 'Yen mug',
        priceMinor: 1500,
        currency: 'JPY',
        sku: 'MUG-JP',
        stock: 12,
        digital: false,
        deliveryContent: null,
      },
    });
  });

  it("puts the server's refusals on the fields they name", async () => {
    backend((request) =>
      request.method === 'PUT'
        ? problem(409, 'Conflict', 'Another product of this workspace has the SKU MUG-RED', {
            sku: 'is already used in this workspace',
          })
        : request.path === '/api/ecommerce/products/p1'
          ? envelope(product())
          : undefined,
    );
    const person = userEvent.setup();
    renderApp('/workspaces/w1/store/products/p1');

    expect(await screen.findByRole('heading', { name: 'Edit Blue mug' })).toBeInTheDocument();
    expect(screen.getByLabelText('Price')).toHaveValue('19.99');
    const sku = screen.getByLabelText('SKU');
    await person.clear(sku);
    await person.type(sku, 'MUG-RED');
    await person.click(screen.getByRole('button', { name: 'Save product' }));

    await waitFor(() => expect(sku).toHaveAttribute('aria-invalid', 'true'));
    expect(sku).toHaveAccessibleDescription(/is already used in this workspace/);
    expect(sku).toHaveFocus();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Another product of this workspace has the SKU MUG-RED',
    );
  });

  it('maps the API name of the price onto the price field', async () => {
    backend((request) =>
      request.method === 'POST'
        ? problem(400, 'ValidationError', 'priceMinor: must be less than or equal to 1e10', {
            priceMinor: 'must be less than or equal to 10000000000',
          })
        : undefined,
    );
    const person = userEvent.setup();
    renderApp('/workspaces/w1/store/products/new');

    await person.type(await screen.findByLabelText('Name'), 'Gold mug');
    await person.type(screen.getByLabelText('Price'), '99');
    await person.type(screen.getByLabelText('SKU'), 'MUG-GOLD');
    await person.click(screen.getByRole('button', { name: 'Add product' }));

    await waitFor(() => expect(screen.getByLabelText('Price')).toHaveFocus());
    expect(screen.getByLabelText('Price')).toHaveAccessibleDescription(
      /must be less than or equal to 10000000000/,
    );
  });
});
