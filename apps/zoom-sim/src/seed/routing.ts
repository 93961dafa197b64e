// The seeded routing: nested menus across six auto receptionists. The SF main
// line and the Support Menu point at each other (a cycle for the diagram);
// business, closed and holiday menus differ.
import type { HolidayRecord } from '../state/call-handling';
import type { AccountState, AutoReceptionistRecord, IvrMenuState } from '../state/records';
import { menu, to } from './menus';

type ByName = <T extends { name: string }>(items: T[], name: string) => T;

export function seedMenus(s: AccountState, byName: ByName) {
  const ar = (name: string) => byName(s.autoReceptionists, name);
  const cq = (name: string) => byName(s.callQueues, name);
  const audio = (name: string) => byName(s.audios, name).audioId;
  const slg = (name: string) => byName(s.sharedLineGroups.map((g) => ({ ...g, name: g.displayName })), name);
  const ca = (name: string) => byName(s.commonAreas.map((c) => ({ ...c, name: c.displayName })), name);
  const xc = (name: string) => byName(s.externalContacts, name);
  const siteUsers = (siteName: string) => {
    const site = byName(s.sites, siteName);
    return s.users.filter((u) => u.siteId === site.id);
  };
  const [sfLead, sfSecond, sfSupportLead] = siteUsers('San Francisco');
  const [ldnLead] = siteUsers('London');
  const [sydLead] = siteUsers('Sydney');
  if (!sfLead || !sfSecond || !sfSupportLead || !ldnLead || !sydLead) throw new Error('seed: users missing');

  const sfMain = ar('Main Line – San Francisco');
  const support = ar('Support Menu');
  const intl = ar('International Menu');
  const afterHours = ar('After-Hours Emergency Line');
  const ldnMain = ar('Main Line – London');
  const sydMain = ar('Main Line – Sydney');
  const answering = xc('Night Owl Answering Service');

  sfMain.businessMenu = menu(
    audio('Main greeting (San Francisco)'),
    {
      '0': to.sharedLineGroup(slg('SF Front Desk')),
      '1': to.callQueue(cq('Sales')),
      '2': to.autoReceptionist(support),
      '3': to.callQueue(cq('Billing')),
      '4': to.autoReceptionist(intl),
      '5': to.user(sfSecond),
      '8': to.commonArea(ca('SF Lobby Phone')),
    },
    { action: 7, repeat: 2, forwardToExtensionId: cq('Sales').extensionId },
  );
  sfMain.closedMenu = menu(
    audio('After-hours greeting (San Francisco)'),
    {
      '0': to.ownVoicemail(audio('Front desk voicemail greeting')),
      '1': to.autoReceptionist(afterHours),
      '2': to.queueVoicemail(cq('Technical Support'), audio('Support voicemail greeting')),
    },
    { action: 6, repeat: 1, forwardToExtensionId: afterHours.extensionId },
  );
  holidayMenus(sfMain, () =>
    menu(audio('Holiday greeting (US)'), { '0': to.ownVoicemail(), '1': to.autoReceptionist(afterHours) }),
  );

  support.businessMenu = menu(
    audio('Support menu'),
    {
      '1': to.callQueue(cq('Technical Support')),
      '2': to.sharedLineGroup(slg('Executive Assistants')),
      '3': to.userVoicemail(sfSupportLead, audio('Support voicemail greeting')),
      '9': to.autoReceptionist(sfMain),
      '*': to.previous(),
      '#': to.root(),
    },
    { action: 7, repeat: 3, forwardToExtensionId: cq('Technical Support').extensionId },
  );
  support.closedMenu = menu(audio('After-hours greeting (San Francisco)'), {
    '1': to.autoReceptionist(afterHours),
    '9': to.autoReceptionist(sfMain),
  });

  intl.businessMenu = menu(audio('International menu'), {
    '1': to.autoReceptionist(ldnMain),
    '2': to.autoReceptionist(sydMain),
    '3': to.callQueue(cq('EMEA Partners')),
    '*': to.previous(),
  });
  intl.closedMenu = menu(audio('International menu'), {
    '1': to.autoReceptionist(ldnMain),
    '2': to.autoReceptionist(sydMain),
  });

  afterHours.businessMenu = menu(audio('Emergency line greeting'), {
    '1': to.user(sfLead),
    '2': to.externalContact(answering),
  });
  afterHours.closedMenu = menu(
    audio('Emergency line greeting'),
    { '1': to.user(sfLead), '2': to.externalContact(answering), '3': to.phoneNumber('+14155550199') },
    { action: 2, repeat: 2, forwardToExtensionId: sfLead.extensionId },
  );
  holidayMenus(afterHours, () =>
    menu(audio('Emergency line greeting'), { '1': to.user(sfLead), '2': to.phoneNumber('+14155550199') }),
  );

  ldnMain.businessMenu = menu(
    audio('Main greeting (London)'),
    {
      '0': to.sharedLineGroup(slg('London Reception')),
      '1': to.callQueue(cq('UK Sales')),
      '2': to.callQueue(cq('UK Support')),
      '3': to.callQueue(cq('EMEA Partners')),
      '4': to.commonArea(ca('London Kitchen')),
    },
    { action: 8, repeat: 2, forwardToExtensionId: slg('London Reception').extensionId },
  );
  ldnMain.closedMenu = menu(audio('After-hours greeting (London)'), {
    '0': to.ownVoicemail(),
    '2': to.queueVoicemail(cq('UK Support'), audio('Support voicemail greeting')),
  });
  // Only the first two bank holidays have their own menu; the rest keep Zoom's default.
  holidayMenus(ldnMain, () => menu(audio('Bank holiday greeting (UK)'), { '0': to.ownVoicemail() }), 2);

  sydMain.businessMenu = menu(
    audio('Main greeting (Sydney)'),
    {
      '0': to.user(sydLead),
      '1': to.callQueue(cq('APAC Support')),
      '2': to.callQueue(cq('APAC Sales')),
      '3': to.externalContact(xc('Harbour Building Security')),
      '9': to.autoReceptionist(sfMain),
    },
    { action: 7, repeat: 3, forwardToExtensionId: cq('APAC Support').extensionId },
  );
  sydMain.closedMenu = menu(audio('After-hours greeting (Sydney)'), {
    '0': to.ownVoicemail(),
    '1': to.autoReceptionist(afterHours),
  });
  holidayMenus(sydMain, () =>
    menu(audio('Public holiday greeting (AU)'), {
      '0': to.ownVoicemail(),
      // urgent support still reaches the APAC queue, whose own holiday routing then applies
      '1': to.callQueue(cq('APAC Support')),
      '3': to.externalContact(xc('Harbour Building Security')),
    }),
  );
}

function holidayMenus(ar: AutoReceptionistRecord, make: () => IvrMenuState, limit = Infinity) {
  ar.holidays.slice(0, limit).forEach((h: HolidayRecord) => {
    ar.holidayMenus[h.id] = make();
  });
}
