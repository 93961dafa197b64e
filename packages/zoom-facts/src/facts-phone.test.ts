import { describe, expect, it } from 'vitest';
import type { SchemaFact } from './facts';
import { phoneFacts } from './load';
import { at, op } from './test-support';

describe('phone facts', () => {
  const ivr = op(phoneFacts, 'PATCH /phone/auto_receptionists/{autoReceptionistId}/ivr');

  it('PATCH …/ivr: title, label and scopes from the markdown', () => {
    expect(ivr.title).toBe('Update auto receptionist IVR');
    expect(ivr.label).toBe('light');
    expect(ivr.scopes).toEqual(['phone:write:admin']);
    expect(ivr.granularScopes).toContain('phone:update:auto_receptionist_ivr:admin');
    expect(ivr.pathParams).toEqual(['autoReceptionistId']);
    expect(ivr.shape).toBe('openapi');
  });

  it('PATCH …/ivr: body shape from OpenAPI, enum from the markdown', () => {
    const schema = ivr.body?.[0]?.schema;
    expect(ivr.body?.[0]?.contentType).toBe('application/json');
    expect(Object.keys(at(schema, 'key_action', 'target') as object)).toContain('properties');
    expect(at(schema, 'key_action', 'target', 'extension_id')).toEqual({ type: 'string' });
    expect(at(schema, 'key_action', 'target', 'phone_number')).toEqual({ type: 'string' });
    expect(at(schema, 'caller_enters_no_action', 'audio_prompt_repeat')).toEqual({
      type: 'integer',
      enum: [1, 2, 3],
    });
    expect(at(schema, 'key_actions')).toBeUndefined();
  });

  it('PATCH …/ivr: documented errors split per message, placeholders kept', () => {
    expect(ivr.errors).toContainEqual({
      status: 400,
      code: 400,
      messages: [
        'Auto Receptionist does not exist: {0}.',
        'Holiday hours handling does not exist: {0}.',
      ],
    });
    const validation = ivr.errors.find((e) => e.status === 400 && e.code === 300);
    expect(validation?.messages).toContain('Voicemail greeting file id is required.');
    expect(validation?.messages).toHaveLength(6);
    expect(ivr.errors).toContainEqual({ status: 429, code: null, messages: [] });
    expect(ivr.responses).toEqual([{ status: 204, contentType: null, schema: null }]);
  });

  it('page_size maxima as the OpenAPI file states them', () => {
    expect(op(phoneFacts, 'GET /phone/users').query?.page_size).toEqual({
      type: 'integer',
      maximum: 100,
      default: 30,
    });
    expect(op(phoneFacts, 'GET /phone/sites').query?.page_size?.maximum).toBe(300);
  });

  it('GET auto receptionist documents 400 / 300 "Validation Failed."', () => {
    const get = op(phoneFacts, 'GET /phone/auto_receptionists/{autoReceptionistId}');
    expect(get.errors).toContainEqual({ status: 400, code: 300, messages: ['Validation Failed.'] });
  });

  it('merges by route with parameter names ignored, keeping the markdown spelling', () => {
    const ids = phoneFacts.operations.map((o) => o.id);
    expect(ids).toContain('PATCH /phone/shared_line_groups/{slgId}');
    expect(ids).not.toContain('PATCH /phone/shared_line_groups/{sharedLineGroupId}');
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('operations only in the markdown: no query facts, no shapes', () => {
    const fax = op(phoneFacts, 'POST /fax/files');
    expect(fax).toMatchObject({ shape: 'none', query: null, label: 'resource-intensive' });
    expect(fax.body).toEqual([{ contentType: 'multipart/form-data', schema: null }]);
    expect(fax.errors).toContainEqual({
      status: 400,
      code: 1001,
      messages: ['File size exceeded maximum 50MB'],
    });
  });

  it('fields only the markdown documents are grafted where its example puts them', () => {
    const patch = op(phoneFacts, 'PATCH /phone/common_areas/{commonAreaId}');
    const schema = patch.body?.[0]?.schema;
    expect(at(schema, 'policy', 'hand_off_to_room', 'enable')).toEqual({ type: 'boolean' });
    expect(at(schema, 'policy', 'hide_phone_call_history_in_ios', 'reset')).toEqual({
      type: 'boolean',
    });
    expect(
      at(schema, 'policy', 'hand_off_to_room', 'hide_phone_call_history_in_ios'),
    ).toBeUndefined();
  });

  it('is sorted by path and holds only fact keys (no descriptions or examples)', () => {
    const paths = phoneFacts.operations.map((o) => o.path);
    expect([...paths].sort().join('\n') === paths.join('\n')).toBe(true);
    const allowed = new Set([
      'type',
      'oneOf',
      'nullable',
      'enum',
      'format',
      'pattern',
      'minLength',
      'maxLength',
      'minimum',
      'maximum',
      'minItems',
      'maxItems',
      'required',
      'additional',
      'items',
      'properties',
    ]);
    const stray = new Set<string>();
    const walk = (s: SchemaFact): void => {
      for (const [k, v] of Object.entries(s)) {
        if (!allowed.has(k)) stray.add(k);
        if (k === 'properties') Object.values(v as Record<string, SchemaFact>).forEach(walk);
        else if (k === 'items' || (k === 'additional' && v !== true)) walk(v as SchemaFact);
        else if (k === 'oneOf') (v as SchemaFact[]).forEach(walk);
      }
    };
    for (const o of phoneFacts.operations) {
      for (const b of o.body ?? []) if (b.schema) walk(b.schema);
      for (const r of o.responses) if (r.schema) walk(r.schema);
    }
    expect([...stray]).toEqual([]);
  });
});
