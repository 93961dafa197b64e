// A counting semaphore whose waiting line is bounded and has two lanes.
// Callers beyond the bound are refused at once (QueueFullError) instead of
// piling up: for password hashing every waiter is a future 128 MB allocation
// and a reply that only gets later. The front lane goes first, and a front
// caller arriving at a full line takes the place of the newest back-lane
// waiter, so work marked urgent cannot be starved by a flood of the rest.

export class QueueFullError extends Error {
  override name = 'QueueFullError';
}

export type Lane = 'front' | 'back';

interface Waiter {
  grant: () => void;
  refuse: (err: QueueFullError) => void;
}

export class BoundedSemaphore {
  private active = 0;
  private readonly front: Waiter[] = [];
  private readonly back: Waiter[] = [];

  constructor(
    readonly concurrent: number,
    readonly maxWaiting: number,
  ) {
    if (!(concurrent >= 1) || !(maxWaiting >= 0)) throw new RangeError('concurrent must be ≥ 1 and maxWaiting ≥ 0');
  }

  get running(): number {
    return this.active;
  }

  get waiting(): number {
    return this.front.length + this.back.length;
  }

  /** Resolves with a release function once a slot is free; rejects with QueueFullError if the line is full. */
  acquire(lane: Lane = 'back'): Promise<() => void> {
    if (this.active < this.concurrent && this.waiting === 0) {
      this.active++;
      return Promise.resolve(this.releaser());
    }
    if (this.waiting >= this.maxWaiting) {
      const evicted = lane === 'front' ? this.back.pop() : undefined;
      if (!evicted) return Promise.reject(new QueueFullError('The waiting line is full.'));
      evicted.refuse(new QueueFullError('Displaced by a front-lane caller.'));
    }
    return new Promise((resolve, reject) => {
      const waiter: Waiter = { grant: () => resolve(this.releaser()), refuse: reject };
      (lane === 'front' ? this.front : this.back).push(waiter);
    });
  }

  async run<T>(fn: () => Promise<T>, lane: Lane = 'back'): Promise<T> {
    const release = await this.acquire(lane);
    try {
      return await fn();
    } finally {
      release();
    }
  }

  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.front.shift() ?? this.back.shift();
      // the slot passes straight to the next waiter, so a newcomer cannot jump the line
      if (next) next.grant();
      else this.active--;
    };
  }
}
