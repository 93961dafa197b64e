// Menus the BFF has handed out, by version, so a 409 conflict can say what
// changed in Zoom since the menu the caller loaded (the request carries only
// its version). Kept in a version store: this process's memory, or Redis
// shared by the replicas (REDIS_URL). A caller may also send the menu it
// loaded (`baseMenu`).
import type { Menu } from '@switchboard/routing-core/ivr/menu';
import { menuVersion } from '@switchboard/routing-core/ivr/version';
import { ProcessVersionStore } from '../../lib/version-store';
import type { VersionStore } from '../../lib/version-store';

export class VersionMemory {
  constructor(private readonly store: VersionStore<Menu> = new ProcessVersionStore<Menu>(1000)) {}

  remember(menu: Menu, version: string = menuVersion(menu)): void {
    this.store.remember(version, menu);
  }

  get(version: string): Promise<Menu | undefined> {
    return this.store.get(version);
  }
}
