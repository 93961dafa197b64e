// Every route path in one place, with builders for links.
export const paths = {
  home: '/',
  login: '/login',
  autoReceptionists: '/auto-receptionists',
  autoReceptionist: (id: string) => `/auto-receptionists/${encodeURIComponent(id)}`,
} as const;

/** Where to go after signing in: only same-origin paths, never `//host` or `/\host`. */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) {
    return paths.autoReceptionists;
  }
  if (next === paths.login || next.startsWith(`${paths.login}?`)) return paths.autoReceptionists;
  return next;
}
