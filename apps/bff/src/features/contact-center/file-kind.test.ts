import { describe, expect, it } from 'vitest';
import { sniffKind, uploadProblem, zoomFileName } from './file-kind';

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

describe('file kinds by content', () => {
  it('knows wav, mp3 (ID3 or a frame), png and jpeg by their first bytes', () => {
    expect(sniffKind(bytes('RIFF', [0, 0, 0, 0], 'WAVEfmt '))).toBe('wav');
    expect(sniffKind(bytes('ID3', [4, 0, 0]))).toBe('mp3');
    expect(sniffKind(bytes([0xff, 0xfb, 0x90, 0x64]))).toBe('mp3');
    expect(sniffKind(bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a]))).toBe('png');
    expect(sniffKind(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg');
    expect(sniffKind(bytes('MZ', [0x90, 0]))).toBeNull();
  });

  it('refuses a program renamed .mp3 with a sentence saying what it is', () => {
    expect(uploadProblem('audio', 'greeting.mp3', bytes('MZ', [0x90, 0]))).toBe(
      '“greeting.mp3” is not an mp3 or wav recording: its content is a Windows program. Switchboard judges a file by its bytes, not its name, so nothing was sent to Zoom.',
    );
    expect(uploadProblem('audio', 'x.wav', bytes([0x7f], 'ELF', [2, 1, 1]))).toMatch(/a Linux program/);
    expect(uploadProblem('audio', 'x.mp3', bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a]))).toMatch(/an image \(png\)/);
    expect(uploadProblem('image', 'x.png', bytes('RIFF', [0, 0, 0, 0], 'WAVE'))).toMatch(/not a png or jpeg image: its content is audio \(wav\)/);
    expect(uploadProblem('audio', 'real.mp3', bytes('RIFF', [0, 0, 0, 0], 'WAVE'))).toBeNull();
  });

  it('gives Zoom the extension the bytes have', () => {
    expect(zoomFileName('Welcome message.mp3', 'wav')).toBe('Welcome message.wav');
    expect(zoomFileName('../../etc/passwd', 'png')).toBe('.._.._etc_passwd.png');
  });
});
