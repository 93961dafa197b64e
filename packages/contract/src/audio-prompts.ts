// Audio prompts (Zoom's audio library): the path of one prompt's audio.
import { idParamSchema } from './auto-receptionists';

/** `GET /api/audio-prompts/:id/audio` — a Zoom audio id (`removed_…` passes, and answers 404). */
export const audioPromptIdParamSchema = idParamSchema;

/** Where the browser fetches a prompt's audio (same origin; the BFF streams it from Zoom). */
export const audioPromptAudioPath = (id: string) => `/api/audio-prompts/${encodeURIComponent(id)}/audio`;
