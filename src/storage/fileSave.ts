import { z } from 'zod/mini';

/** When the draft was last written to (or read from) a file, to remind the user to save a new one. */
const fileSaveSchema = z.object({
  at: z.iso.datetime({ offset: true }),
  fileName: z.string().check(z.maxLength(300)),
  fingerprint: z.string().check(z.maxLength(100)),
  how: z.enum(['saved', 'opened']),
});
export type FileSave = z.infer<typeof fileSaveSchema>;

export function parseFileSave(text: string | undefined): FileSave | undefined {
  if (text === undefined) return undefined;
  try {
    const parsed = fileSaveSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
