// Documented error messages are templates: {0}, {userId} or $unitId stand for any text.
import type { ErrorFact, OperationFact } from './facts';

export interface PlatformError {
  status: number;
  code: number;
  /** null: any message */
  messages: string[] | null;
  /** 'unknown-path': only answered for paths no operation documents */
  when: 'always' | 'unknown-path';
}

/** Errors any Zoom endpoint may answer although the per-operation documents do not list them. */
export const PLATFORM_ERRORS: readonly PlatformError[] = [
  {
    status: 401,
    code: 124,
    messages: ['Invalid access token.', 'Access token has expired.'],
    when: 'always',
  },
  {
    status: 400,
    code: 4711,
    messages: ['Invalid access token, does not contain scopes:[{0}].'],
    when: 'always',
  },
  { status: 429, code: 429, messages: null, when: 'always' },
  { status: 404, code: 404, messages: null, when: 'unknown-path' },
];

const placeholder = /\{[^{}]*\}|\$[A-Za-z_]\w*/g;
const compiled = new Map<string, RegExp>();

/** Whether a concrete message fits a documented template (a trailing period is optional). */
export function matchesTemplate(template: string, message: string): boolean {
  let re = compiled.get(template);
  if (!re) {
    const body = template
      .replace(/\.$/, '')
      .split(placeholder)
      .map((lit) => lit.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.+?');
    re = new RegExp(`^${body}\\.?$`, 's');
    compiled.set(template, re);
  }
  return re.test(message.trim());
}

/**
 * Whether a message is one the fact documents. Multi-sentence messages were split
 * by the extractor, so runs of consecutive documented messages count too.
 */
export function factAllows(fact: ErrorFact, message: string): boolean {
  if (fact.messages.length === 0) return true;
  const m = fact.messages;
  for (let i = 0; i < m.length; i++) {
    for (let len = 1; len <= 3 && i + len <= m.length; len++) {
      if (matchesTemplate(m.slice(i, i + len).join(' '), message)) return true;
    }
  }
  return false;
}

export function platformErrorAllows(
  status: number,
  code: unknown,
  message: string,
  knownPath = true,
): boolean {
  return PLATFORM_ERRORS.some(
    (p) =>
      p.status === status &&
      p.code === code &&
      (p.when === 'always' || !knownPath) &&
      (p.messages === null || p.messages.some((t) => matchesTemplate(t, message))),
  );
}

/** The documented error for a status whose messages hold this template (or a message it matches). */
export function documentedError(
  op: OperationFact,
  status: number,
  messageTemplate: string,
): ErrorFact | undefined {
  const candidates = op.errors.filter((e) => e.status === status);
  return (
    candidates.find((e) => e.messages.includes(messageTemplate)) ??
    candidates.find((e) => e.messages.some((t) => matchesTemplate(t, messageTemplate)))
  );
}

/** The first documented message the predicate accepts, with its status and Zoom code. */
export function errorFor(
  op: OperationFact,
  predicate: (message: string) => boolean,
): { status: number; code: number | null; message: string } | undefined {
  for (const e of op.errors) {
    const message = e.messages.find(predicate);
    if (message !== undefined) return { status: e.status, code: e.code, message };
  }
  return undefined;
}

/** Fills {0}/{1}… by position and {name}/$name by name, e.g. for a simulator's answers. */
export function fillMessage(
  template: string,
  values: readonly string[] | Record<string, string>,
): string {
  let next = 0;
  return template.replace(placeholder, (ph) => {
    const key = ph.replace(/^\{|\}$|^\$/g, '');
    if (Array.isArray(values))
      return /^\d+$/.test(key) ? (values[Number(key)] ?? ph) : (values[next++] ?? ph);
    return (values as Record<string, string>)[key] ?? ph;
  });
}
