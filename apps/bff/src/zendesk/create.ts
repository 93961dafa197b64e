// Wire the Zendesk Talk client from configuration: a real account, or in demo
// mode the simulator started in-process on loopback with its demo agent —
// the same client either way. With a real Zoom account and no Zendesk
// credentials, Zendesk is not connected (client null).
import type { Config } from '../config/env';
import { ZendeskClient, type ZendeskCallEvent } from './client';

export interface ZendeskConnection {
  client: ZendeskClient | null;
  apiBaseUrl: string | null;
  /** Demo mode only: where the in-process simulator listens. */
  simulatorUrl: string | null;
  close(): Promise<void>;
}

export async function createZendeskConnection(config: Config, onCall?: (e: ZendeskCallEvent) => void): Promise<ZendeskConnection> {
  const { credentials, apiBaseUrl } = config.zendesk;
  if (credentials && apiBaseUrl) {
    return {
      client: new ZendeskClient({ apiBaseUrl, credentials, ...(onCall ? { onCall } : {}) }),
      apiBaseUrl,
      simulatorUrl: null,
      close: async () => {},
    };
  }
  if (config.mode !== 'demo') return { client: null, apiBaseUrl: null, simulatorUrl: null, close: async () => {} };
  const [{ startSimulator }, { DEMO_ZENDESK_CREDENTIALS }] = await Promise.all([
    import('@switchboard/zendesk-sim/server'),
    import('@switchboard/zendesk-sim/demo-credentials'),
  ]);
  const sim = await startSimulator({
    host: '127.0.0.1',
    port: 0,
    plan: 'professional',
    ...(config.zendeskSimRecordFile ? { recordFile: config.zendeskSimRecordFile } : {}),
  });
  return {
    client: new ZendeskClient({ apiBaseUrl: sim.url, credentials: { ...DEMO_ZENDESK_CREDENTIALS }, ...(onCall ? { onCall } : {}) }),
    apiBaseUrl: sim.url,
    simulatorUrl: sim.url,
    close: () => sim.close(),
  };
}
