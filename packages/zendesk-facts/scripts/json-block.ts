// The documents print JSON examples one token group per line ("id" : 10001 ,).
// Reads the balanced block that starts at a line beginning with { or [.

export interface JsonBlock {
  value: unknown;
  /** index of the line after the block */
  end: number;
}

export function readJsonBlock(lines: readonly string[], start: number): JsonBlock | undefined {
  const first = lines[start]?.trim() ?? '';
  if (!first.startsWith('{') && !first.startsWith('[')) return undefined;
  let depth = 0;
  const taken: string[] = [];
  for (let i = start; i < lines.length; i++) {
    const line = lines[i] ?? '';
    taken.push(line);
    depth += balance(line);
    if (depth === 0) {
      try {
        return { value: JSON.parse(taken.join('\n')) as unknown, end: i + 1 };
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/** Opening minus closing brackets outside string literals. */
function balance(line: string): number {
  let n = 0;
  let inString = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') n++;
    else if (c === '}' || c === ']') n--;
  }
  return n;
}
