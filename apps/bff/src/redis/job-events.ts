// Job events over Redis pub/sub (features/jobs/job-events.ts): one channel per job.
import type { JobEventName } from '@switchboard/contract/jobs';
import type { JobEventBus, JobEventListener } from '../features/jobs/job-events';
import type { SharedRedis } from './connection';

export class RedisJobEvents implements JobEventBus {
  constructor(
    private readonly redis: SharedRedis,
    private readonly onError: (err: unknown) => void = () => undefined,
  ) {}

  private channel(jobId: string): string {
    return this.redis.key(`job:${jobId}:events`);
  }

  publish(jobId: string, event: JobEventName, data: unknown): void {
    this.redis.bus.publish(this.channel(jobId), JSON.stringify({ event, data })).catch(this.onError);
  }

  subscribe(jobId: string, listener: JobEventListener): Promise<() => void> {
    return this.redis.bus.subscribe(this.channel(jobId), (message) => {
      const { event, data } = JSON.parse(message) as { event: JobEventName; data: unknown };
      listener(event, data);
    });
  }
}
