// What an upload may be, said before anything is sent: audio as mp3 or wav,
// images as png or jpeg, at most 10 MB. The BFF judges the bytes themselves
// (an executable renamed .mp3 is refused there) and has the last word.
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export const KINDS: Record<string, string> = { audio: 'an mp3 or wav file', image: 'a png or jpeg image' };

export const megabytes = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** A sentence when the file cannot be right (too big, empty); null when it may be sent. */
export function fileProblem(file: File, type: string): string | null {
  if (file.size === 0) return `${file.name} is empty.`;
  if (file.size > MAX_UPLOAD_BYTES) return `${file.name} is ${megabytes(file.size)}; Zoom takes files of at most 10 MB.`;
  if (!(type in KINDS)) return 'Only audio and images are uploaded as files.';
  return null;
}
