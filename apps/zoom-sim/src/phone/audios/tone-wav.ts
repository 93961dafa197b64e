// The simulator cannot speak a prompt's text, so its audio file is a stand-in:
// a quiet, deterministic tone pattern (8 kHz, mono, 16-bit PCM WAV) whose
// length follows the text — one short tone per letter or digit, a pause per
// space or punctuation mark — capped at 3 seconds.
export const TONE_WAV_SAMPLE_RATE = 8000;
export const TONE_WAV_MAX_SECONDS = 3;

const STEP_SECONDS = 0.06; // one character
const MIN_SECONDS = 0.5;
const AMPLITUDE = 0.12 * 32767; // quiet: about −18 dBFS

/** Seconds of audio for a text: 60 ms per character, 0.5 s to 3 s. */
export function toneSeconds(text: string): number {
  return Math.min(TONE_WAV_MAX_SECONDS, Math.max(MIN_SECONDS, text.length * STEP_SECONDS));
}

/** The WAV bytes for a text (same text → same bytes). */
export function toneWav(text: string): Buffer {
  const rate = TONE_WAV_SAMPLE_RATE;
  const samples = Math.round(toneSeconds(text) * rate);
  const step = Math.round(STEP_SECONDS * rate);
  const fade = Math.round(0.008 * rate);
  const chars = [...text];
  const pcm = Buffer.alloc(samples * 2);
  for (let i = 0; i < samples; i++) {
    const index = Math.floor(i / step);
    const ch = chars.length > 0 ? chars[index % chars.length]! : ' ';
    const code = ch.codePointAt(0) ?? 32;
    let value = 0;
    if (/[\p{L}\p{N}]/u.test(ch)) {
      const freq = 320 + (code % 24) * 25; // 320–895 Hz, by character
      const pos = i - index * step; // position inside this character's tone
      const envelope = Math.min(1, pos / fade, (step - pos) / fade);
      value = Math.round(AMPLITUDE * envelope * Math.sin((2 * Math.PI * freq * i) / rate));
    }
    pcm.writeInt16LE(value, i * 2);
  }
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + pcm.length, 4);
  header.write('WAVE', 8, 'ascii');
  header.write('fmt ', 12, 'ascii');
  header.writeUInt32LE(16, 16); // PCM chunk size
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate * 2, 28); // byte rate
  header.writeUInt16LE(2, 32); // block align
  header.writeUInt16LE(16, 34); // bits per sample
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(pcm.length, 40);
  return Buffer.concat([header, pcm]);
}
