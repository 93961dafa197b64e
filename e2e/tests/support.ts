// Shared helpers for the journeys: sign-in through the UI, and the simulator's
// control plane and API reached at the URL the BFF reports in /api/health.
import { expect, type APIRequestContext, type Page } from '@playwright/test';

export type DemoRole = 'admin' | 'support' | 'manager';
const EMAILS: Record<DemoRole, string> = {
  admin: 'admin@example.com',
  support: 'support@example.com',
  manager: 'manager@example.com',
};
export const DEMO_PASSWORD = 'switchboard-demo';

/** Sign in through the login form, as a person would. */
export async function signIn(page: Page, role: DemoRole): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Email').fill(EMAILS[role]);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: /^sign in$/i }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

export async function simulatorUrl(request: APIRequestContext): Promise<string> {
  const health = (await (await request.get('/api/health')).json()) as { zoom: { simulatorUrl?: string } };
  if (!health.zoom.simulatorUrl) throw new Error('The BFF is not in demo mode: no simulator URL in /api/health.');
  return health.zoom.simulatorUrl;
}

export class Simulator {
  private token: string | null = null;
  constructor(
    private readonly request: APIRequestContext,
    readonly url: string,
  ) {}

  static async connect(request: APIRequestContext): Promise<Simulator> {
    return new Simulator(request, await simulatorUrl(request));
  }

  async reset(): Promise<void> {
    const res = await this.request.post(`${this.url}/__sim/reset`);
    expect(res.ok()).toBeTruthy();
    this.token = null;
  }

  async fault(body: Record<string, unknown>): Promise<void> {
    const res = await this.request.post(`${this.url}/__sim/faults`, { data: body });
    expect(res.ok(), await res.text()).toBeTruthy();
  }

  /** Faults off; the account (menus included) stays as it is. */
  async clearFaults(): Promise<void> {
    const res = await this.request.delete(`${this.url}/__sim/faults`);
    expect(res.ok(), await res.text()).toBeTruthy();
  }

  private async bearer(): Promise<string> {
    if (this.token) return this.token;
    const basic = Buffer.from('demo-client:demo-secret').toString('base64');
    const res = await this.request.post(
      `${this.url}/oauth/token?grant_type=account_credentials&account_id=demo-account`,
      { headers: { authorization: `Basic ${basic}` } },
    );
    expect(res.ok()).toBeTruthy();
    this.token = ((await res.json()) as { access_token: string }).access_token;
    return this.token;
  }

  /** The scopes a token issued now carries (from the token answer's `scope`). */
  async grantedScopes(): Promise<string[]> {
    const basic = Buffer.from('demo-client:demo-secret').toString('base64');
    const res = await this.request.post(`${this.url}/oauth/token?grant_type=account_credentials&account_id=demo-account`, {
      headers: { authorization: `Basic ${basic}` },
    });
    expect(res.ok()).toBeTruthy();
    return ((await res.json()) as { scope: string }).scope.split(' ').filter(Boolean);
  }

  /** GET a Zoom API path (without /v2) as Zoom itself would answer it. */
  async get<T>(path: string): Promise<T> {
    // The simulator enforces Zoom's per-account rate limits, shared with the
    // BFF under test: a direct check right after a bulk write may get a 429,
    // which is Zoom behaving as Zoom; wait as Retry-After says and ask again.
    for (let attempt = 0; ; attempt++) {
      const res = await this.request.get(`${this.url}/v2${path}`, {
        headers: { authorization: `Bearer ${await this.bearer()}` },
      });
      if (res.status() === 429 && attempt < 5) {
        const seconds = Number(res.headers()['retry-after'] ?? 1);
        await new Promise((r) => setTimeout(r, Math.max(1, seconds) * 1000));
        continue;
      }
      expect(res.ok(), `${path}: ${res.status()}`).toBeTruthy();
      return (await res.json()) as T;
    }
  }
}

export interface ZoomAr {
  id: string;
  name: string;
  extension_number?: number | string;
}
export interface ZoomIvr {
  key_actions: { key: string; action: number; target?: { display_name?: string; extension_number?: string | number } }[];
}

/**
 * PATCH a Zoom API path (without /v2) directly on the simulator, as another
 * Zoom admin or script would — e.g. to change a menu behind the editor's back.
 */
export async function zoomPatch(
  request: APIRequestContext,
  simUrl: string,
  path: string,
  body: unknown,
): Promise<void> {
  const basic = Buffer.from('demo-client:demo-secret').toString('base64');
  const token = await request.post(
    `${simUrl}/oauth/token?grant_type=account_credentials&account_id=demo-account`,
    {
      headers: { authorization: `Basic ${basic}` },
    },
  );
  expect(token.ok()).toBeTruthy();
  const { access_token } = (await token.json()) as { access_token: string };
  const res = await request.patch(`${simUrl}/v2${path}`, {
    headers: { authorization: `Bearer ${access_token}` },
    data: body,
  });
  expect(res.ok(), `PATCH ${path}: ${res.status()} ${await res.text()}`).toBeTruthy();
}

/** An extension's id by its name, from Switchboard's own calendar (signed in as the page's person; users only with `type`). */
export async function extensionId(page: Page, name: string, type?: 'user'): Promise<string> {
  const today = new Date().toISOString().slice(0, 10);
  const res = await page.request.get(`/api/calendar?from=${today}&to=${today}${type ? `&type=${type}` : ''}`);
  expect(res.ok(), `calendar: ${res.status()}`).toBeTruthy();
  const { extensions } = (await res.json()) as { extensions: { extensionId: string; name: string }[] };
  const found = extensions.find((e) => e.name === name);
  if (!found) throw new Error(`No extension named ${name} in the calendar.`);
  return found.extensionId;
}

/** Fail when the page scrolls sideways at its current width. */
export async function expectNoSidewaysScroll(page: Page, what: string): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${what} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
}
