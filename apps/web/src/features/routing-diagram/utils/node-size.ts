// How big a box will be, before it is drawn: the layout needs row heights up
// front. Widths are fixed (.routing-node); heights follow the words, wrapped
// greedily at a conservative number of characters per line, so an estimate
// errs tall (a little more space) rather than short (boxes overlapping).
// Keep these figures in step with routing-diagram.css.
import type { DiagramNode } from './diagram-graph';

export const NODE_WIDTH = 240;
const PADDING_AND_BORDER = 2 * 8 + 2 * 1;
const LINE = { kind: 13 * 1.35, label: 14 * 1.35, sublabel: 13 * 1.35 };
/** Characters that surely fit on one line of a box (the real figure is a few more). */
const PER_LINE = { label: 24, sublabel: 28 };
const ROW_GAP_INSIDE = 2;
const TOGGLE_BUTTON = 4 + 28;

/** Lines `text` takes when wrapped at `perLine` characters (words longer than a line break anywhere). */
export function wrappedLines(text: string, perLine: number): number {
  let lines = 0;
  let used = perLine; // forces a first line
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (word.length > perLine) {
      lines += Math.ceil(word.length / perLine);
      used = word.length % perLine || perLine;
    } else if (used + 1 + word.length <= perLine) used += 1 + word.length;
    else {
      lines++;
      used = word.length;
    }
  }
  return Math.max(1, lines);
}

export interface BoxParts {
  /** The small heading above the name (auto receptionists). */
  kindLine: boolean;
  label: string;
  sublabel: string | null;
  /** "Show its menu" / "Hide its menu". */
  toggle: boolean;
}

export function boxHeight(parts: BoxParts): number {
  // The start box's thicker border takes from its padding: every box has the same frame.
  let h = PADDING_AND_BORDER;
  if (parts.kindLine) h += LINE.kind + ROW_GAP_INSIDE;
  h += wrappedLines(parts.label, PER_LINE.label) * LINE.label;
  if (parts.sublabel) h += ROW_GAP_INSIDE + wrappedLines(parts.sublabel, PER_LINE.sublabel) * LINE.sublabel;
  if (parts.toggle) h += TOGGLE_BUTTON;
  return Math.ceil(h);
}

/** What a box shows, for drawing and for measuring alike. */
export function boxParts(node: DiagramNode, copy = false): BoxParts {
  const ar = node.kind === 'autoReceptionist';
  return {
    kindLine: ar,
    label: node.label,
    // An auto receptionist's kind is already its heading; a sublabel saying so again is dropped.
    sublabel: copy && ar && node.expanded ? 'Its menu is drawn above' : node.sublabel && !(ar && node.sublabel === 'Auto receptionist') ? node.sublabel : null,
    toggle: !copy && Boolean(node.expandArId || node.collapsible),
  };
}
