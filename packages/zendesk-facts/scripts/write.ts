// Deterministic output: fixed key order, operations sorted by path then method,
// one operation or field per line so that a change to the documents shows as a
// small diff.
import type { FactsFile, OperationFact } from '../src/facts';

const methodOrder = ['GET', 'POST', 'PUT', 'DELETE'];

function sortOps(ops: readonly OperationFact[]): OperationFact[] {
  return [...ops].sort((a, b) =>
    a.path === b.path ? methodOrder.indexOf(a.method) - methodOrder.indexOf(b.method) : a.path < b.path ? -1 : 1,
  );
}

export function serializeFacts(file: FactsFile): string {
  const { operations, resources, ...top } = file;
  const lines = Object.entries(top).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`);
  const res = Object.entries(resources).map(([name, r]) => {
    const { fields, ...rest } = r;
    const head = Object.entries(rest).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`);
    const fieldLines = Object.entries(fields).map(([f, fact]) => `    ${JSON.stringify(f)}:${JSON.stringify(fact)}`);
    return `  ${JSON.stringify(name)}:{${head.join(',')},"fields":{\n${fieldLines.join(',\n')}\n  }}`;
  });
  const ops = sortOps(operations).map((op) => `  ${JSON.stringify(op)}`);
  return `{\n${lines.join(',\n')},\n"resources":{\n${res.join(',\n')}\n},\n"operations":[\n${ops.join(',\n')}\n]}\n`;
}
