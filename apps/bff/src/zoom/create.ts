// Wire one ZoomClient from configuration: real Zoom, or (demo mode) the
// simulator started in-process on loopback — the same client either way.
import type { Config, ZoomCredentials } from '../config/env';
import { processState } from '../replicas/shared-state';
import type { SharedState } from '../replicas/shared-state';
import { ZoomClient } from './client';
import type { ZoomCallEvent } from './client';

export interface ZoomConnection {
  client: ZoomClient;
  apiBaseUrl: string;
  plan: Config['zoom']['plan'];
  /** Demo mode only: where the in-process simulator listens. */
  simulatorUrl: string | null;
  close(): Promise<void>;
}

export function connectZoom(
  target: { apiBaseUrl: string; oauthBaseUrl: string; credentials: ZoomCredentials; plan: Config['zoom']['plan']; fileOrigins?: string[] },
  onCall?: (e: ZoomCallEvent) => void,
  shared: Pick<SharedState, 'tokens' | 'limiter'> = processState(),
): ZoomClient {
  // Zoom's limits are per account: every replica talking to this account draws on one budget.
  const account = `${target.apiBaseUrl}|${target.credentials.accountId}`;
  return new ZoomClient({
    apiBaseUrl: target.apiBaseUrl,
    tokens: shared.tokens({ oauthBaseUrl: target.oauthBaseUrl, credentials: target.credentials }),
    limiter: shared.limiter(target.plan, account),
    ...(target.fileOrigins ? { fileOrigins: target.fileOrigins } : {}),
    ...(onCall ? { onCall } : {}),
  });
}

export async function createZoomConnection(
  config: Config,
  onCall?: (e: ZoomCallEvent) => void,
  shared?: Pick<SharedState, 'tokens' | 'limiter'>,
): Promise<ZoomConnection> {
  const { plan } = config.zoom;
  if (config.zoom.credentials) {
    const { apiBaseUrl, oauthBaseUrl, credentials } = config.zoom;
    return {
      client: connectZoom({ apiBaseUrl, oauthBaseUrl, credentials, plan }, onCall, shared),
      apiBaseUrl,
      plan,
      simulatorUrl: null,
      close: async () => {},
    };
  }
  const [{ startSimulator }, { DEMO_CREDENTIALS }] = await Promise.all([
    import('@switchboard/zoom-sim/server'),
    import('@switchboard/zoom-sim/demo-credentials'),
  ]);
  const sim = await startSimulator({
    host: '127.0.0.1',
    port: config.simPort,
    plan,
    ...(config.simRecordFile ? { recordFile: config.simRecordFile } : {}),
  });
  const apiBaseUrl = `${sim.url}/v2`;
  const fileOrigins = [new URL(sim.fileUrl).origin];
  return {
    client: connectZoom({ apiBaseUrl, oauthBaseUrl: sim.url, credentials: { ...DEMO_CREDENTIALS }, plan, fileOrigins }, onCall, shared),
    apiBaseUrl,
    plan,
    simulatorUrl: sim.url,
    close: () => sim.close(),
  };
}
