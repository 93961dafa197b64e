import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { audioPromptIdParamSchema } from '@switchboard/contract/audio-prompts';
import { POLICIES } from '../../../auth/access';

const audioPrompts: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    '/:id/audio',
    {
      config: { access: POLICIES.readRouting },
      schema: {
        tags: ['audio prompts'],
        summary:
          "An audio prompt's sound for playback (audio/* bytes streamed from Zoom's play_url; cached privately for 5 minutes). 404 for unknown or deleted prompts.",
        params: audioPromptIdParamSchema,
        // The 200 answer is bytes, not JSON (so no response schema, like the event stream);
        // errors are the usual {error: {code, message}}.
      },
    },
    async (request, reply) => {
      // The browser went away before the answer was sent: stop talking to Zoom.
      const abort = new AbortController();
      reply.raw.once('close', () => {
        if (!reply.raw.writableFinished) abort.abort();
      });
      const audio = await fastify.audioPrompts.audio(request.params.id, abort.signal);
      reply.type(audio.contentType).header('cache-control', 'private, max-age=300');
      if (audio.contentLength !== null) reply.header('content-length', audio.contentLength);
      return reply.send(Readable.fromWeb(audio.body as NodeReadableStream<Uint8Array>));
    },
  );
};

export default audioPrompts;
