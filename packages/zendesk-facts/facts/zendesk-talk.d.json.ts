// The generated JSON's type, declared so TypeScript checks the data against
// it instead of inferring one from the file.
import type { FactsFile } from '../src/facts';

declare const facts: FactsFile;
export default facts;
