// Phone numbers as people read them: "+1 415 555 0101", "+44 20 7946 0000".
// Zoom stores and answers E.164 ("+14155550101"); that is what is sent and
// compared, and this is only for showing. A number libphonenumber cannot parse
// is shown as it came.
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

export function formatPhoneNumber(e164: string): string {
  const parsed = parsePhoneNumberFromString(e164);
  return parsed ? parsed.formatInternational() : e164;
}
