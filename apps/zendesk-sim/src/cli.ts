// Standalone simulator: `pnpm --filter @switchboard/zendesk-sim start`.
// SIM_HOST (default 127.0.0.1), SIM_PORT (default 4011), SIM_PLAN
// (professional | enterprise | off | requests per minute), SIM_RECORD_FILE
// (append every API request as a JSON line).
import { DEMO_ZENDESK_CREDENTIALS } from './demo-credentials';
import type { SimPlan } from './platform/rate-limit';
import { startSimulator } from './server';

function planOf(raw: string | undefined): SimPlan | undefined {
  if (raw === undefined) return undefined;
  if (raw === 'professional' || raw === 'enterprise' || raw === 'off') return raw;
  if (/^\d+$/.test(raw) && Number(raw) > 0) return Number(raw);
  console.error(`SIM_PLAN must be professional, enterprise, off or a number of requests per minute; got "${raw}".`);
  process.exit(1);
}

const port = Number(process.env.SIM_PORT ?? 4011);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`SIM_PORT must be a port number; got "${process.env.SIM_PORT}".`);
  process.exit(1);
}

const sim = await startSimulator({
  host: process.env.SIM_HOST ?? '127.0.0.1',
  port,
  plan: planOf(process.env.SIM_PLAN),
  recordFile: process.env.SIM_RECORD_FILE,
});
const { email, apiToken } = DEMO_ZENDESK_CREDENTIALS;
console.log(`Zendesk Talk simulator listening on ${sim.url} (API ${sim.url}/api/v2/channels/voice/ivr)`);
console.log(`  Basic auth ${email}/token:${apiToken}; control plane at ${sim.url}/__sim/`);

const stop = () => {
  void sim.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
