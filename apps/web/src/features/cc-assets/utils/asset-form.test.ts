import { describe, expect, it } from 'vitest';
import type { AssetResponse } from '@switchboard/contract/cc-assets';
import { assetFormSchema, assetPatchBody, changeCount, formFromAsset } from './asset-form';

const loaded: AssetResponse = {
  asset: {
    id: 'a1',
    name: 'Welcome greeting',
    description: 'Welcome (audio)',
    type: 'audio',
    categoryId: 'c1',
    categoryName: 'Greetings',
    language: 'en-US',
    modifiedBy: 'admin@example.com',
    lastModified: '2026-11-01T10:00:00Z',
    items: [
      { id: 'i1', name: 'en', language: 'en-US', isDefault: true, content: 'Thank you for calling.', voice: 'Joanna', fileUrl: '/api/cc/assets/a1/items/i1/file' },
      { id: 'i2', name: 'wav', language: 'en-AU', isDefault: false, content: null, voice: null, fileUrl: '/api/cc/assets/a1/items/i2/file' },
    ],
  },
  usedBy: { queues: [], flows: [] },
  version: 'v1',
};

describe('assetPatchBody', () => {
  it('sends nothing but the version when nothing changed', () => {
    const form = formFromAsset(loaded);
    expect(form.items[1]!.file).toBe(true);
    expect(assetPatchBody(loaded, form)).toEqual({ baseVersion: 'v1' });
    expect(changeCount(loaded, form)).toBe(0);
  });

  it('sends a rename, a category taken away, a changed and a new item, and a removed one', () => {
    const form = formFromAsset(loaded);
    form.name = ' Welcome ';
    form.categoryId = '';
    form.items[0] = { ...form.items[0]!, content: 'Hello.', voice: 'Matthew' };
    form.items.splice(1, 1);
    form.items.push({ language: 'fr-FR', isDefault: false, content: 'Bonjour.', voice: 'Celine', file: false });
    expect(assetPatchBody(loaded, form)).toEqual({
      baseVersion: 'v1',
      name: 'Welcome',
      categoryId: null,
      items: [
        { id: 'i1', language: 'en-US', isDefault: true, content: 'Hello.', voice: 'Matthew' },
        { language: 'fr-FR', isDefault: false, content: 'Bonjour.', voice: 'Celine' },
      ],
      removeItemIds: ['i2'],
    });
    expect(changeCount(loaded, form)).toBe(5);
  });

  it('moves the default to a file item without sending words for it', () => {
    const form = formFromAsset(loaded);
    form.items = form.items.map((d) => ({ ...d, isDefault: d.id === 'i2' }));
    expect(assetPatchBody(loaded, form).items).toEqual([
      { id: 'i1', language: 'en-US', isDefault: false, content: 'Thank you for calling.', voice: 'Joanna' },
      { id: 'i2', language: 'en-AU', isDefault: true },
    ]);
  });
});

describe('assetFormSchema', () => {
  const issues = (form: ReturnType<typeof formFromAsset>) => assetFormSchema(loaded).safeParse(form).error?.issues.map((i) => i.message) ?? [];
  it('refuses a voice that does not speak the language, two items in one language, and empty words', () => {
    const form = formFromAsset(loaded);
    form.items.push({ language: 'en-US', isDefault: false, content: '', voice: 'Celine', file: false });
    const said = issues(form);
    expect(said.some((m) => m.includes('one item per language'))).toBe(true);
    expect(said.some((m) => m.startsWith('Celine does not speak en-US'))).toBe(true);
    expect(said).toContain('Write the words of the item.');
  });
  it('keeps at least one item', () => {
    const form = formFromAsset(loaded);
    form.items = [];
    expect(issues(form)).toContain('Keep at least one item: delete the asset instead.');
  });
});
