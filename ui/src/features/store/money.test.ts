import { describe, expect, it } from 'vitest';
import { currencyExponent, formatMoney, minorToDecimal, parseAmount } from './money';

describe('currencyExponent', () => {
  it('knows cents, zero-decimal and three-decimal currencies', () => {
    expect(currencyExponent('EUR')).toBe(2);
    expect(currencyExponent('usd')).toBe(2);
    expect(currencyExponent('JPY')).toBe(0);
    expect(currencyExponent('KRW')).toBe(0);
    expect(currencyExponent('KWD')).toBe(3);
  });
});

describe('parseAmount', () => {
  it('turns a decimal into minor units without floating-point drift', () => {
    expect(parseAmount('19.99', 'EUR')).toEqual({ ok: true, minor: 1999 });
    expect(parseAmount('0.29', 'EUR')).toEqual({ ok: true, minor: 29 });
    expect(parseAmount('1.1', 'EUR')).toEqual({ ok: true, minor: 110 });
    expect(parseAmount('12', 'EUR')).toEqual({ ok: true, minor: 1200 });
    expect(parseAmount('12.', 'EUR')).toEqual({ ok: true, minor: 1200 });
    expect(parseAmount('0', 'EUR')).toEqual({ ok: true, minor: 0 });
  });

  it('accepts a decimal comma and ignores spaces', () => {
    expect(parseAmount('19,99', 'EUR')).toEqual({ ok: true, minor: 1999 });
    expect(parseAmount(' 1 250.50 ', 'EUR')).toEqual({ ok: true, minor: 125050 });
  });

  it('reads yen as whole units and refuses decimals in them', () => {
    expect(parseAmount('1500', 'JPY')).toEqual({ ok: true, minor: 1500 });
    expect(parseAmount('1500.5', 'JPY')).toEqual({
      ok: false,
      message: 'JPY has no decimals: enter a whole amount.',
    });
  });

  it('takes three decimals in dinars', () => {
    expect(parseAmount('1.234', 'KWD')).toEqual({ ok: true, minor: 1234 });
    expect(parseAmount('1.5', 'KWD')).toEqual({ ok: true, minor: 1500 });
  });

  it('refuses too many decimals, signs, letters and nothing at all', () => {
    expect(parseAmount('19.999', 'EUR')).toEqual({
      ok: false,
      message: 'EUR has at most 2 decimals.',
    });
    expect(parseAmount('-5', 'EUR').ok).toBe(false);
    expect(parseAmount('€5', 'EUR').ok).toBe(false);
    expect(parseAmount('1.2.3', 'EUR').ok).toBe(false);
    expect(parseAmount('', 'EUR')).toEqual({ ok: false, message: 'Enter a price.' });
  });
});

describe('minorToDecimal', () => {
  it('shows minor units as the decimal the owner typed', () => {
    expect(minorToDecimal(1999, 'EUR')).toBe('19.99');
    expect(minorToDecimal(5, 'EUR')).toBe('0.05');
    expect(minorToDecimal(0, 'EUR')).toBe('0.00');
    expect(minorToDecimal(1500, 'JPY')).toBe('1500');
    expect(minorToDecimal(1234, 'KWD')).toBe('1.234');
  });

  it('round-trips with parseAmount', () => {
    for (const [minor, currency] of [
      [1999, 'EUR'],
      [1, 'USD'],
      [1500, 'JPY'],
      [10_000_000_000, 'EUR'],
    ] as const) {
      expect(parseAmount(minorToDecimal(minor, currency), currency)).toEqual({ ok: true, minor });
    }
  });
});

describe('formatMoney', () => {
  it('formats in the currency with its own number of decimals', () => {
    expect(formatMoney(1999, 'EUR', 'en-US')).toBe('€19.99');
    expect(formatMoney(1999, 'USD', 'en-US')).toBe('$19.99');
    expect(formatMoney(1500, 'JPY', 'en-US')).toBe('¥1,500');
    expect(formatMoney(1999, 'EUR', 'de-DE').replace(/\s/g, ' ')).toBe('19,99 €');
  });

  it('falls back to the plain amount for a code Intl does not take', () => {
    expect(formatMoney(1999, 'E1R', 'en-US')).toBe('19.99 E1R');
  });
});
