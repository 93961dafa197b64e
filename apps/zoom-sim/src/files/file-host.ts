// The file host, a server of its own beside the API (Zoom serves files from
// other hosts than api.zoom.us). `GET /file/download/{link}` checks the signed
// link and redirects to `/storage/{link}.wav`, which serves the audio: a
// client meets a separate host, no bearer token and a redirect, as with Zoom.
// File answers carry no rate-limit label (the documents give files none).
import Fastify from 'fastify';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { SimContext } from '../context';
import { toneWav } from '../phone/audios/tone-wav';
import { newTrackingId, TRACKING_HEADER } from '../platform/tracking';
import { readLink } from './signed-link';

const refuse = (reply: FastifyReply, status: number, message: string) =>
  reply.code(status).type('application/json').send({ code: status, message });

export function buildFileHost(ctx: SimContext): FastifyInstance {
  // Signed links are long: allow them as one path parameter.
  const files = Fastify({ logger: false, exposeHeadRoutes: false, routerOptions: { maxParamLength: 1000 } });
  files.addHook('onRequest', async (_request, reply) => {
    reply.header(TRACKING_HEADER, newTrackingId());
    if (ctx.faults.latencyMs > 0) await new Promise((r) => setTimeout(r, ctx.faults.latencyMs));
  });

  const audioFor = (reply: FastifyReply, link: string) => {
    const read = readLink(ctx.fileSigningKey, link, ctx.clock());
    if ('refused' in read) {
      refuse(reply, 403, read.refused === 'expired' ? 'The link has expired.' : 'The link is not valid.');
      return undefined;
    }
    const audio = ctx.store.audio(read.audioId);
    if (!audio || audio.removed) {
      refuse(reply, 404, 'File does not exist.');
      return undefined;
    }
    return audio;
  };

  files.get<{ Params: { link: string } }>('/file/download/:link', async (request, reply) => {
    if (!audioFor(reply, request.params.link)) return reply;
    return reply.redirect(`/storage/${request.params.link}.wav`, 302);
  });

  files.get<{ Params: { file: string } }>('/storage/:file', async (request, reply) => {
    const audio = audioFor(reply, request.params.file.replace(/\.wav$/, ''));
    if (!audio) return reply;
    const wav = toneWav(audio.text);
    return reply.type('audio/wav').header('content-length', wav.length).send(wav);
  });

  files.setNotFoundHandler((_request, reply) => refuse(reply, 404, 'File does not exist.'));
  return files;
}
