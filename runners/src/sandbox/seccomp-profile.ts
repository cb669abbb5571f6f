import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/** The project's seccomp profile, applied to every sandbox (an allow-list; see the file's comments). */
export const SECCOMP_PROFILE_FILE = path.resolve(__dirname, '../../sandbox-profile/seccomp.json');

const ProfileSchema = z.looseObject({
  defaultAction: z.literal('SCMP_ACT_ERRNO'),
  syscalls: z.array(z.looseObject({ names: z.array(z.string()).min(1), action: z.string() })).min(1),
});

/**
 * Reads and checks the profile; returns it as the compact JSON text Docker
 * takes in `SecurityOpt: ["seccomp=<json>"]`. A broken file stops the engine
 * from starting rather than running sandboxes without the filter.
 */
export function loadSeccompProfile(file = SECCOMP_PROFILE_FILE): string {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: cannot read the seccomp profile: ${(error as Error).message}`, { cause: error });
  }
  const parsed = ProfileSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return JSON.stringify(parsed.data);
}
