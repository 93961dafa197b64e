// What the simulator's own tests read from its answers, typed loosely. The
// shapes themselves are checked against Zoom's documents on every answer
// (conformance-setup.ts), so these types only spare the tests some casts.
export interface IvrTarget {
  display_name?: string;
  extension_id?: string;
  extension_number?: string;
  id?: string;
  phone_number?: string;
}

export interface IvrKeyAction {
  key: string;
  action: number;
  target?: IvrTarget;
  voicemail_greeting?: { id: string; name: string };
}

export interface IvrRead {
  audio_prompt?: { id: string; name: string };
  caller_enters_no_action: { action: number; audio_prompt_repeat: number; forward_to?: IvrTarget };
  key_actions: IvrKeyAction[];
}

export interface Page {
  next_page_token: string;
  page_size: number;
  total_records: number;
}

export interface AudioItem {
  audio_id: string;
  name: string;
  play_url?: string;
  text?: string;
  voice_language?: string;
  voice_accent?: string;
}

/** Objects of the directory lists, as far as the tests look at them. */
export interface Named {
  id: string;
  name?: string;
  display_name?: string;
  email?: string;
  extension_id?: string;
  extension_number?: number;
  external_contact_id?: string;
  number?: string;
  site?: { id: string; name?: string };
  assignee?: { id: string; name?: string; type: string };
  holiday_hours?: Array<{ id: string; name: string; from: string; to: string }>;
  phone_numbers?: Array<{ id: string; number: string }>;
  timezone?: string;
}

export type Listed<K extends string, T = Named> = Page & Record<K, T[]>;
