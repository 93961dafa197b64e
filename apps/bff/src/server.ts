// Start the BFF and listen. Nothing else lives here.
import { ConfigError, loadConfig } from './config/env';
import { buildApp } from './build-app';

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  const app = await buildApp({ config });
  const shutdown = async (signal: string) => {
    app.log.info(`${signal}: shutting down`);
    await app.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  try {
    const address = await app.listen({ host: config.host, port: config.port });
    const mode =
      config.mode === 'demo'
        ? `Demo mode — simulated Zoom account at ${app.zoomConnection.simulatorUrl}`
        : `Zoom account via ${config.zoom.apiBaseUrl}`;
    const where = address.replace('0.0.0.0', '127.0.0.1');
    app.log.info(`Switchboard is ready at ${where} (${mode}).`);
    // one plain line for the person who started it (the log above is JSON)
    console.log(
      `\nSwitchboard is ready: ${where}\n${
        config.mode === 'demo' ? 'Demo mode — simulated Zoom account. Sign in as admin@example.com, support@example.com or manager@example.com (password switchboard-demo).' : mode
      }\n`,
    );
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    app.log.error(
      code === 'EADDRINUSE'
        ? `Port ${config.port} on ${config.host} is already in use. Stop the other program or set PORT.`
        : `Switchboard could not listen on ${config.host}:${config.port}: ${(err as Error).message}`,
    );
    await app.close();
    process.exit(1);
  }
}

void main();
