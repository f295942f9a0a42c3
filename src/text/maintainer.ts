/**
 * Who maintains this installation of the Aanvraagwijzer, for the contact page and the
 * accessibility statement.
 *
 * PLACEHOLDER VALUES. The organisation that publishes the app replaces them and sets
 * `placeholder` to false; until then the contact page says plainly that they are an example.
 * The address is at example.org, which is reserved for examples (RFC 2606): no real mailbox
 * receives what is meant for the maintainer.
 */
export const MAINTAINER = {
  placeholder: true,
  organisation: 'Voorbeeldorganisatie (nog in te vullen door de beheerder)',
  email: 'aanvraagwijzer@example.org',
  responseTime: 'binnen 5 werkdagen',
} as const;
