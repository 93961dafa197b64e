// The generated JSON's type, declared so TypeScript does not infer one from
// half a megabyte of data on every type check.
import type { FactsFile } from '../src/facts';

declare const facts: FactsFile;
export default facts;
