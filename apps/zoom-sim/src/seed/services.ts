// Targets for the IVR actions that route outside people and queues: Zoom
// Rooms (3), a Cisco/Polycom room (5), Contact Center entry points (15) and a
// meeting service (16, and its number for 17), plus an auto receptionist whose
// menu uses every one of them. Seeded after everything else so the ids drawn
// before stay as they were.
import type { AccountState, AutoReceptionistRecord, SiteRecord } from '../state/records';
import { defaultCallHandling } from '../phone/call-handling/defaults';
import { defaultMenu, menu, to } from './menus';
import type { Prng } from './prng';

export const SERVICES_AR_NAME = 'Facilities & Services Line';

export function seedServices(prng: Prng, s: AccountState) {
  const [sf, ldn] = s.sites as [SiteRecord, SiteRecord, SiteRecord];
  const extension = (siteId: string, extensionNumber: number) => ({ id: prng.id(), extensionId: prng.id(), extensionNumber, siteId });

  s.zoomRooms = [
    { ...extension(sf.id, 5101), name: 'Golden Gate Boardroom' },
    { ...extension(ldn.id, 5102), name: 'Thames Huddle Room' },
  ];
  s.ciscoRooms = [{ ...extension(sf.id, 5201), name: 'Training Room (Cisco)' }];
  // Seen only as a phone number's assignee, whose `id` is also the routing target (decision 006).
  const meetingServiceId = prng.id();
  s.meetingServices = [{ id: meetingServiceId, extensionId: meetingServiceId, extensionNumber: 5301, siteId: sf.id, name: 'Company Meeting Dial-in' }];
  s.contactCenterEntryPoints = [
    { entryId: prng.id(), name: 'Customer Care – Voice', number: '+14155550170', language: 'en-US' },
    { entryId: prng.id(), name: 'APAC Care – Voice', number: '+61255500170', language: 'en-AU' },
  ];

  const audio = (name: string) => s.audios.find((a) => a.name === name)?.audioId ?? null;
  const [boardroom] = s.zoomRooms;
  const [cisco] = s.ciscoRooms;
  const [meetings] = s.meetingServices;
  const [care] = s.contactCenterEntryPoints;
  if (!boardroom || !cisco || !meetings || !care) throw new Error('seed: services missing');

  const used = new Set(s.autoReceptionists.map((a) => a.extensionNumber));
  let extensionNumber = 8001;
  while (used.has(extensionNumber)) extensionNumber += 1;
  const ar: AutoReceptionistRecord = {
    ...extension(sf.id, extensionNumber),
    name: SERVICES_AR_NAME,
    timezone: sf.timezone,
    audioPromptLanguage: 'en-US',
    department: 'Facilities',
    costCenter: null,
    primary: false,
    holidays: [],
    businessMenu: menu(
      audio('Main greeting (San Francisco)'),
      {
        '0': to.ownVoicemail(),
        '1': to.zoomRoom(boardroom),
        '2': to.ciscoRoom(cisco),
        '3': to.contactCenter(care),
        '4': to.meetingService(meetings),
        '5': to.meetingServiceNumber('+14155550175'),
      },
      { action: 15, repeat: 2, forwardToExtensionId: care.entryId },
    ),
    closedMenu: defaultMenu(),
    holidayMenus: {},
    callHandling: defaultCallHandling('autoReceptionist'),
  };
  ar.closedMenu = menu(audio('After-hours greeting (San Francisco)'), { '1': to.contactCenter(care) }, { action: 5, repeat: 1, forwardToExtensionId: cisco.extensionId });
  s.autoReceptionists.push(ar);

  const number = (siteId: string, value: string, assigneeExtensionId: string | null) =>
    s.phoneNumbers.push({ id: prng.id(), number: value, siteId, assigneeExtensionId, numberType: 'toll' });
  number(sf.id, '+14155550175', meetings.extensionId);
}
