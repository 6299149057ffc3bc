/**
 * Money in the store is an integer count of the currency's minor unit (cents for EUR, yen for
 * JPY), as the API stores it. Owners type and read decimals; these functions convert between the
 * two with string arithmetic, so 19.99 never becomes 1998.9999.
 */

// Stripe charges in these units, which follow ISO 4217: no minor unit at all, or thousandths.
// Every other currency has cents. A fixed table (rather than Intl's data) gives the same answer in
// every browser, and the same as the payment that Stripe will take.
const ZERO_DECIMAL = new Set([
  'BIF',
  'CLP',
  'DJF',
  'GNF',
  'ISK',
  'JPY',
  'KMF',
  'KRW',
  'MGA',
  'PYG',
  'RWF',
  'UGX',
  'VND',
  'VUV',
  'XAF',
  'XOF',
  'XPF',
]);
const THREE_DECIMAL = new Set(['BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND']);

/** Currencies offered first in the product form; a product in another one keeps its own. */
export const COMMON_CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF', 'CAD', 'AUD', 'SEK', 'JPY'] as const;

/** How many decimals the currency has: 2 for EUR, 0 for JPY, 3 for KWD. */
export function currencyExponent(currency: string): number {
  const code = currency.toUpperCase();
  if (ZERO_DECIMAL.has(code)) return 0;
  if (THREE_DECIMAL.has(code)) return 3;
  return 2;
}

export type ParsedAmount = { ok: true; minor: number } | { ok: false; message: string };

/**
 * "19.99" in EUR → 1999; "1500" in JPY → 1500. A comma is taken as the decimal separator too
 * (people type 19,99). Spaces are ignored; anything else, a negative amount or more decimals than
 * the currency has, is refused with a sentence saying why.
 */
export function parseAmount(text: string, currency: string): ParsedAmount {
  const exponent = currencyExponent(currency);
  const cleaned = text.replace(/\s/g, '').replace(',', '.');
  if (cleaned === '') return { ok: false, message: 'Enter a price.' };
  const match = /^(\d+)(?:\.(\d*))?$/.exec(cleaned);
  if (!match) return { ok: false, message: 'Enter a price like 19.99, without a currency sign.' };
  const whole = match[1]!;
  const fraction = match[2] ?? '';
  if (fraction.length > exponent) {
    return {
      ok: false,
      message:
        exponent === 0
          ? `${currency.toUpperCase()} has no decimals: enter a whole amount.`
          : `${currency.toUpperCase()} has at most ${exponent} decimals.`,
    };
  }
  const minor = Number(whole + fraction.padEnd(exponent, '0'));
  if (!Number.isSafeInteger(minor)) return { ok: false, message: 'That price is too large.' };
  return { ok: true, minor };
}

/** 1999 in EUR → "19.99"; 1500 in JPY → "1500": what the price field shows when editing. */
export function minorToDecimal(minor: number, currency: string): string {
  const exponent = currencyExponent(currency);
  const digits = String(Math.abs(Math.trunc(minor))).padStart(exponent + 1, '0');
  const sign = minor < 0 ? '-' : '';
  if (exponent === 0) return sign + digits;
  return `${sign}${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
}

/** 1999 in EUR → "€19.99" (in the reader's locale); an unknown code falls back to "19.99 XYZ". */
export function formatMoney(minor: number, currency: string, locale?: string): string {
  const exponent = currencyExponent(currency);
  const decimal = minorToDecimal(minor, currency);
  try {
    return new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: currency.toUpperCase(),
      minimumFractionDigits: exponent,
      maximumFractionDigits: exponent,
    }).format(Number(decimal));
  } catch {
    return `${decimal} ${currency}`;
  }
}
