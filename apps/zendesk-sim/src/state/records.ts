// The simulated Zendesk account, as the simulator keeps it. Answers are built
// from these by src/talk/json.ts.

export interface RouteRecord {
  id: number;
  keypress: string;
  action: string;
  /** only the options the action takes (others sent are dropped) */
  options: Record<string, unknown>;
  /** kept as sent: the documents name the field but give no type */
  overflowOptions?: unknown;
}

export interface MenuRecord {
  id: number;
  name: string;
  isDefault: boolean;
  greetingId: number;
  routes: RouteRecord[];
}

export interface IvrRecord {
  id: number;
  name: string;
  phoneNumberIds: number[];
  menus: MenuRecord[];
}

export interface GroupRecord {
  id: number;
  name: string;
}

export interface GreetingRecord {
  id: number;
  name: string;
  /** the greeting a menu created without greeting_id gets */
  isDefault: boolean;
}

export interface PhoneNumberRecord {
  id: number;
  /** the name phone_number_names lists */
  name: string;
  number: string;
}

export interface TalkState {
  ivrs: IvrRecord[];
  groups: GroupRecord[];
  greetings: GreetingRecord[];
  phoneNumbers: PhoneNumberRecord[];
  /** the next id of each kind; same seed, same ids */
  nextIds: { ivr: number; menu: number; route: number };
}
