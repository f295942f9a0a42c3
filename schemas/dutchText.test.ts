import { describe, expect, it } from 'vitest';
import { joinDutch, midSentence } from './dutchText';

describe('joinDutch', () => {
  it.each([
    [[], 'en', ''],
    [['2021'], 'of', '2021'],
    [['2021', '2022'], 'of', '2021 of 2022'],
    [['UWV', 'SBB', 'gemeente'], 'en', 'UWV, SBB en gemeente'],
    [['Gemeente X, RMC-regio Y', 'UWV'], 'en', 'Gemeente X, RMC-regio Y en UWV'],
    [['Gemeente X, regio Y', 'UWV', 'SBB'], 'en', 'Gemeente X, regio Y; UWV en SBB'],
  ] as const)('%j with %s → %j', (items, conjunction, expected) => {
    expect(joinDutch(items, conjunction)).toBe(expected);
  });
});

describe('midSentence', () => {
  it.each([
    ['Centrumgemeente van de arbeidsmarktregio', 'centrumgemeente van de arbeidsmarktregio'],
    ['RMC-contactgemeente', 'RMC-contactgemeente'],
    ['UWV', 'UWV'],
  ])('%j → %j', (label, expected) => expect(midSentence(label)).toBe(expected));
});
