import { describe, expect, it } from 'vitest';
import { sampleDraft } from './draftFixtures';
import { draftFileName, draftFileText } from './draftFile';
import { draftFingerprint, draftHasAnswers } from '../storage/draftFingerprint';
import { parseDraftText } from './parseDraft';

describe('draft file', () => {
  it('is pretty JSON with the format, version, scheme and app version first, and opens again unchanged', () => {
    const text = draftFileText(sampleDraft(), '2.0.0');
    expect(Object.keys(JSON.parse(text)).slice(0, 4)).toEqual(['format', 'version', 'schemeId', 'appVersion']);
    expect(text).toContain('\n  "answers": {\n    "applicant": {');
    expect(parseDraftText(text)).toEqual({ ok: true, draft: { ...sampleDraft(), appVersion: '2.0.0' }, report: [] });
  });

  it('is named after the institution and the day', () => {
    expect(draftFileName(sampleDraft(), new Date(2026, 1, 3))).toBe('concept-roc-rijnstad-partners-2026-02-03.json');
    const nameless = { ...sampleDraft(), answers: {} };
    expect(draftFileName(nameless, new Date(2026, 0, 1))).toBe('concept-aanvraag-2026-01-01.json');
  });
});

describe('draftFingerprint', () => {
  it('ignores key order, timestamps and the current step, but not an answer', () => {
    const draft = sampleDraft();
    const reordered = { ...draft, answers: Object.fromEntries(Object.entries(draft.answers).reverse()) };
    expect(draftFingerprint(reordered)).toBe(draftFingerprint(draft));
    expect(draftFingerprint({ ...draft, updatedAt: '2030-01-01T00:00:00Z', progress: { lastStep: 'budget' } })).toBe(draftFingerprint(draft));
    expect(draftFingerprint({ ...draft, answers: { ...draft.answers, applicant: { brin: '25LY' } } })).not.toBe(draftFingerprint(draft));
  });

  it('knows an empty draft from one with answers', () => {
    expect(draftHasAnswers(sampleDraft())).toBe(true);
    expect(draftHasAnswers({ ...sampleDraft(), answers: { applicant: { institutionName: '  ' } } })).toBe(false);
  });
});
