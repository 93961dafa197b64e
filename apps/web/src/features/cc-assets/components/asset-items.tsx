// An asset's items, one per language: the default marked, a recording played
// in the browser (<audio> from the BFF's file URL), an image shown, the words
// of a text or text-to-speech item with its voice.
import type { AssetResponse } from '@switchboard/contract/cc-assets';
import { Badge } from '@/components/ui/badge';
import { languageWords } from '../utils/asset-words';

type Asset = AssetResponse['asset'];

export function AssetItems({ asset }: { asset: Asset }) {
  if (asset.items.length === 0) return <p className="muted">This asset has no items yet.</p>;
  return (
    <ul className="asset-items">
      {asset.items.map((item) => (
        <li key={item.id} className="asset-items__item" data-language={item.language}>
          <p className="asset-items__head">
            <strong>{languageWords(item.language)}</strong>
            <span className="muted"> · {item.language}</span>
            {item.isDefault && <Badge tone="info">Default</Badge>}
          </p>
          {asset.type === 'audio' && item.fileUrl && (
            // Controls only: nothing plays until the person asks.
            <audio className="asset-items__audio" controls preload="metadata" src={item.fileUrl} aria-label={`Play ${asset.name} in ${languageWords(item.language)}`} />
          )}
          {asset.type === 'audio' && !item.fileUrl && <p className="muted">Zoom has no recording for this item.</p>}
          {asset.type === 'image' && item.fileUrl && <img className="asset-items__image" src={item.fileUrl} alt={`${asset.name} (${languageWords(item.language)})`} />}
          {item.content && (
            <blockquote className="asset-items__words">
              {item.content}
              {item.voice && <footer className="muted">Spoken by {item.voice} (text-to-speech)</footer>}
            </blockquote>
          )}
        </li>
      ))}
    </ul>
  );
}
