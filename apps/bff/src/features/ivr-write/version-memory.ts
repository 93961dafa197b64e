// Menus the BFF has handed out, by version, so a 409 conflict can say what
// changed in Zoom since the menu the caller loaded (the request carries only
// its version). In-process and bounded; a caller may also send the menu it
// loaded (`baseMenu`), which works across replicas.
import type { Menu } from '@switchboard/routing-core/ivr/menu';
import { menuVersion } from '@switchboard/routing-core/ivr/version';

export class VersionMemory {
  private readonly menus = new Map<string, Menu>();

  constructor(private readonly capacity = 1000) {}

  remember(menu: Menu, version: string = menuVersion(menu)): void {
    this.menus.delete(version);
    this.menus.set(version, menu);
    if (this.menus.size > this.capacity) this.menus.delete(this.menus.keys().next().value!);
  }

  get(version: string): Menu | undefined {
    return this.menus.get(version);
  }
}
