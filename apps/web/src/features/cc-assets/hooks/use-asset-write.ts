// An asset change to Zoom through the one write flow: plan the parts that
// changed (POST …/plan), apply (PATCH), the verified outcome; after a
// conflict, reload and plan the person's form again over what Zoom has.
import { useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { AssetPatchBody, AssetResponse, AssetWriteResult } from '@switchboard/contract/cc-assets';
import { useWriteFlow } from '@/hooks/use-write-flow';
import { ASSET_WORDS } from '@/lib/write/write-words';
import { planUpdateAsset } from '../api/plan-update-asset';
import { updateAsset } from '../api/update-asset';
import { assetPatchBody, type AssetForm } from '../utils/asset-form';

interface Options {
  form: UseFormReturn<AssetForm>;
  loaded: AssetResponse;
  reload: () => Promise<AssetResponse>;
  onWritten: () => void;
  href: string;
}

export function useAssetWrite({ form, loaded, reload, onWritten, href }: Options) {
  const base = useRef(loaded);
  const [reloading, setReloading] = useState(false);
  const id = loaded.asset.id;
  const flow = useWriteFlow<AssetPatchBody, AssetWriteResult>({
    plan: (body) => planUpdateAsset(id, body),
    apply: (body, onProgress) => updateAsset(id, body, onProgress),
    subject: `${loaded.asset.name}, asset`,
    href,
    onWritten,
    words: ASSET_WORDS,
  });

  const reloadThen = async (then: (latest: AssetResponse) => Promise<void> | void) => {
    setReloading(true);
    try {
      const latest = await reload();
      base.current = latest;
      await then(latest);
    } catch (err) {
      flow.setPlanError(err);
      flow.backToEditing();
    } finally {
      setReloading(false);
    }
  };

  return {
    ...flow,
    base: base.current,
    reloading,
    reviewForm: (values: AssetForm) => flow.review(assetPatchBody(base.current, values)),
    reloadAndReapply: () => reloadThen((latest) => flow.review(assetPatchBody(latest, form.getValues()))),
    reloadToSeeZoom: () => reloadThen(() => flow.backToEditing()),
  };
}
