import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ConfigError, loadConfig } from './env';

describe('loadConfig', () => {
  test('no Zoom credentials: demo mode with the documented defaults', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      host: '127.0.0.1',
      port: 3000,
      mode: 'demo',
      simPort: 0,
      redisUrl: null,
      sessionTtlHours: 12,
      logLevel: 'info',
      zoom: { credentials: null, apiBaseUrl: 'https://api.zoom.us/v2', oauthBaseUrl: 'https://zoom.us', plan: 'pro' },
      db: { kind: 'pglite', dataDir: path.resolve('./.data') },
      trustProxy: false,
    });
    expect(c.webDist).toMatch(/apps[/\\]web[/\\]dist$/);
  });

  test('all three credentials: Zoom mode; DATABASE_URL: PostgreSQL', () => {
    const c = loadConfig({
      ZOOM_ACCOUNT_ID: 'a',
      ZOOM_CLIENT_ID: 'b',
      ZOOM_CLIENT_SECRET: 'c',
      ZOOM_PLAN: 'Business',
      DATABASE_URL: 'postgres://u@h/db',
      PORT: '8080',
    });
    expect(c.mode).toBe('zoom');
    expect(c.zoom.credentials).toEqual({ accountId: 'a', clientId: 'b', clientSecret: 'c' });
    expect(c.zoom.plan).toBe('business');
    expect(c.db).toEqual({ kind: 'postgres', url: 'postgres://u@h/db' });
    expect(c.port).toBe(8080);
  });

  test('some but not all credentials: a sentence saying to set all or none', () => {
    expect(() => loadConfig({ ZOOM_CLIENT_ID: 'b' })).toThrow(ConfigError);
    expect(() => loadConfig({ ZOOM_CLIENT_ID: 'b' })).toThrow(/Set all three of ZOOM_ACCOUNT_ID, ZOOM_CLIENT_ID and ZOOM_CLIENT_SECRET/);
  });

  test('invalid values are named in the startup error', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT must be a port number/);
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT must be between 0 and 65535/);
    expect(() => loadConfig({ ZOOM_PLAN: 'gold' })).toThrow(/ZOOM_PLAN must be "pro" or "business"/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL must be a postgres:\/\//);
    expect(() => loadConfig({ ZOOM_API_BASE_URL: 'nope' })).toThrow(/ZOOM_API_BASE_URL must be a URL/);
  });

  test('empty strings count as unset', () => {
    expect(loadConfig({ PORT: '', ZOOM_CLIENT_SECRET: ' ' }).mode).toBe('demo');
  });

  test('TRUST_PROXY: false, true, a hop count or a list of addresses and ranges', () => {
    const trust = (v: string) => loadConfig({ TRUST_PROXY: v }).trustProxy;
    expect(trust('')).toBe(false);
    expect(trust('false')).toBe(false);
    expect(trust('TRUE')).toBe(true);
    expect(trust('0')).toBe(false);
    expect(trust('2')).toBe(2);
    expect(trust('127.0.0.1')).toEqual(['127.0.0.1']);
    expect(trust(' 10.0.0.0/8, ::1 ,fd00::/8,loopback')).toEqual(['10.0.0.0/8', '::1', 'fd00::/8', 'loopback']);
  });

  test('a bad TRUST_PROXY stops start-up with a sentence naming the variable and the entry', () => {
    const HELP = /^Switchboard cannot start: TRUST_PROXY must be false, true, a number of proxy hops, or a comma-separated list of proxy IP addresses or CIDR ranges/;
    for (const [value, why] of [
      ['yes', '"yes" is not an IP address or range'],
      ['10.0.0.0/33', '"10.0.0.0/33" is not an IP address or range'],
      ['10.0.0.1,,10.0.0.2', 'the list has an empty entry'],
      ['300.1.1.1', '"300.1.1.1" is not an IP address or range'],
      ['-1', '"-1" is not an IP address or range'],
      ['1000', '1000 hops is not a believable number'],
    ]) {
      expect(() => loadConfig({ TRUST_PROXY: value })).toThrow(ConfigError);
      expect(() => loadConfig({ TRUST_PROXY: value })).toThrow(HELP);
      expect(() => loadConfig({ TRUST_PROXY: value })).toThrow(`; ${why}.`);
    }
  });
});

describe('Zendesk credentials', () => {
  const zd = { ZENDESK_SUBDOMAIN: 'acme', ZENDESK_EMAIL: 'agent@acme.test', ZENDESK_API_TOKEN: 'zd-secret-token-123' };

  test('none: no Zendesk account (demo mode simulates one); all three: https://{subdomain}.zendesk.com', () => {
    expect(loadConfig({}).zendesk).toEqual({ credentials: null, apiBaseUrl: null });
    expect(loadConfig(zd).zendesk).toEqual({
      credentials: { subdomain: 'acme', email: 'agent@acme.test', apiToken: 'zd-secret-token-123' },
      apiBaseUrl: 'https://acme.zendesk.com',
    });
    expect(loadConfig({ ...zd, ZENDESK_API_BASE_URL: 'http://127.0.0.1:4011/' }).zendesk.apiBaseUrl).toBe('http://127.0.0.1:4011');
    // Zendesk's credentials do not take the BFF out of demo mode: that is Zoom's.
    expect(loadConfig(zd).mode).toBe('demo');
  });

  test('one or two of the three: a sentence saying to set all or none, without the token in it', () => {
    for (const partial of [{ ZENDESK_API_TOKEN: zd.ZENDESK_API_TOKEN }, { ZENDESK_SUBDOMAIN: 'acme', ZENDESK_EMAIL: 'agent@acme.test' }, { ...zd, ZENDESK_EMAIL: '' }]) {
      let message = '';
      try {
        loadConfig(partial);
      } catch (err) {
        message = (err as Error).message;
      }
      expect(message).toMatch(/Set all three of ZENDESK_SUBDOMAIN, ZENDESK_EMAIL and ZENDESK_API_TOKEN/);
      expect(message).not.toContain(zd.ZENDESK_API_TOKEN);
    }
  });

  test('a subdomain that is a URL, or an email that is not one, is named', () => {
    expect(() => loadConfig({ ...zd, ZENDESK_SUBDOMAIN: 'https://acme.zendesk.com' })).toThrow(/ZENDESK_SUBDOMAIN must be the subdomain alone/);
    expect(() => loadConfig({ ...zd, ZENDESK_EMAIL: 'agent' })).toThrow(/ZENDESK_EMAIL must be the email address/);
  });
});
