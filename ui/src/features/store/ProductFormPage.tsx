import { useId, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { BackLink } from '../../components/BackLink';
import { RecordUnavailable } from '../../components/RecordUnavailable';
import {
  Alert,
  Button,
  Card,
  PageHeader,
  SelectField,
  TextAreaField,
  TextField,
} from '../../components/ui';
import { formValues, useFormErrors } from '../../lib/forms';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useWorkspaceSection } from '../workspaces/WorkspaceSection';
import { useProduct, useSaveProduct } from './api';
import { COMMON_CURRENCIES, currencyExponent } from './money';
import {
  EMPTY_PRODUCT,
  PRODUCT_FIELD_ALIASES,
  productFormSchema,
  productFormValues,
  type ProductFormValues,
} from './productForm';
import { storePath } from './paths';

function priceHint(currency: string): string {
  const exponent = currencyExponent(currency);
  if (exponent === 0) return `In ${currency}, a whole amount (e.g. 1500).`;
  return `In ${currency}, e.g. ${exponent === 3 ? '19.990' : '19.99'}.`;
}

/** The product form; `productId` null creates a product. */
export function ProductForm({
  productId,
  initial,
}: {
  productId: string | null;
  initial: ProductFormValues;
}) {
  const { workspaceId } = useWorkspaceSection();
  const navigate = useNavigate();
  const form = useFormErrors();
  const save = useSaveProduct(workspaceId, productId);
  const [currency, setCurrency] = useState(initial.currency);
  const [digital, setDigital] = useState(initial.digital);
  const digitalId = useId();
  const currencies = (COMMON_CURRENCIES as readonly string[]).includes(initial.currency)
    ? COMMON_CURRENCIES
    : [initial.currency, ...COMMON_CURRENCIES];

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = form.validate(
      productFormSchema({ currency, digital }),
      formValues(event.currentTarget),
    );
    if (!input) return;
    try {
      const saved = await save.mutateAsync(input);
      navigate(storePath(workspaceId, 'products'), {
        state: { flash: productId ? `${saved.name} was saved.` : `${saved.name} was added.` },
      });
    } catch (error) {
      form.showError(error, PRODUCT_FIELD_ALIASES);
    }
  };

  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form-stack store-form">
      <Alert>{form.formError}</Alert>
      <TextField
        label="Name"
        name="name"
        defaultValue={initial.name}
        error={form.fieldErrors.name}
        maxLength={200}
        required
      />
      <TextAreaField
        label="Description (optional)"
        name="description"
        defaultValue={initial.description}
        error={form.fieldErrors.description}
        maxLength={5000}
      />
      <TextField
        label="Picture URL (optional)"
        name="imageUrl"
        type="url"
        defaultValue={initial.imageUrl}
        hint="An https:// address; shown on link-in-bio product cards."
        error={form.fieldErrors.imageUrl}
        maxLength={2000}
      />
      <div className="store-form-row">
        <TextField
          label="Price"
          name="price"
          inputMode="decimal"
          autoComplete="off"
          defaultValue={initial.price}
          hint={priceHint(currency)}
          error={form.fieldErrors.price}
          required
        />
        <SelectField
          label="Currency"
          name="currency"
          value={currency}
          onChange={(event) => setCurrency(event.target.value)}
          options={currencies.map((code) => ({ value: code, label: code }))}
          error={form.fieldErrors.currency}
        />
      </div>
      <div className="store-form-row">
        <TextField
          label="SKU"
          name="sku"
          autoComplete="off"
          defaultValue={initial.sku}
          hint="Your code for it, unique in this workspace: letters, digits, . _ -"
          error={form.fieldErrors.sku}
          maxLength={64}
          required
        />
        <TextField
          label="Stock"
          name="stock"
          type="number"
          inputMode="numeric"
          min={0}
          step={1}
          defaultValue={initial.stock}
          hint="How many you can sell; orders reserve from it."
          error={form.fieldErrors.stock}
          required
        />
      </div>
      <div className="field">
        <label className="checkbox-label" htmlFor={digitalId}>
          <input
            id={digitalId}
            type="checkbox"
            name="digital"
            checked={digital}
            onChange={(event) => setDigital(event.target.checked)}
            aria-describedby={`${digitalId}-hint`}
          />
          Digital product
        </label>
        <p className="field-hint" id={`${digitalId}-hint`}>
          Delivered by mail once paid, never shipped.
        </p>
        {form.fieldErrors.digital && <p className="field-error">{form.fieldErrors.digital}</p>}
      </div>
      {digital && (
        <TextAreaField
          label="Delivery content"
          name="deliveryContent"
          defaultValue={initial.deliveryContent}
          hint="A download link or text, mailed to the customer once the order is paid."
          error={form.fieldErrors.deliveryContent}
          maxLength={5000}
          required
        />
      )}
      <div className="store-form-actions">
        <Link className="btn btn-ghost" to={storePath(workspaceId, 'products')}>
          Cancel
        </Link>
        <Button type="submit" busy={save.isPending}>
          {productId ? 'Save product' : 'Add product'}
        </Button>
      </div>
    </form>
  );
}

export function ProductFormPage() {
  const { workspaceId, workspace } = useWorkspaceSection();
  const { productId = '' } = useParams();
  const editing = productId !== '' && productId !== 'new';
  const query = useProduct(workspaceId, editing ? productId : '');
  const title = editing ? (query.data ? `Edit ${query.data.name}` : 'Edit product') : 'New product';
  useDocumentTitle(title, workspace.name);
  const backLink = <BackLink to={storePath(workspaceId, 'products')}>All products</BackLink>;

  if (editing && !query.data) {
    return (
      <>
        {backLink}
        <RecordUnavailable query={query} noun="product" goneBecause="It may have been deleted." />
      </>
    );
  }

  return (
    <>
      {backLink}
      <PageHeader eyebrow={workspace.name} title={title} />
      <Card>
        <ProductForm
          key={query.data?.id ?? 'new'}
          productId={editing ? productId : null}
          initial={query.data ? productFormValues(query.data) : EMPTY_PRODUCT}
        />
      </Card>
    </>
  );
}
