// What clicking a box does, for the signed-in role — every box does something
// and none leads to a page the role cannot use:
// - a key, the greeting or "no key pressed": admins get the editor on that
//   part; support and managers the menu in words with that part marked;
// - an auto receptionist whose menu is not drawn: draws it here;
// - anything else (a drawn auto receptionist, a call queue, a user, a
//   voicemail box…): a panel saying what it is, with a queue's members and,
//   for an auto receptionist, links the role can follow.
import { kindNoun } from '@switchboard/routing-core/ivr/describe';
import { paths, type MenuPart } from '@/config/paths';
import type { DiagramNode, MenuPartRef } from './diagram-graph';

export interface ClickContext {
  /** Admins edit menus; support and managers read them. */
  canEdit: boolean;
  rootArId: string;
  /** The root's menu as the `menu` query value: business, closed or holiday:<id>. */
  rootMenu: string;
  /** Other auto receptionists' menus are drawn for these hours. */
  otherHours: 'business' | 'closed';
}

export type NodeClick =
  | { kind: 'open'; href: string; title: string }
  | { kind: 'expand'; arId: string; title: string }
  | { kind: 'details'; title: string };

const menuOf = (arId: string, ctx: ClickContext) => (arId === ctx.rootArId ? ctx.rootMenu : ctx.otherHours);

const partWords = (part: MenuPartRef) =>
  'key' in part ? `key ${part.key}` : part.part === 'greeting' ? 'the greeting' : '“no key pressed”';

const toMenuPart = (part: MenuPartRef): MenuPart => ('key' in part ? { key: part.key } : { part: part.part });

/** The editor on that part (admins) or the menu in words with it marked (everyone else). */
export function partHref(part: MenuPartRef, ctx: ClickContext): string {
  const menu = menuOf(part.arId, ctx);
  return ctx.canEdit
    ? paths.autoReceptionistEditor(part.arId, menu, toMenuPart(part))
    : paths.autoReceptionistMenu(part.arId, menu, toMenuPart(part));
}

export function partLinkTitle(part: MenuPartRef, ctx: ClickContext): string {
  return ctx.canEdit ? `Change ${partWords(part)} in the editor` : `Read ${partWords(part)} in the menu`;
}

export function nodeClick(node: DiagramNode, ctx: ClickContext): NodeClick {
  if (node.part) return { kind: 'open', href: partHref(node.part, ctx), title: partLinkTitle(node.part, ctx) };
  if (node.kind === 'autoReceptionist' && node.expandArId) return { kind: 'expand', arId: node.expandArId, title: 'Draw its menu here' };
  if (node.kind === 'target' && node.targetKind === 'callQueue') return { kind: 'details', title: 'See who answers this queue' };
  return { kind: 'details', title: 'See what this is' };
}

export interface NodeLink {
  label: string;
  href: string;
}

export interface NodeDetails {
  /** What kind of thing it is, as a heading's eyebrow ("Call queue"). */
  kind: string;
  description: string;
  /** Call queues: the extension id the queue is found by. */
  queueExtensionId?: string;
  /** Pages the role can use about it. */
  links: NodeLink[];
}

const upperFirst = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

const TARGET_SENTENCE: Record<string, string> = {
  user: 'The call rings this person.',
  zoomRoom: 'The call rings this Zoom Room.',
  commonArea: 'The call rings this shared phone (a common area, such as a lobby phone).',
  ciscoRoom: 'The call rings this Cisco or Polycom room.',
  sharedLineGroup: 'The call rings the phones of this shared line group.',
  externalContact: 'The call goes to this external contact, outside the account.',
  contactCenter: 'The call goes to this Zoom Contact Center entry point.',
  meetingService: 'The call joins this meeting service.',
  phoneNumber: 'The call is forwarded to this phone number.',
  callQueue: 'Calls wait in this queue until one of its members answers.',
};

/** The panel a click opens, for boxes that open one. */
export function nodeDetails(node: DiagramNode, ctx: ClickContext): NodeDetails {
  switch (node.kind) {
    case 'autoReceptionist': {
      const arId = node.ownArId;
      if (!arId) {
        return {
          kind: 'Auto receptionist',
          description: 'It is not in this account’s list of auto receptionists, so its menu cannot be drawn.',
          links: [],
        };
      }
      const menu = menuOf(arId, ctx);
      const links: NodeLink[] = [{ label: 'Read its menu', href: paths.autoReceptionistMenu(arId, menu) }];
      if (ctx.canEdit) links.push({ label: 'Edit its menu', href: paths.autoReceptionistEditor(arId, menu) });
      if (arId !== ctx.rootArId) links.push({ label: 'Open its own routing diagram', href: paths.autoReceptionistDiagram(arId, ctx.otherHours) });
      return {
        kind: arId === ctx.rootArId ? 'Auto receptionist · where the call starts' : 'Auto receptionist',
        description: node.expanded
          ? 'Its greeting and keys are drawn to its right.'
          : 'Its menu is not drawn here yet.',
        links,
      };
    }
    case 'voicemail':
      return { kind: 'Voicemail', description: 'The caller leaves a message in this voicemail box.', links: [] };
    case 'hangup':
      return { kind: 'End of the call', description: 'The call is disconnected.', links: [] };
    case 'menuAction':
      return {
        kind: 'Menu action',
        description: 'The caller goes back to the menu of the auto receptionist that sent the call here.',
        links: [],
      };
    default: {
      const kind = node.targetKind;
      return {
        kind: kind ? upperFirst(kindNoun(kind)) : 'Destination',
        description: (kind && TARGET_SENTENCE[kind]) || 'Where the call goes.',
        ...(kind === 'callQueue' && node.extensionId ? { queueExtensionId: node.extensionId } : {}),
        links: [],
      };
    }
  }
}

/** The sentence above the drawing: what a click does, for this role. */
export function diagramHelp(canEdit: boolean): string {
  const parts = canEdit
    ? 'Click a key, the greeting or “No key pressed” to change it in the editor'
    : 'Click a key, the greeting or “No key pressed” to read it in the auto receptionist’s menu';
  return `${parts}; click an auto receptionist to draw its menu here, a call queue to see who answers it, or any other box to see what it is. Drag to move around the drawing; the list below it says the same in words.`;
}
