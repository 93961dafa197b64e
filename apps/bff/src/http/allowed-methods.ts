// Which methods the API has for a path, so a wrong method is a 405 with an
// Allow header instead of a 404 saying the route does not exist.

export interface RouteEntry {
  method: string;
  url: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `/api/jobs/:id` → a pattern matching `/api/jobs/<anything but a slash>`. */
function pattern(url: string): RegExp {
  const parts = url.split('/').map((seg) => (seg.startsWith(':') ? '[^/]+' : escape(seg)));
  return new RegExp(`^${parts.join('/')}$`);
}

export function allowedMethods(routes: readonly RouteEntry[], url: string): string[] {
  const path = url.split('?')[0] ?? url;
  const methods = new Set(routes.filter((r) => pattern(r.url).test(path)).map((r) => r.method));
  // Fastify answers HEAD for every GET route.
  if (methods.has('GET')) methods.add('HEAD');
  return [...methods].sort();
}
