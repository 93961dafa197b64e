import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { IVR_KEYS, defaultKeyAction } from '@switchboard/zoom-schema/ivr-actions';
import { menuSchema } from '@switchboard/routing-core/ivr/menu';
import { renderWithProviders } from '@/testing/render';
import { MenuView } from '@/features/ivr/components/menu-view';
import { destinationHref } from './destination-href';

const ars = [{ id: 'ar-support', name: 'Support Menu', extensionId: 'ext-support', extensionNumber: '802', site: null, timezone: null, phoneNumbers: [] }];
const keys = Object.fromEntries(IVR_KEYS.map((k) => [k, { action: defaultKeyAction(k), target: null }]));
const menu = menuSchema.parse({
  prompt: { id: null },
  noAction: { repeat: 1, action: 7, target: { extensionId: 'ext-billing', name: 'Billing', type: 'callQueue' } },
  keys: {
    ...keys,
    '1': { action: 7, target: { extensionId: 'ext-sales', name: 'Sales', extensionNumber: '6001', type: 'callQueue' } },
    '2': { action: 6, target: { extensionId: 'ext-support', name: 'Support Menu', extensionNumber: '802', type: 'autoReceptionist' } },
    '3': { action: 2, target: { extensionId: 'ext-maria', name: 'Maria Lopez', extensionNumber: '1012', type: 'user' } },
    '4': { action: 6, target: { extensionId: 'ext-gone', name: 'Old menu', type: 'autoReceptionist' } },
    '5': { action: 9, target: { phoneNumber: '+14155550123' } },
  },
});

describe('a menu in words links each destination that is an extension to its page', () => {
  it('a call queue and a user to their hours, an auto receptionist to its own page, numbers nowhere', () => {
    renderWithProviders(<MenuView menu={menu} destinationHref={destinationHref(ars)} />);
    const row = (key: string) => document.querySelector(`tr[data-key="${key}"]`) as HTMLElement;
    expect(within(row('1')).getByRole('link', { name: /Sales/ }).getAttribute('href')).toBe('/extensions/ext-sales/hours');
    expect(within(row('2')).getByRole('link', { name: /Support Menu/ }).getAttribute('href')).toBe('/auto-receptionists/ar-support');
    expect(within(row('3')).getByRole('link', { name: /Maria Lopez/ }).getAttribute('href')).toBe('/extensions/ext-maria/hours');
    // An auto receptionist not in the list has no page to go to: words, no link.
    expect(within(row('4')).queryByRole('link')).toBeNull();
    expect(within(row('5')).queryByRole('link')).toBeNull();
    expect(screen.getByRole('link', { name: 'See where it forwards' }).getAttribute('href')).toBe('/extensions/ext-billing/hours');
  });
});
