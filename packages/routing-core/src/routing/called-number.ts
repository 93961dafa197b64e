// The number a support person types, in any format: "+61 2 9000 0000",
// "(02) 9000 0000" (with the snapshot's default country), "0011 61 2 9000
// 0000", "tel:+61-2-9000-0000", or an extension number of the account
// ("1000"). Phone numbers become E.164 (libphonenumber-js), which is how Zoom
// stores them; an extension number wins over a phone number of the same digits.
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';
import { TraceInputError } from './trace-types';

export type CalledNumber = { kind: 'phone'; e164: string } | { kind: 'extension'; extensionNumber: string };

export interface NumberBook {
  hasExtensionNumber(n: string): boolean;
  hasPhoneNumber(e164: string): boolean;
  defaultCountry: string | null;
  /** Countries of the account's sites: a national number that is one of the account's in one of them is read so (sites in several countries). */
  countries?: readonly string[];
}

const EXTENSION = /^\d{1,10}$/;
const compact = (s: string) => s.replace(/[\s().\-\u00a0]/g, '');

export function normalizeCalledNumber(input: string, book: NumberBook): CalledNumber {
  const text = input.trim();
  if (!text) throw new TraceInputError('Enter a phone number or an extension number to trace.');
  if (EXTENSION.test(text) && book.hasExtensionNumber(text)) return { kind: 'extension', extensionNumber: text };
  const plain = compact(text);
  if (plain.startsWith('+') && book.hasPhoneNumber(plain)) return { kind: 'phone', e164: plain };
  const country = (book.defaultCountry ?? undefined) as CountryCode | undefined;
  const parsed = text.length <= 64 ? parsePhoneNumberFromString(text, country) : undefined;
  if (parsed && book.hasPhoneNumber(parsed.number)) return { kind: 'phone', e164: parsed.number };
  if (text.length <= 64 && !plain.startsWith('+')) {
    for (const c of book.countries ?? []) {
      const national = parsePhoneNumberFromString(text, c as CountryCode);
      if (national && book.hasPhoneNumber(national.number)) return { kind: 'phone', e164: national.number };
    }
  }
  if (parsed && parsed.isPossible()) return { kind: 'phone', e164: parsed.number };
  throw new TraceInputError(
    EXTENSION.test(text)
      ? `"${text}" is not an extension number of this account, nor a phone number${country ? '' : ' in international format (start with + and the country code)'}.`
      : `"${clip(text)}" is not a phone number Switchboard can read; enter it in international format, e.g. +61 2 9000 0000.`,
  );
}

const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);
