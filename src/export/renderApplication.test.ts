import { Packer } from 'docx';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { getScheme } from '../../templates/schemes';
import { createEmptyDraft } from '../wizard/draftStore';
import { docxFileName } from './fileName';
import { renderApplication } from './renderApplication';

const scheme = getScheme();

async function textOf(draft: ReturnType<typeof createEmptyDraft>) {
  const buffer = await Packer.toBuffer(renderApplication(draft, scheme, new Date('2026-11-25T10:00:00Z')));
  expect(buffer.subarray(0, 2).toString()).toBe('PK');
  return (await mammoth.extractRawText({ buffer })).value;
}

describe('renderApplication', () => {
  it('writes the applicant, escaping characters Word would choke on', async () => {
    const draft = createEmptyDraft(scheme.id);
    draft.answers.applicant = { institutionName: 'ROC Çağlar & Zn <Noord> – “Ağrı” 🎓', brin: '25lx' };
    const text = await textOf(draft);
    expect(text).toContain('ROC Çağlar & Zn <Noord> – “Ağrı” 🎓');
    expect(text).toContain('25LX');
    expect(text).toContain('CONCEPT — NIET INDIENEN');
  });

  it('lists what is still open, so an incomplete draft exports honestly', async () => {
    const text = await textOf(createEmptyDraft(scheme.id));
    expect(text).toContain('Openstaande punten');
    expect(text).toContain('Aanvrager: Vul de naam van de instelling in');
  });
});

describe('docxFileName', () => {
  it('uses the institution and the date', () => {
    expect(docxFileName('ROC Zuid-Oost Brabant & Co', new Date(2026, 10, 5))).toBe('aanvraag-roc-zuid-oost-brabant-co-2026-11-05.docx');
  });
  it('strips accents and falls back to "concept"', () => {
    expect(docxFileName('Çağlar Ünal College', new Date(2026, 0, 1))).toBe('aanvraag-caglar-unal-college-2026-01-01.docx');
    expect(docxFileName('  ', new Date(2026, 0, 1))).toBe('aanvraag-concept-2026-01-01.docx');
  });
});
