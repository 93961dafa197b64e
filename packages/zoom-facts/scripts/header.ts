import type { RateLabel } from '../src/facts';
import { splitList } from './md-text';

export interface HeaderFacts {
  scopes: string[];
  granularScopes: string[];
  label: RateLabel | null;
}

/** Reads "Scopes / Granular Scopes / Rate Limit Label" in either document style. */
export function headerFacts(text: string): HeaderFacts {
  const rawLabel = labelled(text, 'Rate Limit Label')[0]?.toLowerCase() ?? null;
  return {
    scopes: labelled(text, 'Scopes'),
    granularScopes: labelled(text, 'Granular Scopes'),
    label: toLabel(rawLabel),
  };
}

function toLabel(raw: string | null): RateLabel | null {
  if (raw === 'light' || raw === 'medium' || raw === 'heavy' || raw === 'resource-intensive')
    return raw;
  return null;
}

function labelled(text: string, name: string): string[] {
  // "**[Scopes](https://…):** `a`,`b`" (phone md and OpenAPI descriptions)
  const md = new RegExp(`\\*\\*\\[?${name}\\]?(?:\\([^)]*\\))?:\\*\\*[ \\t]*([^\\n*]*)`).exec(text);
  if (md?.[1]) return splitList(md[1]);
  // "Scopes: a,b" on its own line (contact center)
  const plain = new RegExp(`^${name}:[ \\t]*(.*)$`, 'm').exec(text);
  return plain?.[1] ? splitList(plain[1]) : [];
}
