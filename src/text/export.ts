/** Interface text of the Word preview (Dutch, for a school project leader). */
export const PREVIEW = {
  title: 'Voorbeeld van het Word-document',
  intro:
    'Hieronder staat de tekst van het Word-document, precies zoals de Aanvraagwijzer het maakt. Zo kunt u een zin controleren zonder Word te openen. Wat nog ontbreekt, staat achteraan onder ‘Openstaande punten’.',
  startLink: 'Bekijk eerst het voorbeeld van het Word-document',
  documentLabel: 'Voorbeeld van het document',
  tocLabel: 'Inhoudsopgave van het voorbeeld',
  titlePageLabel: 'Titelpagina',
  headerLabel: 'Kop van elke pagina',
  footerLabel: 'Voet van elke pagina',
  planned: 'gepland',
};
