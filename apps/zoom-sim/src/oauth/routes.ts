// POST /oauth/token — Server-to-Server OAuth, account-credentials grant.
// OAuth errors use `{reason, error}` like Zoom's OAuth server, not `{code, message}`.
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { SimContext } from '../context';

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function basicCredentials(header: string | undefined): { id: string; secret: string } | undefined {
  const match = /^Basic\s+(.+)$/i.exec(header ?? '');
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  return { id: decoded.slice(0, colon), secret: decoded.slice(colon + 1) };
}

export function registerOAuthRoutes(app: FastifyInstance, ctx: SimContext) {
  app.post('/oauth/token', async (request, reply) => {
    // Zoom reads the grant from the query string and also from a form body.
    const body = (typeof request.body === 'object' && request.body !== null ? request.body : {}) as Record<string, unknown>;
    const query = request.query as Record<string, unknown>;
    const param = (name: string) => (typeof query[name] === 'string' ? query[name] : typeof body[name] === 'string' ? body[name] : undefined) as string | undefined;

    const creds = basicCredentials(request.headers.authorization);
    const { clientId, clientSecret, accountId } = ctx.credentials;
    if (!creds || !sameText(creds.id, clientId) || !sameText(creds.secret, clientSecret)) {
      return reply.code(401).send({ reason: 'Invalid client_id or client_secret', error: 'invalid_client' });
    }
    const grant = param('grant_type');
    if (grant !== 'account_credentials') {
      return reply.code(400).send({ reason: 'Unsupported grant type', error: 'unsupported_grant_type' });
    }
    if (param('account_id') !== accountId) {
      return reply.code(400).send({ reason: 'Invalid account_id', error: 'invalid_request' });
    }
    // The token carries what the app was granted: by default every scope the
    // simulated operations need, or exactly the list set with POST /__sim/faults {scopes}.
    const scopes = ctx.grantedScopes();
    return reply.send({
      access_token: ctx.tokens.issue(accountId, scopes),
      token_type: 'bearer',
      expires_in: ctx.tokens.ttlSeconds,
      scope: scopes.join(' '),
    });
  });
}
