// The file host, a server of its own beside the API (Zoom serves files from
// other hosts than api.zoom.us). `GET /file/download/{link}` checks the signed
// link and redirects to `/storage/{link}.{ext}`, which serves the file (a Phone
// audio as wav, a Contact Center asset item as uploaded or generated): a
// client meets a separate host, no bearer token and a redirect, as with Zoom.
// File answers carry no rate-limit label (the documents give files none).
import Fastify from 'fastify';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { SimContext } from '../context';
import { assetItemFile } from '../contact-center/assets/file-bytes';
import { toneWav } from '../phone/audios/tone-wav';
import { newTrackingId, TRACKING_HEADER } from '../platform/tracking';
import { readLink } from './signed-link';

interface ServedFile {
  ext: string;
  mime: string;
  data(): Buffer;
}

function phoneAudioFile(ctx: SimContext, audioId: string): ServedFile | undefined {
  const audio = ctx.store.audio(audioId);
  if (!audio || audio.removed) return undefined;
  return { ext: 'wav', mime: 'audio/wav', data: () => toneWav(audio.text) };
}

const refuse = (reply: FastifyReply, status: number, message: string) =>
  reply.code(status).type('application/json').send({ code: status, message });

export function buildFileHost(ctx: SimContext): FastifyInstance {
  // Signed links are long: allow them as one path parameter.
  const files = Fastify({ logger: false, exposeHeadRoutes: false, routerOptions: { maxParamLength: 1000 } });
  files.addHook('onRequest', async (_request, reply) => {
    reply.header(TRACKING_HEADER, newTrackingId());
    if (ctx.faults.latencyMs > 0) await new Promise((r) => setTimeout(r, ctx.faults.latencyMs));
  });

  /** The file a link names (a Phone audio or a Contact Center asset item), or the refusal sent. */
  const fileFor = (reply: FastifyReply, link: string): ServedFile | undefined => {
    const read = readLink(ctx.fileSigningKey, link, ctx.clock());
    if ('refused' in read) {
      refuse(reply, 403, read.refused === 'expired' ? 'The link has expired.' : 'The link is not valid.');
      return undefined;
    }
    const file = read.kind === 'cc-asset-item' ? assetItemFile(ctx, read.id) : phoneAudioFile(ctx, read.id);
    if (!file) refuse(reply, 404, 'File does not exist.');
    return file;
  };

  files.get<{ Params: { link: string } }>('/file/download/:link', async (request, reply) => {
    const file = fileFor(reply, request.params.link);
    if (!file) return reply;
    return reply.redirect(`/storage/${request.params.link}.${file.ext}`, 302);
  });

  files.get<{ Params: { file: string } }>('/storage/:file', async (request, reply) => {
    const file = fileFor(reply, request.params.file.replace(/\.(wav|mp3|png|jpe?g|jpe|jif|jfif|gif|pdf|mp4|mov)$/, ''));
    if (!file) return reply;
    const data = file.data();
    return reply.type(file.mime).header('content-length', data.length).send(data);
  });

  files.setNotFoundHandler((_request, reply) => refuse(reply, 404, 'File does not exist.'));
  return files;
}
