// Choosing a file to upload, with what the asset type takes and the 10 MB
// ceiling said under it (utils/upload-rules).
import { useId } from 'react';
import { KINDS, megabytes } from '../utils/upload-rules';

const ACCEPT: Record<string, string> = { audio: '.mp3,.wav,audio/mpeg,audio/wav,audio/x-wav', image: '.png,.jpg,.jpeg,image/png,image/jpeg' };

interface Props {
  type: string;
  file: File | null;
  onFile: (file: File | null) => void;
  problem: string | null;
  label?: string;
}

export function FileField({ type, file, onFile, problem, label = 'File' }: Props) {
  const id = useId();
  return (
    <div className={problem ? 'field field--invalid' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        type="file"
        className="input file-input"
        accept={ACCEPT[type]}
        aria-describedby={`${id}-hint`}
        aria-invalid={problem ? true : undefined}
        onChange={(e) => onFile(e.target.files?.[0] ?? null)}
      />
      <p className={problem ? 'field__error' : 'field__hint'} id={`${id}-hint`}>
        {problem ?? (file ? `${file.name}, ${megabytes(file.size)}` : `${(KINDS[type] ?? 'a file').replace(/^./, (c) => c.toUpperCase())}, at most 10 MB`)}
      </p>
    </div>
  );
}
