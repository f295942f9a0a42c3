import { objectField } from './containers';
import { longText } from './kinds';

/** Monitoring en verantwoording: what the institution measures and records, to report against this plan later. */
export const MONITORING_FIELDS = {
  indicators: longText({ label: 'Indicatoren', required: 'Noem de indicatoren waarmee u meet of de aanpak werkt', binding: {} }),
  registration: longText({
    label: 'Registratie van deelname en resultaten',
    required: 'Beschrijf hoe u deelname en resultaten registreert',
    binding: { description: 'Hoe deelname en resultaten worden geregistreerd' },
  }),
  comparison: longText({
    label: 'Vergelijking van verslag en plan',
    required: 'Beschrijf hoe u het latere verslag vergelijkt met dit plan',
    binding: { description: 'Hoe het verslag wordt vergeleken met dit plan' },
  }),
};

export const MONITORING = objectField({ item: MONITORING_FIELDS });
