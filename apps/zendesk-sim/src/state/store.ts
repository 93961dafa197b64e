// One simulated Zendesk account: its records, lookups, and new ids counted
// up per kind so that runs are repeatable.
import type { GreetingRecord, GroupRecord, IvrRecord, MenuRecord, RouteRecord, TalkState } from './records';

export class TalkStore {
  constructor(public state: TalkState) {}

  /** A deep copy: a dropped write runs on it and leaves the account as it was. */
  clone(): TalkStore {
    return new TalkStore(structuredClone(this.state));
  }

  newId(kind: keyof TalkState['nextIds']): number {
    const id = this.state.nextIds[kind];
    this.state.nextIds[kind] = id + 1;
    return id;
  }

  ivr(id: number): IvrRecord | undefined {
    return this.state.ivrs.find((i) => i.id === id);
  }

  menu(ivr: IvrRecord, id: number): MenuRecord | undefined {
    return ivr.menus.find((m) => m.id === id);
  }

  route(menu: MenuRecord, id: number): RouteRecord | undefined {
    return menu.routes.find((r) => r.id === id);
  }

  group(id: number): GroupRecord | undefined {
    return this.state.groups.find((g) => g.id === id);
  }

  greeting(id: number): GreetingRecord | undefined {
    return this.state.greetings.find((g) => g.id === id);
  }

  defaultGreeting(): GreetingRecord | undefined {
    return this.state.greetings.find((g) => g.isDefault);
  }

  phoneNumber(id: number) {
    return this.state.phoneNumbers.find((p) => p.id === id);
  }

  /** The IVR a phone number is configured with, if any. */
  ivrOfNumber(phoneNumberId: number): IvrRecord | undefined {
    return this.state.ivrs.find((i) => i.phoneNumberIds.includes(phoneNumberId));
  }
}
