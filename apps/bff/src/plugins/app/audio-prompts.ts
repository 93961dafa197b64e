import fp from 'fastify-plugin';
import { AudioPromptService } from '../../features/audio-prompts/service';

declare module 'fastify' {
  interface FastifyInstance {
    audioPrompts: AudioPromptService;
  }
}

export default fp(
  async (fastify) => {
    fastify.decorate('audioPrompts', new AudioPromptService(fastify.zoom));
  },
  { name: 'audio-prompts', dependencies: ['zoom'] },
);
