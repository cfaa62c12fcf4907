// The zod schema of the dashboard's WhatIf (renderer/dashboard/whatif.ts), for the workspace file.
import { z } from 'zod';
import { allocationRules, bundleModes } from '../../../engine/scenario/schema';
import { whatIfNumberKeys, type WhatIf } from '../../dashboard/whatif';

const num = z.number().finite().min(0).optional();

export const whatIfSchema: z.ZodType<WhatIf> = z.object({
  settings: z.object({
    ...Object.fromEntries(whatIfNumberKeys.map((k) => [k, num])) as Record<(typeof whatIfNumberKeys)[number], typeof num>,
    bundleMode: z.enum(bundleModes).optional(),
    allocationRule: z.enum(allocationRules).optional(),
  }),
  residentShareMultiplier: z.number().finite().min(0).default(1),
}) as unknown as z.ZodType<WhatIf>;
