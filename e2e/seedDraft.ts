import { expect, type Page } from '@playwright/test';
import { DRAFT_FORMAT, DRAFT_VERSION, type Answers, type DraftFile } from '../schemas/draft';
import scheme from '../templates/ebn-mbo-2021-2022/scheme.json' with { type: 'json' };

/**
 * Opens a draft with these answers the way a user would: through "Concept openen" on the start
 * page, as a .json file. Lets a journey start at a later step without driving the earlier steps' UI.
 */
export async function seedDraft(page: Page, answers: Answers): Promise<void> {
  const at = new Date().toISOString();
  const draft: DraftFile = {
    format: DRAFT_FORMAT,
    version: DRAFT_VERSION,
    schemeId: scheme.id,
    createdAt: at,
    updatedAt: at,
    answers,
    progress: { visited: [] },
  };
  await page.goto('/');
  await page.getByLabel('Kies een concept om te openen').setInputFiles({
    name: 'concept.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(draft)),
  });
  await expect(page.getByRole('status').filter({ hasText: 'Het concept uit ‘concept.json’ is geopend.' })).toBeVisible();
}
