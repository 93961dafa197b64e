// The simulator's default Server-to-Server OAuth app. Demo mode in the BFF
// uses these; they open nothing but the in-process simulator.
export const DEMO_CREDENTIALS = {
  accountId: 'demo-account',
  clientId: 'demo-client',
  clientSecret: 'demo-secret',
} as const;

export type SimCredentials = { accountId: string; clientId: string; clientSecret: string };
