// Replace a recording or image in one language, or add one in a language the
// asset lacks: the file goes to POST /api/cc/assets/:id/items (multipart),
// judged by its bytes by the BFF; a refusal is shown in its own sentence.
import { useState } from 'react';
import type { AssetResponse, AssetWriteResult } from '@switchboard/contract/cc-assets';
import { Button } from '@/components/ui/button';
import { ErrorState } from '@/components/ui/error-state';
import { SelectField } from '@/components/ui/field';
import { OutcomeNote } from '@/components/write/outcome-note';
import { useDirectWrite } from '@/hooks/use-direct-write';
import { ASSET_WORDS } from '@/lib/write/write-words';
import { uploadAssetItem } from '../api/upload-asset-item';
import { LANGUAGE_CHOICES } from '../utils/asset-words';
import { fileProblem } from '../utils/upload-rules';
import { FileField } from './file-field';

export function ItemFileUpload({ data, onWritten }: { data: AssetResponse; onWritten: () => void }) {
  const { asset, version } = data;
  const audio = asset.type === 'audio';
  const [language, setLanguage] = useState(asset.items.find((i) => i.isDefault)?.language ?? 'en-US');
  const [file, setFile] = useState<File | null>(null);
  const write = useDirectWrite<AssetWriteResult>();
  const has = asset.items.some((i) => i.language === language);
  const problem = file ? fileProblem(file, asset.type) : null;

  const send = async () => {
    if (!file || problem) return;
    const r = await write.run(() => uploadAssetItem(asset.id, { baseVersion: version, language: language as never }, file));
    if (r) onWritten();
  };

  return (
    <section className="item-upload" aria-labelledby="item-upload-title">
      <h3 id="item-upload-title" className="card__subtitle">
        {audio ? 'Upload a recording' : 'Upload an image'}
      </h3>
      <div className="item-upload__row">
        <SelectField label="Language" value={language} onChange={(e) => setLanguage(e.target.value)}>
          {LANGUAGE_CHOICES.map((l) => (
            <option key={l.value} value={l.value}>
              {l.label}
            </option>
          ))}
        </SelectField>
        <FileField type={asset.type} file={file} onFile={setFile} problem={problem} />
      </div>
      <Button onClick={() => void send()} busy={write.busy} disabled={!file || problem !== null}>
        {has ? 'Replace the file in this language' : 'Add it in this language'}
      </Button>
      {write.error !== null && <ErrorState title="The file was not sent to Zoom" error={write.error} />}
      {write.result && <OutcomeNote result={write.result} words={ASSET_WORDS} />}
    </section>
  );
}
