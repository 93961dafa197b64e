// The shape of facts/zendesk-talk.json: what the two Zendesk Talk reference
// documents say about IVRs, IVR menus and IVR routes, reduced to names, types,
// allowed values, statuses and conventions. Where a fact had to be inferred
// (a type the documents do not give, a status by analogy) it says so in
// `inferred`, a short machine reason; docs/decisions/013 lists them all.

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export type SchemaFact =
  | {
      type: 'object';
      properties?: Record<string, SchemaFact>;
      required?: string[];
      /** true: any further field is allowed (a free-form object) */
      additional?: true;
      /** the allowed fields of `field` depend on the value of `on` (a route's options on its action) */
      dependent?: { on: string; field: string; cases: Record<string, SchemaFact> };
      nullable?: true;
      readOnly?: true;
    }
  | { type: 'array'; items?: SchemaFact; minItems?: number; nullable?: true; readOnly?: true }
  | { type: 'string'; enum?: string[]; nullable?: true; readOnly?: true }
  | { type: 'integer'; nullable?: true; readOnly?: true }
  | { type: 'boolean'; nullable?: true; readOnly?: true }
  /** the documents name the field but give no type */
  | { type: 'any'; readOnly?: true };

export type ObjectFact = Extract<SchemaFact, { type: 'object' }>;

export type ResourceName = 'ivr' | 'ivr_menu' | 'ivr_route';

export interface FieldFact {
  schema: SchemaFact;
  readOnly: boolean;
  /** the property table's "Mandatory" column; null where no table gives it */
  mandatory: boolean | null;
  /** where the name, type and flags come from */
  from: ('table' | 'summary' | 'example')[];
  /** a read-only list of another resource (an IVR's menus, a menu's routes) */
  holds?: ResourceName;
  inferred?: string;
}

export interface ResourceFact {
  /** request and single answers are wrapped: {"ivr_menu": {...}} */
  wrapper: string;
  /** the key of a list answer: {"ivrs": [...]} */
  listKey: string;
  listKeyInferred?: string;
  fields: Record<string, FieldFact>;
}

export interface RouteActionFact {
  /** option fields the action needs */
  options: string[];
  /** the summary says the action also takes where the call continues; its field is not named */
  continuation?: true;
}

export interface ParamFact {
  type: 'integer' | 'string';
  in: 'path' | 'query';
  required?: true;
  minimum?: number;
  inferred?: string;
}

export interface ResponseFact {
  status: number;
  /** list: {count, <listKey>: [...], next_page, previous_page}; item: {<wrapper>: {...}} */
  answer: 'list' | 'item';
  /** the status is not documented for this operation; taken from the IVR operation of the same kind */
  inferred?: string;
}

export type OperationKind = 'list' | 'show' | 'create' | 'update' | 'delete';

export interface OperationFact {
  /** `${method} ${path}` */
  id: string;
  method: HttpMethod;
  /** templated, e.g. /api/v2/channels/voice/ivr/{ivr_id}/menus/{menu_id} */
  path: string;
  /** the document's heading; null where the summary lists the operation without one */
  title: string | null;
  resource: ResourceName | 'group' | 'greeting';
  kind: OperationKind;
  params: Record<string, ParamFact>;
  /** null: the operation takes no body; the body's fields are the resource's */
  body: { wrapper: string } | null;
  responses: ResponseFact[];
  /** api: the IVR document; summary: the menus-and-routes summary; decision: docs/decisions/013 */
  source: 'api' | 'summary' | 'decision';
}

export interface FactsFile {
  product: 'zendesk-talk';
  sources: string[];
  baseUrl: string;
  auth: {
    /** the Basic user:password form, e.g. {email}/token:{api_token} */
    basic: string;
    /** the summary mentions an OAuth bearer token as the alternative */
    bearer: boolean;
  };
  /** Talk plans that include IVR */
  plans: string[];
  /** the curl samples call the paths with a .json suffix, the other samples without */
  jsonSuffix: boolean;
  resources: Record<ResourceName, ResourceFact>;
  keypresses: string[];
  routeActions: Record<string, RouteActionFact>;
  pagination: {
    /** fields of a list answer that hold page URLs */
    offset: string[];
    /** cursor query parameters */
    cursor: string[];
    /** the fields of a list answer besides the list itself (the IVR list's example) */
    listFields: Record<string, SchemaFact>;
  };
  rateLimit: { per: 'minute'; scope: 'account'; byPlan: boolean; status: number; header: string };
  /** every error answer's fields; `details.field` (per request field) comes with `details.status` */
  errors: { fields: string[]; details: { field: string; status: number } };
  operations: OperationFact[];
}

export interface Problem {
  /** dotted path such as ivr_route.options.group_ids[0]; '' for the root */
  field: string;
  problem: string;
}
