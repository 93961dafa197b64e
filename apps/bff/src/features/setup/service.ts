// How Switchboard is connected to Zoom and which scopes are missing, from the
// scope list of Zoom's token answer (no API call). Writes ask `require` first,
// so a write the app may not make is refused with the scope named before
// anything is sent.
import type { MissingScope, Setup } from '@switchboard/contract/setup';
import type { Config } from '../../config/env';
import { AppError } from '../../http/app-error';
import type { ZoomClient } from '../../zoom/client';
import { FEATURES, allows } from './feature-scopes';
import type { FeatureId } from './feature-scopes';

export class SetupService {
  constructor(
    private readonly zoom: ZoomClient,
    private readonly config: Pick<Config, 'mode'> & { zoom: Pick<Config['zoom'], 'plan'> },
  ) {}

  /** `recheck`: read the scopes from a new token (after an admin changed the app in the Marketplace). */
  async status(opts: { recheck?: boolean } = {}): Promise<Setup> {
    const granted = new Set(await this.zoom.grantedScopes({ fresh: opts.recheck === true }));
    const missing = new Map<string, MissingScope>();
    const working: string[] = [];
    for (const feature of FEATURES) {
      const blocked = feature.operations.filter((op) => !allows(granted, op));
      if (blocked.length === 0) working.push(feature.name);
      for (const op of blocked) {
        const scope = op.scopes[0] ?? op.classicScopes[0] ?? '';
        const entry = missing.get(scope) ?? { scope, alternatives: [...op.classicScopes], features: [] };
        if (!entry.features.includes(feature.name)) entry.features.push(feature.name);
        missing.set(scope, entry);
      }
    }
    return {
      zoom: {
        mode: this.config.mode,
        plan: this.config.zoom.plan,
        scopes: { granted: [...granted].sort(), missing: [...missing.values()] },
        working,
      },
    };
  }

  /** Refuse, naming the scope, when the Zoom app may not do what `feature` needs. */
  async require(featureId: FeatureId): Promise<void> {
    const feature = FEATURES.find((f) => f.id === featureId);
    if (!feature) throw new Error(`unknown feature ${featureId}`);
    const granted = new Set(await this.zoom.grantedScopes());
    const blocked = feature.operations.filter((op) => !allows(granted, op));
    if (blocked.length === 0) return;
    const scopes = [...new Set(blocked.map((op) => op.scopes[0] ?? op.classicScopes[0] ?? ''))];
    throw new AppError(
      403,
      'zoom_scope_missing',
      `Nothing was sent to Zoom: Switchboard's Zoom app does not have the scope ${scopes.join(' and ')}, which ${feature.doing} needs. ` +
        'An administrator adds it to the app in the Zoom App Marketplace (see Setup), then this works.',
      { scopes },
    );
  }
}
