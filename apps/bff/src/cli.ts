// Administration commands for a BFF connected to a real Zoom account:
//   node dist/cli.js add-user <email> <admin|support|manager> [full name]
// The password is read from standard input (hidden when typed at a terminal),
// never from the command line, where it would end up in shell history.
import { createInterface } from 'node:readline';
import { ConfigError, loadConfig } from './config/env';
import { openDatabase } from './db/database';
import { newUserSchema, upsertUser } from './auth/user-admin';

const USAGE = 'Usage: node apps/bff/dist/cli.js add-user <email> <admin|support|manager> [full name]';

function readPassword(): Promise<string> {
  return new Promise((resolve) => {
    const tty = process.stdin.isTTY;
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: tty });
    if (tty) {
      process.stdout.write('Password (12+ characters): ');
      // mute echo: readline writes typed characters through _writeToOutput
      (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => {};
    }
    rl.once('line', (line) => {
      rl.close();
      if (tty) process.stdout.write('\n');
      resolve(line);
    });
  });
}

async function main(argv: string[]): Promise<number> {
  const [command, email, role, ...nameParts] = argv;
  if (command !== 'add-user' || !email || !role) {
    console.error(USAGE);
    return 2;
  }
  const config = loadConfig();
  const password = await readPassword();
  const parsed = newUserSchema.safeParse({ email, role, name: nameParts.join(' ') || email.split('@')[0], password });
  if (!parsed.success) {
    console.error(parsed.error.issues.map((i) => i.message).join('\n'));
    return 2;
  }
  const database = await openDatabase(config.db);
  try {
    const result = await upsertUser(database.db, parsed.data);
    console.log(`${result === 'created' ? 'Created' : 'Updated'} ${parsed.data.email} as ${parsed.data.role}.`);
    return 0;
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof ConfigError ? err.message : `add-user failed: ${(err as Error).message}`);
    process.exit(1);
  },
);
