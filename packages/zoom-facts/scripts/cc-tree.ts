// Contact Center documents nest fields as indented bullets:
//   "  • name (required)" then, two spaces deeper, "type[, possible values: …][, default: …][, format: …] — prose";
// an object's fields and an array's "Items:" sit at the type line's indent.
import type { ArrayFact, ObjectFact, SchemaFact } from '../src/facts';
import { applyEnum } from './tree';
import { proseSaysNullable } from './md-text';

interface Line {
  indent: number;
  text: string;
}

const typeLineRe = /^(string|integer|number|boolean|object|array)( \| null)?(.*)$/;
const bulletRe = /^• (.+?)( \(required\))?$/;

export class TreeParser {
  private i = 0;
  private readonly lines: Line[];

  constructor(raw: string[]) {
    this.lines = raw
      .filter((l) => l.trim().length > 0)
      .map((l) => ({ indent: l.length - l.trimStart().length, text: l.trim() }));
  }

  /** The root schema; `leftover` counts lines the grammar did not account for. */
  parse(): { schema: SchemaFact | null; leftover: number } {
    if (this.lines.length === 0) return { schema: null, leftover: 0 };
    let schema: SchemaFact;
    if (this.lines[0]?.text === 'Array of:') {
      this.i++;
      const array: ArrayFact = { type: 'array' };
      const items = this.props(this.lines[this.i]?.indent ?? 2, array);
      if (items) array.items = items;
      schema = array;
    } else {
      schema = this.props(this.lines[0]?.indent ?? 2, null) ?? { type: 'any' };
    }
    return { schema, leftover: this.lines.length - this.i };
  }

  /** Bullets at exactly `indent` as one object; "Max items: N" bullets constrain `array`. */
  private props(indent: number, array: ArrayFact | null): ObjectFact | null {
    const properties: Record<string, SchemaFact> = {};
    const required: string[] = [];
    let any = false;
    for (let line = this.lines[this.i]; line && line.indent === indent; line = this.lines[this.i]) {
      const bullet = bulletRe.exec(line.text);
      if (!bullet) break;
      this.i++;
      const limit = /^(Max|Min) items: (\d+)$/.exec(bullet[1] ?? '');
      if (limit) {
        if (array) array[limit[1] === 'Max' ? 'maxItems' : 'minItems'] = Number(limit[2]);
        continue;
      }
      const name = bullet[1] ?? '';
      any = true;
      if (bullet[2]) required.push(name);
      const next = this.lines[this.i];
      properties[name] =
        next && next.indent === indent + 2 && typeLineRe.test(next.text)
          ? this.node(indent + 2)
          : { type: 'any' };
    }
    if (!any) return null;
    const fact: ObjectFact = { type: 'object', properties };
    if (required.length > 0) fact.required = required;
    return fact;
  }

  /** The type line at the cursor, plus the fields or items that follow it. */
  private node(indent: number): SchemaFact {
    const line = this.lines[this.i++] as Line;
    const m = typeLineRe.exec(line.text) as RegExpExecArray;
    const type = m[1] as 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array';
    const [attrs = '', ...prose] = (m[3] ?? '').split(' — ');
    const fact = this.shape(type, indent);
    applyAttrs(fact, attrs);
    if (
      (m[2] || proseSaysNullable(prose.join(' — '))) &&
      !('type' in fact && fact.type === 'any')
    ) {
      (fact as { nullable?: true }).nullable = true;
    }
    return fact;
  }

  private shape(type: string, indent: number): SchemaFact {
    if (type === 'object') return this.props(indent, null) ?? { type: 'object', additional: true };
    if (type !== 'array') return { type } as SchemaFact;
    const array: ArrayFact = { type: 'array' };
    if (this.lines[this.i]?.indent === indent && this.lines[this.i]?.text === 'Items:') {
      this.i++;
      const next = this.lines[this.i];
      if (next?.indent === indent && typeLineRe.test(next.text)) array.items = this.node(indent);
      else if (next?.indent === indent) {
        const items = this.props(indent, array);
        if (items) array.items = items;
      }
    }
    return array;
  }
}

function applyAttrs(fact: SchemaFact, attrs: string): void {
  const parts = attrs.split(/, (?=(?:possible values|default|format): )/);
  for (const part of parts) {
    const m = /^(?:, )?(possible values|default|format): (.*)$/.exec(part);
    if (!m) continue;
    const value = (m[2] ?? '').trim();
    if (m[1] === 'possible values') applyEnum(fact, value);
    if (m[1] === 'format' && 'type' in fact && fact.type === 'string') fact.format = value;
  }
}
