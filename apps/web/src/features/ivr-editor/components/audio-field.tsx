// Choosing an audio prompt from the audio library (greeting prompt or
// voicemail greeting). A prompt deleted from the library (`removed_…`) is
// flagged; a prompt with audio gets a native player (the BFF streams it from
// Zoom, fetched only when played); prompts without playable audio say so.
import type { ReactNode } from 'react';
import { audioPromptAudioPath } from '@switchboard/contract/audio-prompts';
import type { DirectoryItem } from '@switchboard/contract/directory';
import { isRemovedAudioId } from '@switchboard/zoom-schema/phone-ivr';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { DirectoryPicker } from './directory-picker';
import './audio-field.css';

interface Props {
  label: string;
  audioId: string | null | undefined;
  /** Name carried by the menu itself (Zoom returns the greeting prompt's name). */
  knownName?: string | undefined;
  audio: ReadonlyMap<string, DirectoryItem>;
  onSelect: (item: DirectoryItem) => void;
  /** Offered only where clearing is allowed (optional greetings). */
  clear?: { label: string; onClear: () => void } | undefined;
  error?: string | undefined;
  hint?: ReactNode;
}

export function audioName(
  id: string | null | undefined,
  audio: ReadonlyMap<string, DirectoryItem>,
  knownName?: string,
): string | null {
  if (!id) return null;
  const name = knownName || audio.get(id)?.name;
  if (isRemovedAudioId(id)) return name ? `${name} (deleted)` : 'A deleted audio file';
  return name || 'An audio file not in the library';
}

export const previewNote = (item: DirectoryItem | undefined) =>
  item?.hasAudio ? null : 'No audio preview';

export function AudioField({
  label,
  audioId,
  knownName,
  audio,
  onSelect,
  clear,
  error,
  hint,
}: Props) {
  const deleted = isRemovedAudioId(audioId);
  const item = audioId && !deleted ? audio.get(audioId) : undefined;
  const playable = item?.hasAudio ? item : undefined;
  const note = audioId && !deleted ? previewNote(item) : null;
  return (
    <div className="audio-field">
      <DirectoryPicker
        label={label}
        type="audioPrompt"
        selectedLabel={audioName(audioId, audio, knownName)}
        onSelect={onSelect}
        error={error}
        hint={hint}
        optionNote={(item) => previewNote(item)}
      />
      {(deleted || playable || note || clear) && (
        <div className="audio-field__extra">
          {deleted && (
            <p className="audio-field__deleted">
              <Badge tone="danger">deleted prompt</Badge> This audio was removed from the library;
              choose another one.
            </p>
          )}
          {playable && (
            <audio
              key={playable.id}
              className="audio-field__player"
              controls
              preload="none"
              src={audioPromptAudioPath(playable.id)}
              aria-label={`Play ${knownName || playable.name}`}
            />
          )}
          {note && <p className="audio-field__note muted">{note}</p>}
          {clear && (
            <Button size="sm" variant="ghost" onClick={clear.onClear}>
              {clear.label}
            </Button>
          )}
        </div>
      )}
    </div>
  );
}
