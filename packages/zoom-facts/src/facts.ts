// The shape of facts/*.json: what Zoom's public API documents say about each
// operation, reduced to names, types, limits, scopes and documented errors.

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

// Zoom also labels a few endpoints "Resource-intensive"; kept as written rather than guessed.
export type RateLabel = 'light' | 'medium' | 'heavy' | 'resource-intensive';

export type SchemaFact =
  | {
      type: 'object';
      properties?: Record<string, SchemaFact>;
      required?: string[];
      additional?: SchemaFact | true;
      nullable?: true;
    }
  | { type: 'array'; items?: SchemaFact; maxItems?: number; minItems?: number; nullable?: true }
  | {
      type: 'string';
      enum?: string[];
      format?: string;
      maxLength?: number;
      minLength?: number;
      pattern?: string;
      nullable?: true;
    }
  | {
      type: 'integer' | 'number';
      enum?: number[];
      minimum?: number;
      maximum?: number;
      nullable?: true;
    }
  | { type: 'boolean'; nullable?: true }
  | { oneOf: SchemaFact[]; nullable?: true }
  | { type: 'any' };

export type ObjectFact = Extract<SchemaFact, { type: 'object' }>;
export type ArrayFact = Extract<SchemaFact, { type: 'array' }>;

export interface ParamFact {
  type: 'string' | 'integer' | 'number' | 'boolean' | 'array';
  required?: true;
  enum?: (string | number)[];
  minimum?: number;
  maximum?: number;
  default?: string | number | boolean;
}

/** messages keep placeholders such as {0}, {userId} or $unitId exactly as written. */
export interface ErrorFact {
  status: number;
  code: number | null;
  messages: string[];
}

export interface BodyFact {
  contentType: string;
  /** null: a body is documented but its shape is not machine-readable. */
  schema: SchemaFact | null;
}

export interface ResponseFact {
  status: number;
  contentType: string | null;
  schema: SchemaFact | null;
}

export interface OperationFact {
  /** `${method} ${path}` */
  id: string;
  product: 'phone' | 'contact-center';
  method: HttpMethod;
  /** templated, spelled as in the per-operation document */
  path: string;
  title: string;
  deprecated?: true;
  label: RateLabel | null;
  scopes: string[];
  granularScopes: string[];
  pathParams: string[];
  /** null: the documents list no query parameters */
  query: Record<string, ParamFact> | null;
  /** null: no request body documented */
  body: BodyFact[] | null;
  /** documented non-error answers (2xx, and the odd 3xx redirect) */
  responses: ResponseFact[];
  errors: ErrorFact[];
  /** where the schemas came from; 'none' when the only source is a flat list that lost nesting */
  shape: 'openapi' | 'indented-doc' | 'none';
}

export interface FactsFile {
  product: 'phone' | 'contact-center';
  sources: string[];
  operations: OperationFact[];
}

export interface Problem {
  /** dotted path such as key_action.target.extension_id or items[3].name; '' for the root */
  field: string;
  problem: string;
}
