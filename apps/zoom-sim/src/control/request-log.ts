// What clients asked of the simulated Zoom: /v2 and /oauth calls, oldest first.
export interface LoggedRequest {
  method: string;
  path: string;
  query: Record<string, unknown>;
  body: unknown;
  status: number;
  at: string;
}

export class RequestLog {
  private entries: LoggedRequest[] = [];

  add(entry: LoggedRequest) {
    this.entries.push(entry);
  }

  list(): LoggedRequest[] {
    return [...this.entries];
  }

  clear() {
    this.entries = [];
  }
}
