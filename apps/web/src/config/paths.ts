// Every route path in one place, with builders for links.
export const paths = {
  home: '/',
  login: '/login',
  autoReceptionists: '/auto-receptionists',
  autoReceptionist: (id: string) => `/auto-receptionists/${encodeURIComponent(id)}`,
  /** The routing diagram of one auto receptionist (business or closed hours). */
  autoReceptionistDiagram: (id: string, hours?: 'business' | 'closed') =>
    `/auto-receptionists/${encodeURIComponent(id)}/diagram${hours ? `?hours=${hours}` : ''}`,
  /** The IVR editor of one menu (`business`, `closed` or `holiday:<id>`). */
  autoReceptionistEditor: (id: string, menu: string = 'business') =>
    `/auto-receptionists/${encodeURIComponent(id)}/edit?menu=${menu}`,
  /** Copy one auto receptionist's business- or closed-hours menu to others. */
  autoReceptionistCopy: (id: string, hours?: 'business' | 'closed') =>
    `/auto-receptionists/${encodeURIComponent(id)}/copy${hours ? `?hours=${hours}` : ''}`,
  /** Recent background jobs (menu copies), newest first. */
  jobs: '/jobs',
  /** Every change made through Switchboard; `?object=<id>` for one auto receptionist's. */
  history: '/history',
  historyOf: (objectId: string) => `/history?object=${encodeURIComponent(objectId)}`,
  /** The Zoom connection and the scopes the Zoom app lacks (admins). */
  setup: '/setup',
  /** A background job (e.g. a menu copy) and its progress. */
  job: (id: string) => `/jobs/${encodeURIComponent(id)}`,
} as const;

/** Where to go after signing in: only same-origin paths, never `//host` or `/\host`. */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) {
    return paths.autoReceptionists;
  }
  if (next === paths.login || next.startsWith(`${paths.login}?`)) return paths.autoReceptionists;
  return next;
}
