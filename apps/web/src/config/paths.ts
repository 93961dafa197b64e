// Every route path in one place, with builders for links.

/** One part of a menu a link points at: a key ('1'…'9', '0', '*', '#'), the greeting, or what happens when no key is pressed. */
export type MenuPart = { key: string } | { part: 'greeting' | 'no-key' };

/** `&key=…` or `&part=…`, for a link that opens a menu on one of its parts. */
const partQuery = (part?: MenuPart) => (!part ? '' : 'key' in part ? `&key=${encodeURIComponent(part.key)}` : `&part=${part.part}`);

export const paths = {
  home: '/',
  login: '/login',
  autoReceptionists: '/auto-receptionists',
  autoReceptionist: (id: string) => `/auto-receptionists/${encodeURIComponent(id)}`,
  /** One menu in words (`business`, `closed` or `holiday:<id>`), optionally with one of its parts picked out. */
  autoReceptionistMenu: (id: string, menu: string, part?: MenuPart) =>
    `/auto-receptionists/${encodeURIComponent(id)}?menu=${encodeURIComponent(menu)}${partQuery(part)}`,
  /** The routing diagram of one auto receptionist: business or closed hours, or one of its holidays. */
  autoReceptionistDiagram: (id: string, hours?: 'business' | 'closed', holidayId?: string) =>
    `/auto-receptionists/${encodeURIComponent(id)}/diagram${
      holidayId ? `?holiday=${encodeURIComponent(holidayId)}` : hours ? `?hours=${hours}` : ''
    }`,
  /** The IVR editor of one menu (`business`, `closed` or `holiday:<id>`), optionally opened on one of its parts. */
  autoReceptionistEditor: (id: string, menu: string = 'business', part?: MenuPart) =>
    `/auto-receptionists/${encodeURIComponent(id)}/edit?menu=${menu}${partQuery(part)}`,
  /** Copy one auto receptionist's business- or closed-hours menu to others. */
  autoReceptionistCopy: (id: string, hours?: 'business' | 'closed') =>
    `/auto-receptionists/${encodeURIComponent(id)}/copy${hours ? `?hours=${hours}` : ''}`,
  /** Business hours, closed-hours routing and holidays of one extension (auto receptionist, call queue, user, shared line group), by its extension id. */
  extensionHours: (extensionId: string) => `/extensions/${encodeURIComponent(extensionId)}/hours`,
  /** The router's pattern for extensionHours. */
  extensionHoursRoute: '/extensions/:extensionId/hours',
  /** The holiday calendar across extensions: a month (`2026-12`) or a year (`2026`), optionally one site and one type. */
  calendar: '/calendar',
  calendarView: (view: { month?: string; year?: string; day?: string; site?: string; type?: string }) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(view)) if (v) q.set(k, v);
    const s = q.toString();
    return s ? `/calendar?${s}` : '/calendar';
  },
  /** Add one holiday to many extensions as a background job (`?ids=` preselects extensions). */
  bulkHoliday: '/calendar/add-holiday',
  /** Recent background jobs (menu copies, bulk holidays), newest first. */
  jobs: '/jobs',
  /** Every change made through Switchboard; `?object=<id>` for one auto receptionist's. */
  history: '/history',
  historyOf: (objectId: string) => `/history?object=${encodeURIComponent(objectId)}`,
  /** The routing explorer: search an entry point and trace a call (`?q=`, `?number=&when=&zone=&keys=`). */
  routing: '/routing',
  routingTrace: (query: string) => `/routing?${query}`,
  /** Everything in the account that loses or may lose calls. */
  routingProblems: '/routing/problems',
  /** Who signs in, their roles and sessions (admins). */
  people: '/people',
  /** A one-time link to choose a password (its pattern; the BFF makes the links). */
  welcomeRoute: '/welcome/:token',
  /** The Zoom connection and the scopes the Zoom app lacks (admins). */
  setup: '/setup',
  /** Zoom Contact Center: the asset library, operating hours, queues and flows. */
  contactCenter: '/contact-center',
  /** The asset library; filters and search in the query string (`?q=&type=&category=&language=&sort=`). */
  ccAssets: '/contact-center/assets',
  ccAsset: (id: string) => `/contact-center/assets/${encodeURIComponent(id)}`,
  /** A new asset (admins): audio by upload or text-to-speech, text, an image; `?type=` preselects one. */
  ccNewAsset: '/contact-center/assets/new',
  /** The asset library's categories (admins change them). */
  ccCategories: '/contact-center/categories',
  /** Business-hours sets and closure sets. */
  ccHours: '/contact-center/hours',
  ccBusinessHours: (id: string) => `/contact-center/hours/business/${encodeURIComponent(id)}`,
  ccClosureSet: (id: string) => `/contact-center/hours/closures/${encodeURIComponent(id)}`,
  /** Queues with their business hours and closure set; one queue's assignment. */
  ccQueues: '/contact-center/queues',
  ccQueue: (id: string) => `/contact-center/queues/${encodeURIComponent(id)}`,
  ccFlows: '/contact-center/flows',
  ccFlow: (id: string) => `/contact-center/flows/${encodeURIComponent(id)}`,
  /** A Zendesk Talk IVR: its menus in words and where "menu" routes lead. */
  zendeskIvr: (ivrId: string) => `/zendesk/ivrs/${encodeURIComponent(ivrId)}`,
  /** The editor of one Zendesk Talk menu. */
  zendeskMenuEditor: (ivrId: string, menuId: string) => `/zendesk/ivrs/${encodeURIComponent(ivrId)}/menus/${encodeURIComponent(menuId)}/edit`,
  /** A background job (e.g. a menu copy) and its progress. */
  job: (id: string) => `/jobs/${encodeURIComponent(id)}`,
} as const;

/** Where to go after signing in: only same-origin paths, never `//host` or `/\host`. */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) {
    return paths.autoReceptionists;
  }
  if (next === paths.login || next.startsWith(`${paths.login}?`)) return paths.autoReceptionists;
  return next;
}
