import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import type { RouteNode } from '@switchboard/contract/routing';
import { renderWithProviders } from '@/testing/render';
import { RouteTree } from './route-tree';

const leaf = (label: string): RouteNode => ({ kind: 'user', label, children: [] });
const tree: RouteNode = {
  kind: 'auto_receptionist',
  label: 'Main Line – Sydney (ext 8006)',
  href: '/auto-receptionists/ar-1',
  children: [
    {
      kind: 'menu',
      label: 'The business-hours menu',
      children: [{ kind: 'key', label: 'Key 1', detail: 'Forward to call queue APAC Support', children: [{ kind: 'call_queue', label: 'APAC Support', detail: '3 members', children: [leaf('Omar Clarke')] }] }],
    },
  ],
};

describe('RouteTree', () => {
  test('the entry point starts open; deeper branches are drawn only once opened, and fold again', async () => {
    renderWithProviders(<RouteTree root={tree} />);
    expect(screen.getByRole('link', { name: 'Main Line – Sydney (ext 8006)' }).getAttribute('href')).toBe('/auto-receptionists/ar-1');
    expect(screen.getByText('The business-hours menu')).toBeTruthy();
    expect(screen.queryByText('Key 1')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Open The business-hours menu' }));
    expect(screen.getByText('Key 1')).toBeTruthy();
    expect(screen.queryByText('APAC Support')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Open Key 1' }));
    expect(screen.getByText('APAC Support')).toBeTruthy();
    expect(screen.queryByText('Omar Clarke')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Fold Key 1' }));
    expect(screen.queryByText('APAC Support')).toBeNull();
  });
});
