// Standalone simulator: `pnpm --filter @switchboard/zoom-sim start`.
// SIM_HOST (default 127.0.0.1), SIM_PORT (default 4010), SIM_PLAN, SIM_SEED,
// SIM_RECORD_FILE (append every API request as a JSON line).
import { DEMO_CREDENTIALS } from './demo-credentials';
import type { SimPlan } from './platform/rate-limit';
import { startSimulator } from './server';

const plans: SimPlan[] = ['pro', 'business', 'off'];
const plan = process.env.SIM_PLAN as SimPlan | undefined;
if (plan !== undefined && !plans.includes(plan)) {
  console.error(`SIM_PLAN must be one of ${plans.join(', ')}; got "${plan}".`);
  process.exit(1);
}
const port = Number(process.env.SIM_PORT ?? 4010);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`SIM_PORT must be a port number; got "${process.env.SIM_PORT}".`);
  process.exit(1);
}

const sim = await startSimulator({
  host: process.env.SIM_HOST ?? '127.0.0.1',
  port,
  plan,
  seed: process.env.SIM_SEED,
  recordFile: process.env.SIM_RECORD_FILE,
});
console.log(`Zoom simulator listening on ${sim.url} (files on ${sim.fileUrl})`);
console.log(`  OAuth: POST ${sim.url}/oauth/token?grant_type=account_credentials&account_id=${DEMO_CREDENTIALS.accountId}`);
console.log(`  client ${DEMO_CREDENTIALS.clientId} / secret ${DEMO_CREDENTIALS.clientSecret}; control plane at ${sim.url}/__sim/`);

const stop = () => {
  void sim.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
