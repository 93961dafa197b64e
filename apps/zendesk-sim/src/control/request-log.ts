// What clients asked of the simulated Zendesk: /api calls, oldest first.
export interface LoggedRequest {
  method: string;
  /** as sent, e.g. /api/v2/channels/voice/ivr/10001.json */
  path: string;
  query: Record<string, unknown>;
  body: unknown;
  status: number;
  at: string;
}

/** Demo mode runs for days: keep the newest entries only. */
export const REQUEST_LOG_LIMIT = 5000;

export class RequestLog {
  private entries: LoggedRequest[] = [];

  constructor(private readonly limit = REQUEST_LOG_LIMIT) {}

  add(entry: LoggedRequest) {
    this.entries.push(entry);
    if (this.entries.length > this.limit) this.entries.splice(0, this.entries.length - this.limit);
  }

  list(): LoggedRequest[] {
    return [...this.entries];
  }

  clear() {
    this.entries = [];
  }
}
