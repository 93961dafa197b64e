// One audio prompt's sound: read the audio item from Zoom (Light), then
// download its `play_url` from Zoom's file host (a signed link: no token) and
// hand back the stream. Only audio/* leaves here.
import { isRemovedAudioId } from '@switchboard/zoom-schema/phone-ivr';
import { zoomAudioSchema } from '@switchboard/zoom-schema/phone-audios';
import { AppError, notFound } from '../../http/app-error';
import type { ZoomClient } from '../../zoom/client';
import { ZoomApiError } from '../../zoom/zoom-error';

export interface PromptAudio {
  body: ReadableStream<Uint8Array>;
  contentType: string;
  contentLength: number | null;
}

const DELETED = 'This audio prompt was deleted from the audio library; there is no audio to play.';
const UNKNOWN = 'There is no audio prompt with that id in Zoom; it may have been deleted.';
const NO_FILE = 'Zoom has no audio file for this prompt.';

export class AudioPromptService {
  constructor(private readonly zoom: ZoomClient) {}

  async audio(id: string, signal?: AbortSignal): Promise<PromptAudio> {
    if (isRemovedAudioId(id)) throw notFound(DELETED);
    const opts = signal ? { signal } : {};
    const item = await this.zoom
      .get(`/phone/audios/${encodeURIComponent(id)}`, { ...opts, label: 'light', schema: zoomAudioSchema })
      .catch(rethrowNotFound(UNKNOWN));
    if (!item.data.play_url) throw notFound(NO_FILE);
    const file = await this.zoom.download(item.data.play_url, opts).catch(rethrowNotFound(NO_FILE));
    const contentType = file.contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
    if (!file.body || !contentType.startsWith('audio/')) {
      await file.body?.cancel();
      throw new AppError(
        502,
        'zoom_error',
        `Zoom's file for this prompt is not audio (${contentType || 'no content type'}), so it cannot be played here.`,
        { trackingId: file.trackingId },
      );
    }
    return { body: file.body, contentType, contentLength: file.contentLength };
  }
}

const rethrowNotFound = (message: string) => (err: unknown) => {
  if (err instanceof ZoomApiError && err.isNotFound) throw new AppError(404, 'not_found', message, { trackingId: err.trackingId });
  throw err;
};
