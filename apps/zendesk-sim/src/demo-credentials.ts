// The simulator's default Zendesk account and API token. Demo mode in the BFF
// uses these; they open nothing but the in-process simulator.
export const DEMO_ZENDESK_CREDENTIALS = {
  subdomain: 'switchboard-demo',
  email: 'demo@example.com',
  apiToken: 'demo-zendesk-token',
} as const;

export type ZendeskCredentials = { subdomain: string; email: string; apiToken: string };

/** The Authorization header Zendesk takes for an API token: Basic base64("{email}/token:{api_token}"). */
export function basicAuthorization(credentials: Pick<ZendeskCredentials, 'email' | 'apiToken'>): string {
  return `Basic ${Buffer.from(`${credentials.email}/token:${credentials.apiToken}`).toString('base64')}`;
}
