// Zoom Rooms under a Zoom Phone license: list (GET /phone/rooms) and get
// (GET /phone/rooms/{roomId}). IVR action 3 forwards to a room's extension.
import type { FastifyInstance } from 'fastify';
import type { SimContext } from '../../context';
import { DECIDED, decidedError } from '../../platform/decisions';
import { listResponse, queryOf } from '../../platform/list';
import type { ZoomRoomRecord } from '../../state/records';

export function registerRoomRoutes(api: FastifyInstance, ctx: SimContext) {
  const roomJson = (r: ZoomRoomRecord) => ({
    id: r.id,
    name: r.name,
    extension_id: r.extensionId,
    extension_number: r.extensionNumber,
    site: ctx.store.siteRef(r.siteId),
    phone_numbers: ctx.store.phoneNumbersOf(r.extensionId),
    calling_plans: [],
  });

  api.get('/phone/rooms', async (request) => {
    const siteId = queryOf(request).site_id;
    const rooms = ctx.store.state.zoomRooms.filter((r) => !siteId || r.siteId === siteId);
    return listResponse(ctx, request, 'rooms', rooms.map(roomJson), siteId ?? '');
  });

  api.get<{ Params: { roomId: string } }>('/phone/rooms/:roomId', async (request) => {
    const id = request.params.roomId;
    const room = ctx.store.state.zoomRooms.find((r) => r.id === id);
    if (!room) throw decidedError(DECIDED.unknownRoom, id);
    return roomJson(room);
  });
}
