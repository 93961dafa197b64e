import { describe, expect, it } from 'vitest';
import { changedWords, languageWords, personWords, typeWords } from './asset-words';

describe('asset words', () => {
  it('names languages and kinds in words', () => {
    expect(languageWords('fr-CA')).toBe('French (Canada)');
    expect(languageWords(null)).toBe('No language');
    expect(typeWords('saved_reply')).toBe('Saved reply');
    expect(typeWords('hologram_x')).toBe('Hologram x');
  });
  it('says who changed it by name or email, never by Zoom user id', () => {
    expect(personWords('ana@example.com')).toBe('ana@example.com');
    expect(personWords('Ana Ruiz')).toBe('Ana Ruiz');
    expect(personWords('D-MooJ336c_lwhpjsNg51Q')).toBeNull();
    expect(changedWords('D-MooJ336c_lwhpjsNg51Q', '2026-10-14T13:31:00Z')).toMatch(/^14 Oct 2026, \d\d:31$/);
    expect(changedWords(null, null)).toBe('Not known');
  });
});
