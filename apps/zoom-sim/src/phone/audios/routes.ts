// Audio library (all Light): list a user's audios, add one by text-to-speech,
// get / rename / delete one. A deleted audio stays readable as `removed_<id>`.
// A live audio's `play_url` is a signed, expiring link to the separate file
// host (../../files), which needs no API token.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { allOperations } from '@switchboard/zoom-facts/load';
import { findOperation } from '@switchboard/zoom-facts/match';
import type { SimContext } from '../../context';
import { signLink } from '../../files/signed-link';
import { commit } from '../../platform/api';
import { DECIDED, decidedError } from '../../platform/decisions';
import { bodyProblems, documentedError } from '../../platform/operations';
import type { AudioRecord } from '../../state/records';

// The document names the language (`en-US`) and accent (`Joanna-Female`) by example only: languages are the
// ones Zoom documents for audio prompts (an auto receptionist's `audio_prompt_language`), accents a voice name
// and a gender (decision 006).
const LANGUAGES = promptLanguages();
const ACCENT = /^[A-Z][a-z]+-(Female|Male)$/;

function promptLanguages(): readonly string[] {
  const op = findOperation(allOperations, 'PATCH', '/phone/auto_receptionists/{autoReceptionistId}');
  const schema = op?.body?.[0]?.schema;
  const field = schema && 'properties' in schema ? schema.properties?.audio_prompt_language : undefined;
  const values = field && 'enum' in field ? field.enum : undefined;
  if (!values?.length) throw new Error('the facts list no audio prompt languages');
  return values.map(String);
}
/** "Maximum text length has been exceeded." — the limit itself is not documented (decision 006). */
const MAX_TEXT = 4000;
const USER_ID = /^[\w.@+-]+$/;

const bodyOf = (request: FastifyRequest) =>
  (typeof request.body === 'object' && request.body !== null ? request.body : {}) as Record<string, unknown>;

export function registerAudioRoutes(api: FastifyInstance, ctx: SimContext) {
  const audioJson = (a: AudioRecord, id: string) => ({
    audio_id: id,
    name: a.name,
    // A deleted audio has no file any more.
    ...(a.removed ? {} : { play_url: `${ctx.fileBaseUrl}/file/download/${signLink(ctx.fileSigningKey, a.audioId, ctx.clock())}` }),
    text: a.text,
    voice_language: a.voiceLanguage,
    voice_accent: a.voiceAccent,
  });
  const audioOr400 = (request: FastifyRequest, id: string) => {
    const audio = ctx.store.audio(id);
    if (!audio || (audio.removed && request.method !== 'GET')) throw decidedError(DECIDED.unknownAudio, id);
    return audio;
  };

  api.get<{ Params: { userId: string } }>('/phone/users/:userId/audios', async (request) => {
    const { userId } = request.params;
    if (!USER_ID.test(userId)) throw documentedError(request, 'Invalid user id.');
    const user = ctx.store.user(userId);
    if (!user) throw documentedError(request, 'User does not exist: {userId}.', userId);
    const audios = ctx.store.state.audios.filter((a) => a.ownerUserId === user.id && !a.removed);
    return { audios: audios.map((a) => ({ audio_id: a.audioId, name: a.name })) };
  });

  api.post<{ Params: { userId: string } }>('/phone/users/:userId/audios', async (request, reply) => {
    const { userId } = request.params;
    if (!USER_ID.test(userId)) throw documentedError(request, 'Invalid user ID.');
    const user = ctx.store.user(userId);
    if (!user) throw documentedError(request, 'User does not exist.');
    if (bodyProblems(request).length > 0) throw decidedError(DECIDED.validationFailed);
    const body = bodyOf(request);
    const text = typeof body.text === 'string' ? body.text : '';
    const language = typeof body.voice_language === 'string' ? body.voice_language : 'en-US';
    const accent = typeof body.voice_accent === 'string' ? body.voice_accent : 'Joanna-Female';
    if (text.trim() === '') throw documentedError(request, 'The text is empty.');
    if (text.length > MAX_TEXT) throw documentedError(request, 'Maximum text length has been exceeded.');
    if (!LANGUAGES.includes(language)) throw documentedError(request, 'The language is not supported.');
    if (!ACCENT.test(accent)) throw documentedError(request, 'The voice accent is not supported.');
    const name = typeof body.audio_name === 'string' && body.audio_name.trim() !== '' ? body.audio_name : `${text.slice(0, 20)}.mp3`;
    const audio: AudioRecord = {
      audioId: ctx.store.newId(),
      name,
      text,
      voiceLanguage: language,
      voiceAccent: accent,
      ownerUserId: user.id,
      removed: false,
    };
    ctx.store.state.audios.push(audio);
    return reply.code(201).send({ audio_id: audio.audioId, name: audio.name });
  });

  api.get<{ Params: { audioId: string } }>('/phone/audios/:audioId', async (request) => {
    const audio = audioOr400(request, request.params.audioId);
    return audioJson(audio, request.params.audioId);
  });

  api.patch<{ Params: { audioId: string } }>('/phone/audios/:audioId', async (request, reply) => {
    const audio = audioOr400(request, request.params.audioId);
    const name = bodyOf(request).name;
    if (typeof name !== 'string' || name.trim() === '') throw decidedError(DECIDED.audioName);
    commit(ctx, request, () => {
      audio.name = name;
    });
    return reply.code(204).send();
  });

  api.delete<{ Params: { audioId: string } }>('/phone/audios/:audioId', async (request, reply) => {
    const audio = audioOr400(request, request.params.audioId);
    commit(ctx, request, () => {
      audio.removed = true;
    });
    return reply.code(204).send();
  });
}
