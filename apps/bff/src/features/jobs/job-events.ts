// A job's live events for browsers following it from another replica: the
// replica running the job publishes each event; a replica serving the job's
// event stream subscribes. Without REDIS_URL there is one process and no bus.
import type { JobEventName } from '@switchboard/contract/jobs';

export type JobEventListener = (event: JobEventName, data: unknown) => void;

export interface JobEventBus {
  publish(jobId: string, event: JobEventName, data: unknown): void;
  /** Resolves once listening (nothing published after it is missed); returns how to stop. */
  subscribe(jobId: string, listener: JobEventListener): Promise<() => void>;
}
