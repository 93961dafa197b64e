import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../../features/ivr-write/service';

/** The signed-in person making a write (the guard has checked the session). */
export const actorOf = (request: FastifyRequest): Actor => ({ id: request.auth!.user.id, email: request.auth!.user.email });
