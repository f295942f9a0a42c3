import { describe, expect, it } from 'vitest';
import { docxFileName } from './fileName';

describe('docxFileName', () => {
  it('uses the institution and the date', () => {
    expect(docxFileName('ROC Zuid-Oost Brabant & Co', new Date(2026, 10, 5))).toBe('aanvraag-roc-zuid-oost-brabant-co-2026-11-05.docx');
  });
  it('strips accents and falls back to "concept"', () => {
    expect(docxFileName('Çağlar Ünal College', new Date(2026, 0, 1))).toBe('aanvraag-caglar-unal-college-2026-01-01.docx');
    expect(docxFileName('  ', new Date(2026, 0, 1))).toBe('aanvraag-concept-2026-01-01.docx');
    expect(docxFileName('ROC Ağrı İzmir Øresund', new Date(2026, 0, 1))).toBe('aanvraag-roc-agri-izmir-oresund-2026-01-01.docx');
  });
});
