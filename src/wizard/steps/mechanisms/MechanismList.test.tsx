// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { draftFileSchema, type Answers } from '../../../../schemas/draft';
import { getScheme } from '../../../../templates/schemes';
import { DraftStoreContext, SchemeContext } from '../../../shell/DraftContext';
import { createDraftStore, createEmptyDraft, type DraftStore } from '../../../shell/draftStore';
import { MechanismsStep } from '../MechanismsStep';

const scheme = getScheme();
const [m1, m2] = scheme.mechanisms;

function renderStep(answers: Answers, sub?: string): DraftStore {
  const store = createDraftStore({ ...createEmptyDraft(scheme.id), answers });
  render(
    <SchemeContext.Provider value={scheme}>
      <DraftStoreContext.Provider value={store}>
        <MechanismsStep sub={sub} />
      </DraftStoreContext.Provider>
    </SchemeContext.Provider>,
  );
  return store;
}

const chosenIds = (store: DraftStore) => store.getSnapshot().answers.mechanisms?.chosen?.map((c) => c.mechanismId);
const chooseButton = (n: number) => screen.getByRole('button', { name: new RegExp(`^Kies dit mechanisme ?\\(${n}\\.`) });

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

describe('Mechanismen', () => {
  it('chooses a mechanism in the scheme order and opens its page', async () => {
    const store = renderStep({});
    await act(async () => fireEvent.click(chooseButton(2)));
    expect(window.location.hash).toBe(`#/mechanismen/${m2?.id}`);
    await act(async () => fireEvent.click(chooseButton(1)));
    expect(chosenIds(store)).toEqual([m1?.id, m2?.id]);
    expect(draftFileSchema.safeParse(store.getSnapshot()).success).toBe(true);
  });

  it('shows a chosen mechanism as a card; Verwijderen takes it off whole and Ongedaan maken puts it back with its answers', async () => {
    const choice = { mechanismId: m2?.id ?? '', approachIds: [m2?.approaches[0]?.id ?? ''], rationale: 'Past bij onze bol-2 studenten' };
    const store = renderStep({ mechanisms: { chosen: [{ mechanismId: m1?.id ?? '', approachIds: [] }, choice] } });
    const card = screen.getByRole('region', { name: new RegExp(`^2\\. ?${m2?.name}$`) });
    expect(within(card).getByText(m2?.approaches[0]?.name ?? 'missing')).toBeTruthy();
    expect(within(card).getByText('Klaar')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: new RegExp(`^1\\. ?${m1?.name}$`) })).getByText('Nog niet compleet')).toBeTruthy();
    expect(within(card).getByRole('link', { name: new RegExp(`^Wijzigen ?mechanisme ‘${m2?.name}’$`) }).getAttribute('href')).toBe(`#/mechanismen/${m2?.id}`);

    await act(async () => fireEvent.click(within(card).getByRole('button', { name: new RegExp(`^Verwijderen ?mechanisme ‘${m2?.name}’$`) })));
    expect(chosenIds(store)).toEqual([m1?.id]);
    expect(chooseButton(2)).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /^Ongedaan maken/ })));
    expect(store.getSnapshot().answers.mechanisms?.chosen?.[1]).toEqual(choice);
  });

  it('asks a chosen mechanism’s approaches and rationale on its page, writing every change to the draft', () => {
    const store = renderStep({ mechanisms: { chosen: [{ mechanismId: m1?.id ?? '' }, { mechanismId: m2?.id ?? '' }] } }, m2?.id);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(m2?.name);
    fireEvent.click(screen.getByRole('checkbox', { name: m2?.approaches[1]?.name }));
    fireEvent.change(screen.getByLabelText('Waarom past dit mechanisme bij uw doelgroepen?'), { target: { value: 'Omdat het werkt' } });
    expect(store.getSnapshot().answers.mechanisms?.chosen?.[1]).toEqual({ mechanismId: m2?.id, approachIds: [m2?.approaches[1]?.id], rationale: 'Omdat het werkt' });
    expect(store.getSnapshot().answers.mechanisms?.chosen?.[0]).toEqual({ mechanismId: m1?.id });
  });

  it('says so on the page of a mechanism that is not chosen', () => {
    renderStep({}, m1?.id);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Mechanisme niet gekozen');
  });

  it('shows a mechanism from another scheme round and lets the user remove it', async () => {
    const store = renderStep({ mechanisms: { chosen: [{ mechanismId: m1?.id ?? '', approachIds: [] }, { mechanismId: 'oud-mechanisme' }] } });
    const notice = document.getElementById('veld-chosen-1-mechanismId');
    expect(notice).not.toBeNull();
    expect(notice?.textContent).toContain('oud-mechanisme');
    await act(async () => fireEvent.click(within(notice as HTMLElement).getByRole('button', { name: 'Haal ‘oud-mechanisme’ weg' })));
    expect(chosenIds(store)).toEqual([m1?.id]);
    expect(document.getElementById('veld-chosen-1-mechanismId')).toBeNull();
  });
});
