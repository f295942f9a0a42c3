import { MAINTAINER } from './maintainer';

/** The service pages: accessibility statement, privacy statement and contact (B1 Dutch). */

/** When the accessibility statement was last checked against the app. */
export const STATEMENT_DATE = '30 november 2026';

export const ACCESSIBILITY = {
  title: 'Toegankelijkheid',
  intro:
    'Iedereen moet de Aanvraagwijzer kunnen gebruiken, ook met een beperking. Ons doel: de Aanvraagwijzer voldoet aan de toegankelijkheidseisen voor de overheid. Dat is WCAG 2.1 op niveau AA (de Europese norm EN 301 549).',
  testedHeading: 'Hoe wij dit testen',
  tested: [
    'Bij elke wijziging controleert een automatische test (axe) elke pagina. Dat gebeurt op een telefoonscherm (390 pixels breed) en op een computerscherm (1280 pixels breed). De test kijkt naar lege pagina’s, pagina’s met foutmeldingen en pagina’s met een volledig ingevuld voorbeeld.',
    'Elke pagina past op een scherm van 320 pixels breed. U hoeft niet opzij te scrollen. Een brede tabel scrolt in een eigen vak, dat u met het toetsenbord kunt bedienen.',
    'We doorlopen de hele aanvraag alleen met het toetsenbord. Na elke handeling staat de focus op een logische plek, nooit nergens.',
    'De eerste toets Tab brengt u naar de link ‘Naar de inhoud’. Foutmeldingen staan bovenaan de pagina, met links naar de velden.',
  ],
  limitsHeading: 'Wat nog niet goed is',
  limits: [
    'Een onafhankelijk bureau heeft de Aanvraagwijzer nog niet gekeurd. Deze verklaring is onze eigen beoordeling.',
    'We hebben nog niet getest met mensen die een schermlezer, spraakbediening of schermvergroting gebruiken.',
    'Sommige pagina’s zijn lang, zoals Controleren en Beoordelen bij een volledige aanvraag.',
    'Het Word-document heeft koppen en tabellen met kopregels. Of het toegankelijk blijft, hangt ook af van wat u er daarna in Word aan verandert.',
  ],
  reportHeading: 'Een probleem melden',
  report: 'Kunt u iets niet gebruiken of werkt iets niet goed? Laat het ons weten. Zeg op welke pagina het was en wat er gebeurde.',
  contactLink: 'Naar de contactgegevens',
  date: `Deze verklaring is voor het laatst bijgewerkt op ${STATEMENT_DATE}.`,
};

export const PRIVACY = {
  title: 'Privacy',
  intro:
    'De Aanvraagwijzer werkt helemaal in uw browser. Er is geen server, geen account en er wordt niets gevolgd. Niemand anders ziet uw antwoorden, ook wij niet.',
  storedHeading: 'Wat wordt waar bewaard',
  stored: [
    'Uw concepten, hun versies en uw naam als u reacties schrijft: in deze browser op dit apparaat (in IndexedDB, en als dat niet lukt in localStorage). Ze blijven daar tot u ze wist.',
    'Bestanden die u opslaat, zoals een concept (.json) of een Word-document: op de plek die u kiest, meestal de map Downloads. Die bestanden beheert u zelf.',
    'De programmabestanden van de Aanvraagwijzer: in de opslag van de browser, zodat de Aanvraagwijzer ook zonder internet werkt. Daarin staan geen antwoorden.',
  ],
  sentHeading: 'Wat wordt verstuurd',
  sent: [
    'Niets. De Aanvraagwijzer stuurt geen antwoorden, bestanden of gegevens over uw gebruik naar een server. Er zijn geen cookies en geen statistieken.',
    'Deelt u een bestand met een collega of adviseur? Dan kiest u zelf wat u stuurt en naar wie.',
  ],
  wipeHeading: 'Alles wissen op dit apparaat',
  wipe: 'Werkt u op een computer die u met anderen deelt? Wis dan alles als u klaar bent. Wilt u uw concept houden, sla het dan eerst op als bestand.',
  wipeLink: 'Naar ‘Wis alles op dit apparaat’',
  wipeBrowser: 'U kunt de gegevens van deze site ook wissen in de instellingen van uw browser.',
  fromDiskHeading: 'De Aanvraagwijzer als bestand op uw computer',
  fromDisk:
    'Opent u de Aanvraagwijzer als HTML-bestand van uw eigen computer? Dan bewaart de browser uw concepten op een plek die alle HTML-bestanden op die computer delen. Kies dan ‘Alleen opslaan als bestand’ op de startpagina: de browser bewaart dan niets.',
};

export const CONTACT = {
  title: 'Contact',
  placeholderNotice:
    'Let op: dit zijn voorbeeldgegevens. De organisatie die de Aanvraagwijzer aanbiedt, vult hier haar eigen contactgegevens in.',
  maintainerHeading: 'Wie beheert de Aanvraagwijzer',
  maintainer: `De Aanvraagwijzer wordt beheerd door: ${MAINTAINER.organisation}.`,
  email: 'E-mail',
  responseTime: `Wij antwoorden ${MAINTAINER.responseTime}.`,
  about: 'Mail ons over fouten, over toegankelijkheid of als u een idee heeft. Stuur geen concept of persoonsgegevens mee als dat niet nodig is.',
  schemeHeading: 'Vragen over de regeling',
  scheme: (executor: string) =>
    `Vragen over de regeling zelf, zoals de voorwaarden, de bedragen en het indienen, beantwoordt ${executor}. De Aanvraagwijzer geeft geen beslissing over uw aanvraag.`,
  schemeLink: (executor: string) => `Naar de website van ${executor}`,
};
