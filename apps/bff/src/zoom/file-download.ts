// Files Zoom points at (an audio's `play_url`) live on Zoom's file hosts, not
// on the API host, and the link carries its own signed, expiring credential.
// So a download sends NO bearer token, goes only to https hosts under zoom.us
// or zoom.com (or origins configured for the simulator), and follows a
// redirect only when its target is such a host too.
import { ZOOM_TRACKING_HEADER } from '@switchboard/zoom-schema/errors';
import { ZoomApiError } from './zoom-error';

export interface ZoomDownload {
  body: ReadableStream<Uint8Array> | null;
  contentType: string | null;
  contentLength: number | null;
  status: number;
  trackingId: string | null;
}

export interface FileDownloadOptions {
  /** Extra origins treated as Zoom file hosts (demo mode: the simulator's file host). */
  fileOrigins?: readonly string[];
  fetch?: typeof fetch;
  timeoutMs?: number;
  signal?: AbortSignal;
}

const MAX_REDIRECTS = 3;

export function isZoomFileHost(url: URL, extraOrigins: readonly string[] = []): boolean {
  if (extraOrigins.includes(url.origin)) return true;
  return url.protocol === 'https:' && /(^|\.)(zoom\.us|zoom\.com)$/i.test(url.hostname);
}

function refuse(url: URL | null, why: string): ZoomApiError {
  return new ZoomApiError({
    kind: 'invalid_response',
    message: `Zoom pointed at a file ${why}; Switchboard only fetches files from Zoom's own hosts.`,
    method: 'GET',
    ...(url && (url.protocol === 'http:' || url.protocol === 'https:') ? { path: url.pathname } : {}),
  });
}

export async function downloadZoomFile(raw: string, opts: FileDownloadOptions = {}): Promise<ZoomDownload> {
  const fetchFn = opts.fetch ?? fetch;
  const first = URL.canParse(raw) ? new URL(raw) : null;
  if (!first || !isZoomFileHost(first, opts.fileOrigins)) throw refuse(first, 'outside its own hosts');
  let url: URL = first;
  const timeout = AbortSignal.timeout(opts.timeoutMs ?? 15_000);
  const signal = opts.signal ? AbortSignal.any([opts.signal, timeout]) : timeout;
  for (let hop = 0; ; hop++) {
    let res: Response;
    try {
      // No authorization header: the link is its own credential.
      res = await fetchFn(url, { method: 'GET', headers: { accept: '*/*' }, redirect: 'manual', signal });
    } catch (cause) {
      if (opts.signal?.aborted) throw cause;
      throw new ZoomApiError({ kind: 'network', message: "Zoom's file host could not be reached.", method: 'GET', path: url.pathname, cause });
    }
    const trackingId = res.headers.get(ZOOM_TRACKING_HEADER);
    if (res.status >= 300 && res.status < 400) {
      await res.body?.cancel();
      const location = res.headers.get('location');
      const next: URL | null = location && URL.canParse(location, url.href) ? new URL(location, url) : null;
      if (!next || !isZoomFileHost(next, opts.fileOrigins)) throw refuse(next, 'that redirects outside its own hosts');
      if (hop >= MAX_REDIRECTS) throw refuse(next, `that redirects more than ${MAX_REDIRECTS} times`);
      url = next;
      continue;
    }
    if (!res.ok) {
      const body = (await res.json().catch(() => null)) as { message?: unknown } | null;
      const expired = res.status === 403;
      throw new ZoomApiError({
        kind: 'http',
        status: res.status,
        message: expired
          ? "Zoom's link to the file has expired or is not valid; reload to get a fresh one."
          : typeof body?.message === 'string'
            ? body.message
            : `Zoom's file host answered HTTP ${res.status}.`,
        trackingId,
        method: 'GET',
        path: url.pathname,
      });
    }
    const length = Number(res.headers.get('content-length'));
    return {
      body: res.body,
      contentType: res.headers.get('content-type'),
      contentLength: Number.isFinite(length) && length > 0 ? length : null,
      status: res.status,
      trackingId,
    };
  }
}
