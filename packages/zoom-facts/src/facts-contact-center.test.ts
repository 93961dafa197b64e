import { describe, expect, it } from 'vitest';
import { contactCenterFacts } from './load';
import { at, op } from './test-support';

describe('contact center facts', () => {
  it('GET /contact_center/business_hours: nested enums from the indented lists', () => {
    const list = op(contactCenterFacts, 'GET /contact_center/business_hours');
    expect(list.label).toBe('medium');
    expect(list.scopes).toEqual([
      'contact_center_operating_hours:read:admin',
      'contact_center_queue:read:admin',
    ]);
    expect(list.query).toBeNull();
    expect(list.shape).toBe('indented-doc');
    const schema = list.responses.find((r) => r.status === 200)?.schema;
    expect(
      at(schema, 'business_hours', '[]', 'hours', 'custom_hours', '[]', 'day_of_week'),
    ).toEqual({
      type: 'integer',
      enum: [1, 2, 3, 4, 5, 6, 7],
    });
  });

  it('no contact center operation documents query parameters', () => {
    expect(contactCenterFacts.operations.every((o) => o.query === null)).toBe(true);
  });

  it('required markers, quoted enums and multipart bodies', () => {
    const create = op(contactCenterFacts, 'POST /contact_center/asset_library/assets');
    const body = create.body?.[0];
    expect(body?.contentType).toBe('multipart/form-data');
    expect(body?.schema).toMatchObject({ required: ['asset_items', 'asset_name', 'asset_type'] });
    expect(at(body?.schema, 'asset_type')).toEqual({
      type: 'string',
      enum: ['audio', 'image', 'slides', 'text', 'video', 'saved_reply'],
    });
  });

  it('"Array of:" roots with their "Max items"', () => {
    const batch = op(contactCenterFacts, 'POST /contact_center/queues/batch');
    expect(batch.responses[0]?.schema).toMatchObject({
      type: 'array',
      maxItems: 50,
      items: { type: 'object' },
    });
  });

  it('errors keep $placeholders; "string | null" is nullable', () => {
    const unit = op(contactCenterFacts, 'PATCH /contact_center/address_books/units/{unitId}');
    expect(unit.errors).toContainEqual({
      status: 404,
      code: 1901,
      messages: ['Unit does not exist: $unitId.'],
    });
    expect(JSON.stringify(contactCenterFacts)).toContain('"type":"string","nullable":true');
  });

  it('recovers the operation whose file name collides, from the combined document', () => {
    const data = op(
      contactCenterFacts,
      'GET /contact_center/analytics/dataset/historical/custom_reports/{reportId}/widgets/{widgetId}',
    );
    expect(data.title).toBe('List historical custom report tabular data');
    expect(data.label).toBe('heavy');
    expect(contactCenterFacts.operations).toHaveLength(312);
  });
});
