// The asset library in words: kinds of asset, languages by name (not
// "fr-CA"), and when something changed as people read it.
import { CC_ASSET_LANGUAGES, CC_ASSET_TYPES } from '@switchboard/zoom-schema/contact-center-assets';

const TYPE_WORDS: Record<string, string> = {
  audio: 'Audio',
  image: 'Image',
  text: 'Text',
  slides: 'Slides',
  video: 'Video',
  saved_reply: 'Saved reply',
};

/** "Audio", "Saved reply"; a kind Zoom adds later is shown with its own name, made readable. */
export function typeWords(type: string): string {
  return TYPE_WORDS[type] ?? type.replaceAll('_', ' ').replace(/^./, (c) => c.toUpperCase());
}

export const TYPE_CHOICES = CC_ASSET_TYPES.map((t) => ({ value: t, label: typeWords(t) }));

const NAMES = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames(['en'], { type: 'language', languageDisplay: 'standard' }) : null;

/** "English (United States)" for en-US; the code itself when the browser cannot name it. */
export function languageWords(code: string | null | undefined): string {
  if (!code) return 'No language';
  try {
    return NAMES?.of(code) ?? code;
  } catch {
    return code;
  }
}

export const LANGUAGE_CHOICES = CC_ASSET_LANGUAGES.map((l) => ({ value: l, label: languageWords(l) })).sort((a, b) => a.label.localeCompare(b.label));

const WHEN = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/**
 * Who, in words: a name or an email as Zoom gives it; Zoom's user id (a long
 * run of letters and digits, which Zoom's asset library gives instead of a
 * name) is no word for a person, so it is left out.
 */
export function personWords(modifiedBy: string | null): string | null {
  if (!modifiedBy) return null;
  return /^[A-Za-z0-9_-]{16,}$/.test(modifiedBy) ? null : modifiedBy;
}

/** "3 Nov 2026, 14:05 by Ana Ruiz"; parts Zoom did not say are left out. */
export function changedWords(modifiedBy: string | null, lastModified: string | null): string {
  const at = lastModified && !Number.isNaN(Date.parse(lastModified)) ? WHEN.format(new Date(lastModified)) : null;
  const who = personWords(modifiedBy);
  if (at && who) return `${at} by ${who}`;
  return at ?? (who ? `by ${who}` : 'Not known');
}
