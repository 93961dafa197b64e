// Languages of asset items (from the facts: the create document's
// `asset_item_language` values) and the text-to-speech voices each language
// has (the create document's table of `asset_item_voice` per language).
// Languages missing from that table have no text-to-speech.
import { allOperations } from '@switchboard/zoom-facts/load';
import { findOperation } from '@switchboard/zoom-facts/match';
import type { SchemaFact } from '@switchboard/zoom-facts/facts';

export const ASSET_LANGUAGES: readonly string[] = itemLanguages();

function itemLanguages(): readonly string[] {
  const op = findOperation(allOperations, 'POST', '/contact_center/asset_library/assets');
  const schema = op?.body?.[0]?.schema ?? undefined;
  const items = prop(prop(schema, 'asset_items'), 'items');
  const language = prop(items, 'asset_item_language');
  const values = language && 'enum' in language ? language.enum : undefined;
  if (!values?.length) throw new Error('the facts list no asset item languages');
  return values.map(String);
}

function prop(schema: SchemaFact | undefined, key: string): SchemaFact | undefined {
  if (!schema) return undefined;
  if (key === 'items') return 'items' in schema ? schema.items : undefined;
  return 'properties' in schema ? schema.properties?.[key] : undefined;
}

export const TTS_VOICES: Readonly<Record<string, readonly string[]>> = {
  'yue-CN': ['Hiujin'],
  'cmn-CN': ['Zhiyu'],
  'da-DK': ['Naja', 'Sofie', 'Mads'],
  'nl-NL': ['Laura', 'Ruben', 'Lotte'],
  'en-US': ['Joanna', 'Stephen', 'Kimberly', 'Matthew', 'Danielle', 'Gregory', 'Kevin', 'Salli', 'Kendra', 'Justin', 'Joey', 'Ivy', 'Ruth'],
  'en-GB': ['Emma', 'Brian', 'Amy', 'Arthur'],
  'en-AU': ['Olivia', 'Russell', 'Nicole'],
  'en-NZ': ['Aria'],
  'fr-FR': ['Celine', 'Lea', 'Remi', 'Mathieu'],
  'fr-CA': ['Gabrielle', 'Liam', 'Chantal'],
  'de-DE': ['Daniel', 'Vicki', 'Marlene', 'Hans'],
  'it-IT': ['Adriano', 'Bianca', 'Giorgio', 'Carla'],
  'ja-JP': ['Takumi', 'Kazuha', 'Tomoko', 'Mizuki'],
  'ko-KR': ['Seoyeon'],
  'pl-PL': ['Ola', 'Maja', 'Jan', 'Jacek', 'Ewa'],
  'pt-PT': ['Ines', 'Cristiano'],
  'pt-BR': ['Camila', 'Thiago', 'Vitoria', 'Ricardo'],
  'ro-RO': ['Carmen'],
  'ru-RU': ['Maxim', 'Tatyana'],
  'es-US': ['Lupe', 'Pedro', 'Penelope', 'Miguel'],
  'es-MX': ['Mia', 'Andres'],
  'es-ES': ['Lucia', 'Sergio', 'Enrique', 'Conchita'],
  'sv-SE': ['Elin', 'Astrid'],
  'tr-TR': ['Filiz', 'Burcu'],
};
