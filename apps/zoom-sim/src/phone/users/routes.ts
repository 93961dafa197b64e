// GET /phone/users (Medium, max page 100) and GET /phone/users/{userId} (Light).
import type { FastifyInstance } from 'fastify';
import type { SimContext } from '../../context';
import { ZoomApiError } from '../../platform/errors';
import { listResponse, queryOf } from '../../platform/list';
import type { UserRecord } from '../../state/records';
import type { AccountStore } from '../../state/store';

export function userJson(store: AccountStore, u: UserRecord) {
  return {
    id: u.id,
    phone_user_id: u.id,
    name: u.name,
    email: u.email,
    extension_id: u.extensionId,
    extension_number: u.extensionNumber,
    status: 'activate',
    activation_status: 'activated',
    department: u.department,
    site: store.siteRef(u.siteId),
    phone_numbers: store.phoneNumbersOf(u.extensionId),
    calling_plans: [{ type: 200, name: 'US/CA Unlimited Calling Plan' }],
  };
}

export function registerUserRoutes(api: FastifyInstance, ctx: SimContext) {
  api.get('/phone/users', { config: { label: 'medium' } }, async (request) => {
    const q = queryOf(request);
    const keyword = q.keyword?.toLowerCase();
    const users = ctx.store.state.users.filter(
      (u) =>
        (!q.site_id || u.siteId === q.site_id) &&
        (!keyword || u.name.toLowerCase().includes(keyword) || u.email.includes(keyword) || String(u.extensionNumber).includes(keyword)),
    );
    return listResponse(ctx, request, 'users', users.map((u) => userJson(ctx.store, u)), 100, `${q.site_id ?? ''}|${keyword ?? ''}`);
  });

  api.get<{ Params: { userId: string } }>('/phone/users/:userId', { config: { label: 'light' } }, async (request) => {
    const user = ctx.store.user(request.params.userId);
    if (!user) throw new ZoomApiError(404, 1001, `User does not exist: ${request.params.userId}.`);
    return userJson(ctx.store, user);
  });
}
