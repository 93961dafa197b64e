import { describe, expect, it } from 'vitest';
import { zoomAudioSchema } from './phone-audios';

describe('zoomAudioSchema', () => {
  it('reads the documented example, play_url included', () => {
    const example = {
      audio_id: 'yCT14TwySDGVUypVlKNEyA',
      name: 'hello.mp3',
      play_url: 'https://file.example.com/file?jwt=abc&mode=download',
      text: 'hello',
      voice_language: 'en-US',
      voice_accent: 'Joanna-Female',
    };
    expect(zoomAudioSchema.parse(example)).toEqual(example);
  });

  it('a deleted audio reads without play_url', () => {
    expect(zoomAudioSchema.parse({ audio_id: 'removed_x', name: 'Old' }).play_url).toBeUndefined();
  });
});
