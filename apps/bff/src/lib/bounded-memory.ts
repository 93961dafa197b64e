// A small in-process memory of the last `capacity` values by key (oldest
// forgotten first): e.g. states handed out by version, so a 409 conflict can
// say what changed since the one the caller loaded.
export class BoundedMemory<V> {
  private readonly values = new Map<string, V>();

  constructor(private readonly capacity = 500) {}

  remember(key: string, value: V): void {
    this.values.delete(key);
    this.values.set(key, value);
    if (this.values.size > this.capacity) this.values.delete(this.values.keys().next().value!);
  }

  get(key: string): V | undefined {
    return this.values.get(key);
  }
}
