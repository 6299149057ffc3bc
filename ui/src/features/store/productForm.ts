import { z } from 'zod';
import type { Product, ProductInput } from './api';
import { minorToDecimal, parseAmount } from './money';

/** The API's ceiling for a price, in minor units. */
const MAX_PRICE_MINOR = 10_000_000_000;
const MAX_STOCK = 10_000_000;

/** What the product form shows: every field as text, the price as a decimal. */
export interface ProductFormValues {
  name: string;
  description: string;
  imageUrl: string;
  price: string;
  currency: string;
  sku: string;
  stock: string;
  digital: boolean;
  deliveryContent: string;
}

export const EMPTY_PRODUCT: ProductFormValues = {
  name: '',
  description: '',
  imageUrl: '',
  price: '',
  currency: 'EUR',
  sku: '',
  stock: '0',
  digital: false,
  deliveryContent: '',
};

export function productFormValues(product: Product): ProductFormValues {
  return {
    name: product.name,
    description: product.description,
    imageUrl: product.imageUrl,
    price: minorToDecimal(product.priceMinor, product.currency),
    currency: product.currency,
    sku: product.sku,
    stock: String(product.stock),
    digital: product.digital,
    deliveryContent: product.deliveryContent,
  };
}

/**
 * The form's rules, as the API checks them, with sentences that say what to type. The price is
 * read in the chosen currency (no decimals in JPY), and delivery content is required only for a
 * digital product, so the schema depends on those two choices.
 */
export function productFormSchema(choices: { currency: string; digital: boolean }) {
  return z
    .object({
      name: z.string().trim().min(1, 'Enter a name.').max(200, 'Use at most 200 characters.'),
      description: z.string().trim().max(5000, 'Use at most 5000 characters.').default(''),
      imageUrl: z
        .string()
        .trim()
        .default('')
        .refine(
          (url) => url === '' || /^https:\/\/\S+$/.test(url),
          'Enter an https:// address of the picture, or leave it empty.',
        ),
      price: z
        .string()
        .default('')
        .transform((text, ctx) => {
          const parsed = parseAmount(text, choices.currency);
          if (!parsed.ok) {
            ctx.addIssue({ code: 'custom', message: parsed.message });
            return z.NEVER;
          }
          return parsed.minor;
        })
        .refine((minor) => minor <= MAX_PRICE_MINOR, 'That price is too large.'),
      currency: z
        .string()
        .trim()
        .toUpperCase()
        .regex(/^[A-Z]{3}$/, 'Choose a currency.'),
      sku: z
        .string()
        .trim()
        .min(1, 'Enter a SKU, the code you know this product by (e.g. MUG-01).')
        .max(64, 'Use at most 64 characters.')
        .regex(/^[A-Za-z0-9._-]+$/, 'Use letters, digits, dots, dashes and underscores only.'),
      stock: z
        .string()
        .trim()
        .regex(/^\d+$/, 'Enter how many you have: a whole number, 0 or more.')
        .transform(Number)
        .refine((stock) => stock <= MAX_STOCK, 'Enter at most 10,000,000.'),
      deliveryContent: choices.digital
        ? z
            .string()
            .trim()
            .min(1, 'Enter what the customer receives once paid: a download link or text.')
            .max(5000, 'Use at most 5000 characters.')
        : z.string().optional(),
    })
    .transform((values): ProductInput => ({
      name: values.name,
      description: values.description,
      imageUrl: values.imageUrl,
      priceMinor: values.price,
      currency: values.currency,
      sku: values.sku,
      stock: values.stock,
      digital: choices.digital,
      deliveryContent: choices.digital ? (values.deliveryContent ?? '') : null,
    }));
}

/** The API names the price `priceMinor`; the form's field is the decimal `price`. */
export const PRODUCT_FIELD_ALIASES = { priceMinor: 'price' };
