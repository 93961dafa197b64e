import { createContext } from 'react';

/** What a node's button can ask of the page (passed by context: xyflow owns the node props). */
export interface DiagramActions {
  expand(arId: string): void;
  collapse(arId: string): void;
}

export const DiagramActionsContext = createContext<DiagramActions>({ expand: () => {}, collapse: () => {} });
