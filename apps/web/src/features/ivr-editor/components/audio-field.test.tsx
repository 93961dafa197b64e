import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { DirectoryItem } from '@switchboard/contract/directory';
import { jsonResponse, renderWithProviders, stubFetch } from '@/testing/render';
import { AudioField } from './audio-field';

const prompt = (id: string, name: string, hasAudio?: boolean): DirectoryItem => ({
  type: 'audioPrompt',
  id,
  extensionId: null,
  extensionNumber: null,
  name,
  site: null,
  ...(hasAudio === undefined ? {} : { hasAudio }),
});
const welcome = prompt('audio-1', 'Main greeting', true);
const silent = prompt('audio-2', 'Uploaded elsewhere');
const holiday = prompt('audio-3', 'Holiday greeting', true);
const library = new Map([welcome, silent, holiday].map((p) => [p.id, p]));

function Harness({ initial }: { initial: string | null }) {
  const [id, setId] = useState(initial);
  return <AudioField label="Greeting prompt" audioId={id} audio={library} onSelect={(item) => setId(item.id)} />;
}

const player = () => document.querySelector('audio');

describe('AudioField playback', () => {
  it('offers a native player, labelled with the prompt, that loads only when played', () => {
    renderWithProviders(<Harness initial="audio-1" />);
    const audio = screen.getByLabelText('Play Main greeting');
    expect(audio.tagName).toBe('AUDIO');
    expect(audio.getAttribute('src')).toBe('/api/audio-prompts/audio-1/audio');
    expect(audio.hasAttribute('controls')).toBe(true);
    expect(audio.getAttribute('preload')).toBe('none');
    expect(screen.queryByText('No audio preview')).toBeNull();
  });

  it('says "No audio preview" when the prompt has no playable audio, and for a deleted prompt shows neither', () => {
    const { unmount } = renderWithProviders(<Harness initial="audio-2" />);
    expect(screen.getByText('No audio preview')).toBeTruthy();
    expect(player()).toBeNull();
    unmount();
    renderWithProviders(<Harness initial="removed_audio-1" />);
    expect(screen.getByText('deleted prompt')).toBeTruthy();
    expect(player()).toBeNull();
  });

  it('switches the player to the prompt chosen in the picker', async () => {
    stubFetch({ 'GET /api/directory': () => jsonResponse({ items: [welcome, silent, holiday] }) });
    const user = userEvent.setup();
    renderWithProviders(<Harness initial="audio-2" />);
    expect(player()).toBeNull();
    await user.click(screen.getByRole('combobox', { name: 'Greeting prompt' }));
    const listbox = await screen.findByRole('listbox');
    expect(within(listbox).getByRole('option', { name: /Uploaded elsewhere/ }).textContent).toContain('No audio preview');
    expect(within(listbox).getByRole('option', { name: /Holiday greeting/ }).textContent).not.toContain('No audio preview');
    await user.click(within(listbox).getByRole('option', { name: /Holiday greeting/ }));
    expect(screen.getByLabelText('Play Holiday greeting').getAttribute('src')).toBe('/api/audio-prompts/audio-3/audio');
    expect(screen.queryByText('No audio preview')).toBeNull();
  });
});
