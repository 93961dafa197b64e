// GET /phone/users (Medium, max page 100) and GET /phone/users/{userId} (Light).
import type { FastifyInstance } from 'fastify';
import type { SimContext } from '../../context';
import { documentedError } from '../../platform/operations';
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
    status: u.status ?? 'activate',
    activation_status: 'activated',
    department: u.department,
    site: store.siteRef(u.siteId),
    phone_numbers: store.phoneNumbersOf(u.extensionId),
    calling_plans: [{ type: 200, name: 'US/CA Unlimited Calling Plan' }],
  };
}

export function registerUserRoutes(api: FastifyInstance, ctx: SimContext) {
  api.get('/phone/users', async (request) => {
    const q = queryOf(request);
    const keyword = q.keyword?.toLowerCase();
    const users = ctx.store.state.users.filter(
      (u) =>
        (!q.site_id || u.siteId === q.site_id) &&
        (!keyword || u.name.toLowerCase().includes(keyword) || u.email.includes(keyword) || String(u.extensionNumber).includes(keyword)),
    );
    return listResponse(ctx, request, 'users', users.map((u) => userJson(ctx.store, u)), `${q.site_id ?? ''}|${keyword ?? ''}`);
  });

  api.get<{ Params: { userId: string } }>('/phone/users/:userId', async (request) => {
    const user = ctx.store.user(request.params.userId);
    if (!user) throw documentedError(request, 'User does not exist: {userId}.', request.params.userId);
    // The profile documents `site_id`, and neither the name nor the site object the list gives.
    const { name: _name, site: _site, activation_status: _activation, ...profile } = userJson(ctx.store, user);
    return { ...profile, site_id: user.siteId };
  });
}
