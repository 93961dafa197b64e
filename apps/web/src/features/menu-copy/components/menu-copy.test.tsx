import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AutoReceptionistSummary } from '@switchboard/contract/auto-receptionists';
import type { IvrCopyPlanResponse } from '@switchboard/contract/ivr-copy';
import { setCsrfToken } from '@/lib/api-client';
import { jsonResponse, renderWithProviders, stubFetch } from '@/testing/render';
import { MenuCopy } from './menu-copy';

const sf = { id: 'sf', name: 'San Francisco' };
const ldn = { id: 'ldn', name: 'London' };
const ar = (id: string, name: string, site: typeof sf): AutoReceptionistSummary => ({
  id,
  name,
  extensionId: `${id}-ext`,
  extensionNumber: `80${id.length}`,
  site,
  timezone: null,
  phoneNumbers: [],
});
const ARS = [ar('main', 'Main line', sf), ar('support', 'Support menu', sf), ar('london', 'London line', ldn), ar('sydney', 'Sydney line', ldn)];

const patch = (path: string) => ({ method: 'PATCH', path, body: {} });
const LONDON_CROSS_SITE = 'London line would route key 1 to Sales (San Francisco) and play the greeting “Main greeting (San Francisco)”.';
const PLAN: IvrCopyPlanResponse = {
  source: { arId: 'main', name: 'Main line', version: 'v-source', site: sf },
  hours: 'business',
  targets: [
    {
      arId: 'london',
      name: 'London line',
      version: 'v1',
      ops: [
        { description: 'Key 1: forward to call queue Sales (ext 6001) instead of disabled', field: 'key:1', request: patch('/x') },
        { description: 'Key 2: forward to Maria Lopez (ext 1012) instead of disabled', field: 'key:2', request: patch('/x') },
      ],
      diff: [],
      warnings: ['Greeting prompt: the source menu has none, but Zoom cannot remove a prompt, so this auto receptionist keeps its own.'],
      error: null,
      refusal: null,
      crossSite: { sourceSite: sf, targetSite: ldn, items: ['key 1 to Sales (San Francisco)'], sentence: LONDON_CROSS_SITE },
    },
    { arId: 'sydney', name: 'Sydney line', version: 'v2', ops: [], diff: [], warnings: [], error: null, refusal: null, crossSite: null },
    {
      arId: 'support',
      name: 'Support menu',
      version: 'v3',
      ops: [{ description: 'Key 2: forward to auto receptionist Support menu (ext 802) instead of Disabled', field: 'key:2', request: patch('/x') }],
      diff: [],
      warnings: [],
      error: null,
      refusal: 'Support menu would forward callers to itself on key 2: a loop they cannot leave, so it is not copied to.',
      crossSite: null,
    },
  ],
};
const planFor = (ids: string[]): IvrCopyPlanResponse => ({ ...PLAN, targets: PLAN.targets.filter((t) => ids.includes(t.arId)) });

function Harness({ onStarted }: { onStarted: (id: string) => void }) {
  const [filter, setFilter] = useState({ q: '', site: '' });
  return (
    <MenuCopy
      source={{ id: 'main', name: 'Main line' }}
      hours="business"
      ars={ARS}
      sites={[sf, ldn]}
      zoomPlan="pro"
      q={filter.q}
      siteId={filter.site}
      onFilterChange={(k, v) => setFilter((f) => ({ ...f, [k]: v }))}
      onStarted={onStarted}
    />
  );
}

function setup(onStarted = vi.fn()) {
  setCsrfToken('csrf-1');
  const api = stubFetch({
    'POST /api/auto-receptionists/main/ivr/copy/plan': async (req) => jsonResponse(planFor(((await req.clone().json()) as { targets: string[] }).targets)),
    'POST /api/jobs/copy-ivr': () => jsonResponse({ jobId: 'job-1' }, 202),
  });
  renderWithProviders(<Harness onStarted={onStarted} />);
  return { api, onStarted };
}

