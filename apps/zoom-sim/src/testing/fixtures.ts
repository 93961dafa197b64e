// Finding seeded objects by name through the API, the way a client would.
import type { Harness } from './harness';

type Named = { id: string; name?: string; display_name?: string; extension_id?: string; extension_number?: number };

export async function findByName(h: Harness, path: string, key: string, name: string): Promise<Named> {
  const list = await h.json<Record<string, Named[]>>('GET', `${path}?page_size=300`);
  const item = (list[key] ?? []).find((x) => x.name === name || x.display_name === name);
  if (!item) throw new Error(`${name} not in ${path}`);
  return item;
}

export const mainAr = (h: Harness) => findByName(h, '/phone/auto_receptionists', 'auto_receptionists', 'Main Line – San Francisco');

export async function someUser(h: Harness, index = 3) {
  const list = await h.json<{ users: Required<Named>[] }>('GET', '/phone/users?page_size=100');
  const user = list.users[index];
  if (!user) throw new Error('no user');
  return user;
}

export async function firstAudio(h: Harness, index = 0) {
  const list = await h.json<{ audios: Array<{ audio_id: string; name: string }> }>('GET', '/phone/users/me/audios');
  const audio = list.audios[index];
  if (!audio) throw new Error('no audio');
  return audio;
}
