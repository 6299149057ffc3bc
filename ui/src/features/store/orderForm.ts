import { z } from 'zod';
import { PAYMENT_METHODS, type NewOrder, type Product } from './api';
import { formatMoney } from './money';

/** The API takes at most this many of one product in an order line. */
const MAX_QUANTITY = 1000;

/** The form names line fields as the API names them in errors, so both land on the same field. */
export const lineField = (index: number, field: 'productId' | 'quantity') =>
  `lines[${index}].${field}`;

/**
 * The new-order form's rules for `lineCount` lines. Line fields are flat (`lines[0].quantity`),
 * as the server names them in its 400 and 409 answers, so a refusal from either side shows on the
 * very field.
 */
export function newOrderSchema(lineCount: number) {
  const lineShape: Record<string, z.ZodType> = {};
  for (let i = 0; i < lineCount; i++) {
    lineShape[lineField(i, 'productId')] = z.string().min(1, 'Choose a product.');
    lineShape[lineField(i, 'quantity')] = z
      .string()
      .trim()
      .regex(/^[1-9]\d*$/, 'Enter a quantity of 1 or more.')
      .transform(Number)
      .refine((n) => n <= MAX_QUANTITY, `Order at most ${MAX_QUANTITY} at once.`);
  }
  return z
    .object({
      customerEmail: z
        .string()
        .trim()
        .min(1, "Enter the customer's email address.")
        .pipe(z.email('Enter an email address like ana@example.com.')),
      customerName: z
        .string()
        .trim()
        .min(1, "Enter the customer's name.")
        .max(200, 'Use at most 200 characters.'),
      paymentMethod: z.enum(PAYMENT_METHODS, { error: 'Choose how the customer pays.' }),
      ...lineShape,
    })
    .transform((values): NewOrder => {
      const flat = values as Record<string, unknown>;
      return {
        customerEmail: values.customerEmail,
        customerName: values.customerName,
        paymentMethod: values.paymentMethod,
        lines: Array.from({ length: lineCount }, (_, i) => ({
          productId: String(flat[lineField(i, 'productId')]),
          quantity: Number(flat[lineField(i, 'quantity')]),
        })),
      };
    });
}

/** "Blue mug · €19.99 · 3 in stock": what the product picker shows. */
export function productOptionLabel(product: Product): string {
  const stock = product.stock === 0 ? 'out of stock' : `${product.stock} in stock`;
  return `${product.name} · ${formatMoney(product.priceMinor, product.currency)} · ${stock}`;
}
