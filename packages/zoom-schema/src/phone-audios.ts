// Zoom Phone audio library: list a user's audios, get / update / delete one,
// add one by text-to-speech. Deleted audios referenced elsewhere come back as
// `removed_<id>` (see REMOVED_AUDIO_PREFIX in phone-ivr.ts).
import { z } from 'zod';

export const ZOOM_TTS_MAX_TEXT = 3000;

export const ZOOM_TTS_LANGUAGES = [
  'en-US', 'en-GB', 'en-GB-WLS', 'en-AU', 'en-IN', 'en-ZA', 'en-NZ', 'es-ES', 'es-US', 'es-MX',
  'fr-CA', 'da-DK', 'de-DE', 'fr-FR', 'it-IT', 'is-IS', 'nl-NL', 'pt-PT', 'ja-JP', 'ko-KO', 'ko-KR',
  'pt-BR', 'pl-PL', 'zh-CN', 'zh-TW', 'cmn-CN', 'tr-TR', 'nb-NO', 'ro-RO', 'ru-RU', 'sv-SE', 'cy-GB',
  'ca-ES', 'de-AT', 'arb',
] as const;

/** GET /phone/users/{userId}/audios item (the list is not paginated). */
export const zoomAudioListItemSchema = z.object({ audio_id: z.string(), name: z.string() });
export type ZoomAudioListItem = z.infer<typeof zoomAudioListItemSchema>;

export const zoomAudioListSchema = z.object({ audios: z.array(zoomAudioListItemSchema).default([]) });
export type ZoomAudioList = z.infer<typeof zoomAudioListSchema>;

/** GET /phone/audios/{audioId} */
export const zoomAudioSchema = z.object({
  audio_id: z.string(),
  name: z.string(),
  /** Where the audio file can be downloaded (Zoom: valid 6 hours). Absent for deleted (`removed_…`) audios. */
  play_url: z.string().optional(),
  text: z.string().optional(),
  voice_language: z.string().optional(),
  voice_accent: z.string().optional(),
});
export type ZoomAudio = z.infer<typeof zoomAudioSchema>;

/** POST /phone/users/{userId}/audios (text-to-speech). */
export const zoomAudioTtsCreateSchema = z.object({
  audio_name: z.string().optional(),
  text: z.string().min(1).max(ZOOM_TTS_MAX_TEXT),
  voice_language: z.enum(ZOOM_TTS_LANGUAGES).optional(),
  voice_accent: z.string().optional(),
});
export type ZoomAudioTtsCreate = z.infer<typeof zoomAudioTtsCreateSchema>;

export const zoomAudioCreatedSchema = z.object({ audio_id: z.string(), name: z.string() });
export type ZoomAudioCreated = z.infer<typeof zoomAudioCreatedSchema>;

/** PATCH /phone/audios/{audioId} */
export const zoomAudioUpdateSchema = z.object({ name: z.string().min(1) });
export type ZoomAudioUpdate = z.infer<typeof zoomAudioUpdateSchema>;