describe('MenuCopy', () => {
  it('lists every auto receptionist but the source, filtered by site and search', async () => {
    setup();
    expect(screen.queryByRole('checkbox', { name: /Main line/ })).toBeNull();
    expect(screen.getAllByRole('checkbox')).toHaveLength(3);
    await userEvent.selectOptions(screen.getByLabelText('Site'), 'ldn');
    expect(screen.getAllByRole('checkbox').map((c) => c.closest('label')!.textContent)).toEqual([
      expect.stringContaining('London line'),
      expect.stringContaining('Sydney line'),
    ]);
    await userEvent.type(screen.getByLabelText('Search'), 'syd');
    expect(screen.getAllByRole('checkbox')).toHaveLength(1);
    expect(screen.getByText(/1 of 3 shown/)).toBeTruthy();
  });

  it('previews each chosen target in sentences with warnings, counts and the rate-limit estimate, then starts the job', async () => {
    const { api, onStarted } = setup();
    expect((screen.getByRole('button', { name: 'Preview' }) as HTMLButtonElement).disabled).toBe(true);
    await userEvent.click(screen.getByRole('checkbox', { name: /London line/ }));
    await userEvent.click(screen.getByRole('checkbox', { name: /Sydney line/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Preview' }));

    await screen.findByRole('heading', { name: /Preview/ });
    const planReq = api.calls.find((r) => r.url.endsWith('/copy/plan'))!;
    expect(await planReq.clone().json()).toEqual({ hours: 'business', targets: ['london', 'sydney'] });

    const london = screen.getByRole('heading', { name: 'London line' }).closest('li')!;
    expect(within(london).getByText('2 Zoom writes')).toBeTruthy();
    expect(within(london).getByRole('list', { name: 'Changes to London line' }).textContent).toContain(
      'Key 2: forward to Maria Lopez (ext 1012) instead of disabled',
    );
    expect(within(london).getByRole('list', { name: 'Warnings for London line' }).textContent).toContain('keeps its own');
    const sydney = screen.getByRole('heading', { name: 'Sydney line' }).closest('li')!;
    expect(within(sydney).getByText('Already the same')).toBeTruthy();
    // 1 source read + 2 targets × (read + read back) + 2 writes = 7 requests at 20/s on Pro
    expect(screen.getByTestId('copy-estimate').textContent).toMatch(/2 changes to write across 2 auto receptionists: about 7 Zoom requests .*Pro plan’s 20 requests per second that takes at least 0\.4 seconds\./);

    // London is on another site: said by name, and starting waits for an explicit yes.
    expect(within(london).getByText('Another site: London')).toBeTruthy();
    const warning = screen.getByRole('region', { name: 'One auto receptionist is on another site than San Francisco' });
    expect(within(warning).getByText(LONDON_CROSS_SITE)).toBeTruthy();
    const start = screen.getByRole('button', { name: 'Start copy to 2 auto receptionists' }) as HTMLButtonElement;
    expect(start.disabled).toBe(true);
    await userEvent.click(within(warning).getByRole('checkbox', { name: 'Yes, route this auto receptionist to San Francisco’s queues and greeting' }));
    expect(start.disabled).toBe(false);

    await userEvent.click(start);
    await vi.waitFor(() => expect(onStarted).toHaveBeenCalledWith('job-1'));
    const jobReq = api.calls.find((r) => r.url.endsWith('/api/jobs/copy-ivr'))!;
    expect(jobReq.headers.get('x-csrf-token')).toBe('csrf-1');
    expect(await jobReq.clone().json()).toEqual({
      sourceId: 'main',
      hours: 'business',
      targets: ['london', 'sydney'],
      sourceVersion: 'v-source',
      confirmCrossSite: true,
    });
  });

  it('a refused target is marked with its sentence and left out of the job; no confirmation when no target crosses sites', async () => {
    const { api } = setup();
    await userEvent.click(screen.getByRole('checkbox', { name: /Sydney line/ }));
    await userEvent.click(screen.getByRole('checkbox', { name: /Support menu/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Preview' }));
    const support = (await screen.findByRole('heading', { name: 'Support menu' })).closest('li')!;
    expect(within(support).getByText('Refused: would trap callers')).toBeTruthy();
    expect(within(support).getByText(/would forward callers to itself on key 2/)).toBeTruthy();
    expect(within(support).queryByRole('list', { name: 'Changes to Support menu' })).toBeNull();
    expect(screen.getByTestId('copy-estimate').textContent).toMatch(/1 auto receptionist cannot be copied to and will be left out\./);
    expect(screen.queryByRole('checkbox', { name: /^Yes, route/ })).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Start copy to 1 auto receptionist' }));
    await vi.waitFor(() => expect(api.calls.some((r) => r.url.endsWith('/api/jobs/copy-ivr'))).toBe(true));
    const jobReq = api.calls.find((r) => r.url.endsWith('/api/jobs/copy-ivr'))!;
    expect(await jobReq.clone().json()).toEqual({ sourceId: 'main', hours: 'business', targets: ['sydney'], sourceVersion: 'v-source' });
  });

  it('the exact request behind each change is one disclosure away', async () => {
    setup();
    await userEvent.click(screen.getByRole('checkbox', { name: /London line/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Preview' }));
    const changes = await screen.findByRole('list', { name: 'Changes to London line' });
    expect(within(changes).getAllByText('The exact request to Zoom')).toHaveLength(2);
    expect(changes.querySelector('pre')!.textContent).toBe('PATCH /x\n{}');
  });

  it('asks for a new preview when the choice changes after one', async () => {
    setup();
    await userEvent.click(screen.getByRole('checkbox', { name: /London line/ }));
    await userEvent.click(screen.getByRole('checkbox', { name: /Sydney line/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Preview' }));
    await screen.findByRole('heading', { name: /Preview/ });
    await userEvent.click(screen.getByRole('checkbox', { name: /Support menu/ }));
    expect(screen.queryByRole('button', { name: /Start copy/ })).toBeNull();
    expect(screen.getByText(/preview again before starting/)).toBeTruthy();
  });
});
