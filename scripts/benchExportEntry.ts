import type { DraftFile } from '../schemas/draft';
import { getScheme } from '../templates/schemes';
import { fillHouseStyle } from '../src/word/fillHouseStyle';
import { packApplication } from '../src/word/packApplication';

/** Bundled into one file for the Chromium bench: times what "Word-document maken" does before the download. */
declare global {
  interface Window {
    benchExport: (draft: DraftFile, runs: number) => Promise<number[]>;
    benchHouseStyle: (template: number[], draft: DraftFile, runs: number) => Promise<number[]>;
  }
}

window.benchExport = async (draft, runs) => {
  const scheme = getScheme(draft.schemeId);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const bytes = await packApplication(draft, scheme, new Date(), { appVersion: 'bench' });
    new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
    times.push(performance.now() - start);
  }
  return times;
};

/** "Uw eigen huisstijl gebruiken": filling a house-style template, up to the download. */
window.benchHouseStyle = async (template, draft, runs) => {
  const scheme = getScheme(draft.schemeId);
  const bytes = Uint8Array.from(template);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const result = await fillHouseStyle(bytes, draft, scheme, new Date(), { appVersion: 'bench' });
    if (!result.ok) throw new Error(result.message);
    times.push(performance.now() - start);
  }
  return times;
};
