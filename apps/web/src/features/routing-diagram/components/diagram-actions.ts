import { createContext } from 'react';
import type { ClickContext } from '../utils/node-action';

/** What a node's button can ask of the page (passed by context: xyflow owns the node props). */
export interface DiagramActions {
  expand(arId: string): void;
  collapse(arId: string): void;
}

export interface DiagramContextValue extends DiagramActions {
  /** Who is looking and which menus are drawn: what a click on a box does. */
  click: ClickContext;
  /** The box whose panel is open. */
  selectedId: string | null;
}

export const DiagramActionsContext = createContext<DiagramContextValue>({
  expand: () => {},
  collapse: () => {},
  click: { canEdit: false, rootArId: '', rootMenu: 'business', otherHours: 'business' },
  selectedId: null,
});
