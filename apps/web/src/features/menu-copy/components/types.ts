import type { z } from 'zod';
import type { siteRefSchema } from '@switchboard/contract/auto-receptionists';

export type { AutoReceptionistSummary } from '@switchboard/contract/auto-receptionists';
export type SiteRef = z.infer<typeof siteRefSchema>;
