// Audio library (all Light): list a user's audios, add one by text-to-speech,
// get / rename / delete one. A deleted audio stays readable as `removed_<id>`.
// A live audio's `play_url` points at its file here (bearer token required,
// not rate-limited — see the README's simulator decisions); the file is a
// generated tone pattern, since the simulator cannot speak the text.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ZOOM_TTS_LANGUAGES, ZOOM_TTS_MAX_TEXT } from '@switchboard/zoom-schema/phone-audios';
import type { SimContext } from '../../context';
import { commit } from '../../platform/api';
import { ZoomApiError, validationError } from '../../platform/errors';
import type { AudioRecord } from '../../state/records';
import { toneWav } from './tone-wav';

const ACCENT = /^[A-Z][a-z]+-(Female|Male)$/;

const bodyOf = (request: FastifyRequest) =>
  (typeof request.body === 'object' && request.body !== null ? request.body : {}) as Record<string, unknown>;

/** Where this request reached the simulator, so play_url works from the caller's side. */
const baseUrlOf = (request: FastifyRequest) => `${request.protocol}://${request.host}`;

export const audioFilePath = (audioId: string) => `/v2/phone/audios/${encodeURIComponent(audioId)}/file`;

function audioJson(a: AudioRecord, id: string, baseUrl: string) {
  return {
    audio_id: id,
    name: a.name,
    // A deleted audio has no file any more.
    ...(a.removed ? {} : { play_url: `${baseUrl}${audioFilePath(a.audioId)}` }),
    text: a.text,
    voice_language: a.voiceLanguage,
    voice_accent: a.voiceAccent,
  };
}

export function registerAudioRoutes(api: FastifyInstance, ctx: SimContext) {
  const ownerOf = (userId: string) => {
    if (!/^[\w.@+-]+$/.test(userId)) throw validationError('Invalid user id.');
    const user = ctx.store.user(userId);
    if (!user) throw new ZoomApiError(404, 1001, `User does not exist: ${userId}.`);
    return user;
  };
  const audioOr400 = (id: string) => {
    const audio = ctx.store.audio(id);
    if (!audio) throw validationError(`Audio item does not exist: ${id}.`);
    return audio;
  };

  api.get<{ Params: { userId: string } }>('/phone/users/:userId/audios', { config: { label: 'light' } }, async (request) => {
    const user = ownerOf(request.params.userId);
    const audios = ctx.store.state.audios.filter((a) => a.ownerUserId === user.id && !a.removed);
    return { audios: audios.map((a) => ({ audio_id: a.audioId, name: a.name })) };
  });

  api.post<{ Params: { userId: string } }>('/phone/users/:userId/audios', { config: { label: 'light' } }, async (request, reply) => {
    const user = ownerOf(request.params.userId);
    const body = bodyOf(request);
    const text = typeof body.text === 'string' ? body.text : '';
    const language = typeof body.voice_language === 'string' ? body.voice_language : 'en-US';
    const accent = typeof body.voice_accent === 'string' ? body.voice_accent : 'Joanna-Female';
    if (text.trim() === '') throw validationError('The text is empty.');
    if (text.length > ZOOM_TTS_MAX_TEXT) throw validationError('Maximum text length has been exceeded.');
    if (!(ZOOM_TTS_LANGUAGES as readonly string[]).includes(language)) throw validationError('The language is not supported.');
    if (!ACCENT.test(accent)) throw validationError('The voice accent is not supported.');
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

  api.get<{ Params: { audioId: string } }>('/phone/audios/:audioId', { config: { label: 'light' } }, async (request) => {
    const audio = audioOr400(request.params.audioId);
    return audioJson(audio, request.params.audioId, baseUrlOf(request));
  });

  api.get<{ Params: { audioId: string } }>(
    '/phone/audios/:audioId/file',
    { config: { label: 'light', unmetered: true } },
    async (request, reply) => {
      const audio = ctx.store.audio(request.params.audioId);
      if (!audio || audio.removed) throw new ZoomApiError(404, 404, 'File does not exist.');
      const wav = toneWav(audio.text);
      return reply.type('audio/wav').header('content-length', wav.length).send(wav);
    },
  );

  api.patch<{ Params: { audioId: string } }>('/phone/audios/:audioId', { config: { label: 'light' } }, async (request, reply) => {
    const audio = audioOr400(request.params.audioId);
    if (audio.removed) throw validationError(`Audio item does not exist: ${request.params.audioId}.`);
    const name = bodyOf(request).name;
    if (typeof name !== 'string' || name.trim() === '') throw validationError('The name of the audio item is required.');
    commit(ctx, request, () => {
      audio.name = name;
    });
    return reply.code(204).send();
  });

  api.delete<{ Params: { audioId: string } }>('/phone/audios/:audioId', { config: { label: 'light' } }, async (request, reply) => {
    const audio = audioOr400(request.params.audioId);
    if (audio.removed) throw validationError(`Audio item does not exist: ${request.params.audioId}.`);
    commit(ctx, request, () => {
      audio.removed = true;
    });
    return reply.code(204).send();
  });
}
