// Seeded randomness for fault rates: the same faults, the same failures, run after run.
export class Prng {
  private state: number;

  constructor(seed = 0x5eed) {
    this.state = seed | 0 || 1;
  }

  /** mulberry32: uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
}
