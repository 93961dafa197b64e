import { describe, expect, it } from 'vitest';
import { parseApiText } from './api-text';

const doc = [
  'Widgets are available on the Talk Basic and Deluxe plans. More prose.',
  'Widgets are represented as JSON objects with the following properties:',
  'id integer true false The id name string false true The name of it tags array false false Some tags',
  'Example',
  '{',
  '"id" : 1 ,',
  '"name" : "W"',
  '}',
  'Show Widget',
  'GET /api/v2/widgets/{widget_id}',
  'Parameters',
  'widget_id integer Path true The ID',
  'Code Samples',
  'curl https:// { subdomain } .zendesk.com/api/v2/widgets/ { widget_id } .json \\',
  '-v -u { email_address } /token: { api_token } -X GET',
  'Java',
  '"" "',
  '{',
  '\\"widget\\" : { }',
  '}',
  'Example response(s)',
  '200 OK',
  '{',
  '"widget" : { "id" : 1 }',
  '}',
].join('\n');

describe('parseApiText', () => {
  it('reads plans, the property table, the example, credentials form and operations; skips code samples', () => {
    const api = parseApiText(doc);
    expect(api.plans).toEqual(['Basic', 'Deluxe']);
    expect(api.table).toEqual([
      { name: 'id', type: 'integer', readOnly: true, mandatory: false },
      { name: 'name', type: 'string', readOnly: false, mandatory: true },
      { name: 'tags', type: 'array', readOnly: false, mandatory: false },
    ]);
    expect(api.objectExample).toEqual({ id: 1, name: 'W' });
    expect(api.basic).toBe('{email_address}/token:{api_token}');
    expect(api.jsonSuffix).toBe(true);
    expect(api.operations).toEqual([
      {
        title: 'Show Widget',
        method: 'GET',
        path: '/api/v2/widgets/{widget_id}',
        params: [{ name: 'widget_id', type: 'integer', in: 'path', required: true }],
        exampleBody: null,
        responses: [{ status: 200, example: { widget: { id: 1 } } }],
      },
    ]);
  });
});
