// Duplicate (under a new name the admin chooses) and delete (after a
// confirmation naming what uses it) one asset. Each answers the verified
// outcome; the page moves to the copy, or back to the library, only once Zoom
// confirms it.
import { useState } from 'react';
import type { AssetResponse, AssetWriteResult } from '@switchboard/contract/cc-assets';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ErrorState } from '@/components/ui/error-state';
import { TextField } from '@/components/ui/field';
import { OutcomeNote } from '@/components/write/outcome-note';
import { landed, useDirectWrite } from '@/hooks/use-direct-write';
import { ASSET_WORDS } from '@/lib/write/write-words';
import { deleteAsset } from '../api/delete-asset';
import { duplicateAsset } from '../api/duplicate-asset';

interface Props {
  data: AssetResponse;
  onEdit: () => void;
  /** Zoom confirmed a copy: its id (null when Zoom did not say). */
  onDuplicated: (copyId: string | null) => void;
  onDeleted: () => void;
  /** Something may have changed: refresh lists. */
  onWritten: () => void;
}

export function AssetActions({ data, onEdit, onDuplicated, onDeleted, onWritten }: Props) {
  const { asset, usedBy, version } = data;
  const [dialog, setDialog] = useState<'duplicate' | 'delete' | null>(null);
  const [copyName, setCopyName] = useState(`${asset.name} (copy)`);
  const write = useDirectWrite<AssetWriteResult>();
  const users = usedBy.queues.length + usedBy.flows.length;

  const duplicate = async () => {
    setDialog(null);
    const r = await write.run(() => duplicateAsset(asset.id, { name: copyName.trim() || `${asset.name} (copy)` }));
    if (r) onWritten();
    if (landed(r)) onDuplicated(r?.assetId ?? null);
  };
  const remove = async () => {
    setDialog(null);
    const r = await write.run(() => deleteAsset(asset.id, version));
    if (r) onWritten();
    if (landed(r)) onDeleted();
  };

  return (
    <div className="asset-actions-wrap">
      <div className="asset-actions">
        <Button variant="primary" onClick={onEdit}>
          Edit asset
        </Button>
        <Button onClick={() => setDialog('duplicate')} busy={write.busy && dialog === null}>
          Duplicate
        </Button>
        <Button onClick={() => setDialog('delete')}>Delete</Button>
      </div>
      {write.error !== null && <ErrorState title="Zoom was not changed" error={write.error} />}
      {write.result && !landed(write.result) && <OutcomeNote result={write.result} words={ASSET_WORDS} />}
      {dialog === 'duplicate' && (
        <ConfirmDialog open title={`Duplicate “${asset.name}”?`} confirmLabel="Duplicate" cancelLabel="Cancel" onConfirm={() => void duplicate()} onCancel={() => setDialog(null)}>
          <p>Zoom copies every item of it into a new asset.</p>
          <TextField label="Name of the copy" value={copyName} onChange={(e) => setCopyName(e.target.value)} maxLength={150} />
        </ConfirmDialog>
      )}
      {dialog === 'delete' && (
        <ConfirmDialog open title={`Delete “${asset.name}”?`} confirmLabel="Delete the asset" cancelLabel="Keep it" onConfirm={() => void remove()} onCancel={() => setDialog(null)}>
          <p>
            Zoom removes it and all {asset.items.length} of its items.{' '}
            {users > 0
              ? `${users === 1 ? 'One queue or flow uses' : `${users} queues and flows use`} it: they will play nothing in its place.`
              : 'No queue or flow uses it.'}
          </p>
        </ConfirmDialog>
      )}
    </div>
  );
}
