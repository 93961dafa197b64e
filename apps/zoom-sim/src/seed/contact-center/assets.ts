// Seeded asset library: categories and thirty assets across audio (uploaded
// WAV files and text-to-speech), text and image (tiny PNGs), in several
// languages. Generated files are made on demand from their text or number.
import type { CcAssetCategoryRecord, CcAssetItemRecord, CcAssetRecord, CcAssetType } from '../../state/contact-center';
import type { Prng } from '../prng';

/** [language, voice, text] for text-to-speech; [language, 'wav', name] for an uploaded WAV; [language, 'png', n] for an image; [language, text] for text. */
type ItemPlan = readonly [string, string, string | number] | readonly [string, string];

const CATEGORIES: Array<[string, 'system' | 'agent']> = [
  ['Greetings', 'system'],
  ['Hold & Queue', 'system'],
  ['After Hours', 'system'],
  ['Announcements', 'system'],
  ['Chat Replies', 'agent'],
  ['Branding', 'system'],
  ['Seasonal', 'system'],
];

const ASSETS: Array<[CcAssetType, string, string, ItemPlan[]]> = [
  ['audio', 'Welcome greeting', 'Greetings', [['en-US', 'Joanna', 'Thank you for calling Switchboard Demo Co.'], ['es-US', 'Lupe', 'Gracias por llamar a Switchboard Demo Co.']]],
  ['audio', 'Welcome greeting (Sydney)', 'Greetings', [['en-AU', 'wav', 'welcome-sydney.wav']]],
  ['audio', 'Welcome greeting (London)', 'Greetings', [['en-GB', 'wav', 'welcome-london.wav'], ['fr-FR', 'Celine', 'Merci de votre appel.']]],
  ['audio', 'Hold music – Calm', 'Hold & Queue', [['en-US', 'wav', 'hold-calm.wav']]],
  ['audio', 'Hold music – Upbeat', 'Hold & Queue', [['en-US', 'wav', 'hold-upbeat.wav']]],
  ['audio', 'Queue position announcement', 'Hold & Queue', [['en-US', 'Matthew', 'You are next in line.'], ['fr-CA', 'Gabrielle', 'Vous êtes le prochain.'], ['es-US', 'Miguel', 'Usted es el siguiente.']]],
  ['audio', 'Callback offer', 'Hold & Queue', [['en-US', 'Kendra', 'Press 1 and we will call you back.'], ['de-DE', 'Vicki', 'Drücken Sie 1 für einen Rückruf.']]],
  ['audio', 'Closed – after hours', 'After Hours', [['en-US', 'Joanna', 'We are closed. Please call again during business hours.'], ['es-US', 'Penelope', 'Estamos cerrados.']]],
  ['audio', 'Closed – holiday', 'After Hours', [['en-US', 'Salli', 'We are closed for the holiday.'], ['en-AU', 'Olivia', 'We are closed for the public holiday.']]],
  ['audio', 'Closed goodbye', 'After Hours', [['en-US', 'wav', 'closed-goodbye.wav']]],
  ['audio', 'Emergency closure notice', 'Announcements', [['en-US', 'Stephen', 'Our centre is closed due to an emergency.'], ['ja-JP', 'Mizuki', '緊急のため休業しています。']]],
  ['audio', 'Recording disclosure', 'Announcements', [['en-US', 'Joanna', 'This call may be recorded.'], ['en-GB', 'Amy', 'This call may be recorded.'], ['de-DE', 'Hans', 'Dieses Gespräch kann aufgezeichnet werden.']]],
  ['audio', 'Transfer tone', 'Hold & Queue', [['en-US', 'wav', 'transfer-tone.wav']]],
  ['audio', 'Survey invitation', 'Announcements', [['en-US', 'Ivy', 'Please stay on the line for a short survey.'], ['fr-FR', 'Lea', 'Restez en ligne pour une courte enquête.']]],
  ['text', 'Chat greeting', 'Chat Replies', [['en-US', 'Hi! How can we help today?'], ['es-US', '¡Hola! ¿Cómo podemos ayudarle?'], ['fr-CA', 'Bonjour! Comment pouvons-nous aider?']]],
  ['text', 'Chat closed message', 'Chat Replies', [['en-US', 'Our chat team is offline. Leave a message and we will reply by email.'], ['de-DE', 'Unser Chat-Team ist offline.']]],
  ['text', 'Queue wait message', 'Chat Replies', [['en-US', 'All agents are busy. You are in the queue.']]],
  ['text', 'Privacy notice', 'Announcements', [['en-US', 'We keep chat transcripts for 90 days.'], ['en-GB', 'We keep chat transcripts for 90 days.'], ['fr-FR', 'Nous conservons les transcriptions pendant 90 jours.']]],
  ['text', 'Holiday message', 'After Hours', [['en-US', 'We are closed for the holiday and reply on the next business day.'], ['en-AU', 'We are closed for the public holiday.']]],
  ['text', 'Escalation note', 'Chat Replies', [['en-US', 'I am passing you to a specialist now.']]],
  ['text', 'Order status reply', 'Chat Replies', [['en-US', 'Your order is on its way.'], ['es-MX', 'Su pedido está en camino.']]],
  ['text', 'Password reset steps', 'Chat Replies', [['en-US', 'Open Settings, then Security, then Reset password.'], ['ja-JP', '設定からパスワードを再設定してください。']]],
  ['text', 'Outage banner', 'Announcements', [['en-US', 'Some services are slow right now. We are on it.']]],
  ['text', 'Thanks for waiting', 'Chat Replies', [['en-US', 'Thanks for waiting!'], ['ko-KR', '기다려 주셔서 감사합니다!']]],
  ['image', 'Company logo', 'Branding', [['en-US', 'png', 1]]],
  ['image', 'Chat avatar', 'Branding', [['en-US', 'png', 2]]],
  ['image', 'Holiday banner', 'After Hours', [['en-US', 'png', 3], ['en-AU', 'png', 4]]],
  ['image', 'Support hours card', 'Branding', [['en-US', 'png', 5]]],
  ['image', 'Product diagram', 'Announcements', [['en-US', 'png', 6]]],
  ['image', 'Welcome banner', 'Branding', [['en-US', 'png', 7], ['fr-CA', 'png', 8]]],
];

export function seedCategories(prng: Prng): CcAssetCategoryRecord[] {
  return CATEGORIES.map(([name, scope]) => ({ id: prng.id(), name, scope }));
}

export function seedAssets(prng: Prng, categories: CcAssetCategoryRecord[], stamp: () => { modifiedBy: string; lastModified: string }): CcAssetRecord[] {
  return ASSETS.map(([type, name, category, plans]) => ({
    id: prng.id(),
    name,
    description: `${name} (${type})`,
    type,
    categoryId: categories.find((c) => c.name === category)?.id ?? null,
    items: plans.map((plan, i) => item(prng.id(), type, name, plan, i === 0)),
    archivedAt: null,
    ...stamp(),
  }));
}

function item(id: string, type: CcAssetType, assetName: string, plan: ItemPlan, isDefault: boolean): CcAssetItemRecord {
  const [language, second, third] = plan;
  const base = { id, name: `${assetName} (${language})`, language, isDefault };
  if (type === 'text') return { ...base, content: second };
  if (second === 'png') return { ...base, file: { kind: 'png', seed: Number(third) } };
  // A stand-in recording: the tone pattern of its file name, served as that WAV file.
  if (second === 'wav') return { ...base, file: { kind: 'tone', text: String(third) } };
  return { ...base, voice: second, content: String(third), file: { kind: 'tone', text: String(third) } };
}
