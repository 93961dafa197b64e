// Time source. Tests pass their own clock to move time without sleeping.
export type Clock = () => number;

export const systemClock: Clock = () => Date.now();
