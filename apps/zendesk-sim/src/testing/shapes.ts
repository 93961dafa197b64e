// The answers' shapes as the tests read them (snake_case, as Zendesk sends them).
export interface RouteJson {
  id: number;
  keypress: string;
  action: string;
  options: Record<string, unknown>;
  overflow_options?: unknown;
  greeting: null;
  option_text: string;
}

export interface MenuJson {
  id: number;
  name: string;
  default: boolean;
  greeting_id: number;
  routes: RouteJson[];
}

export interface IvrJson {
  id: number;
  name: string;
  menus: MenuJson[];
  phone_number_ids: number[];
  phone_number_names: string[];
}

export interface ErrorJson {
  error: string;
  description: string;
  details?: Record<string, { error: string; description: string }[]>;
}
