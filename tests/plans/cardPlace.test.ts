// A card's place in its lane, and the words screen readers hear for it in every language.
import { describe, expect, it } from 'vitest';
import { startI18n } from '../../src/app/i18n';
import type { Language } from '../../src/domain/languages';
import { addedWords, movedWords, placeOf, placeWords } from '../../src/plans/cardPlace';
import { makeCard } from '../fixtures/factories';

const swim = makeCard({ id: 'swim', laneId: 'now', order: 'a0', words: 'Swim' });
const cook = makeCard({ id: 'cook', laneId: 'now', order: 'a1', words: 'Cook' });
const read = makeCard({ id: 'read', laneId: 'now', order: 'a2', words: 'Read' });
const walk = makeCard({ id: 'walk', laneId: 'later', order: 'a0', words: 'Walk' });
const cards = [read, walk, swim, cook];

async function wordsIn(language: Language) {
  const i18n = await startI18n(language);
  await i18n.changeLanguage(language);
  return i18n.getFixedT(language);
}

describe('placeOf', () => {
  it('counts from 1 among the cards of the same lane, in order', () => {
    expect(placeOf(cards, swim)).toEqual({ position: 1, count: 3 });
    expect(placeOf(cards, read)).toEqual({ position: 3, count: 3 });
    expect(placeOf(cards, walk)).toEqual({ position: 1, count: 1 });
  });

  it('takes a moved card where it is now, even when the list still has it where it was', () => {
    expect(placeOf(cards, { ...read, laneId: 'later', order: 'Zz' })).toEqual({
      position: 1,
      count: 2,
    });
    expect(placeOf(cards, { ...swim, order: 'a1V' })).toEqual({ position: 2, count: 3 });
  });

  it('counts a card the list does not have yet (added, or brought back by undo)', () => {
    const back = makeCard({ id: 'back', laneId: 'now', order: 'a3' });
    expect(placeOf(cards, back)).toEqual({ position: 4, count: 4 });
  });
});

describe('the words for a place', () => {
  it('says the place, or that it is the only card, in English', async () => {
    const t = await wordsIn('en');
    expect(placeWords(t, { position: 2, count: 5 }, 'Now')).toBe('Card 2 of 5 in Now.');
    expect(placeWords(t, { position: 1, count: 1 }, 'Now')).toBe('The only card in Now.');
    expect(movedWords(t, 'My cat', { position: 1, count: 3 }, 'Next')).toBe(
      'My cat is now in Next. It is card 1 of 3.',
    );
    expect(movedWords(t, 'My cat', { position: 1, count: 1 }, 'Next')).toBe(
      'My cat is now in Next. It is the only card there.',
    );
    expect(addedWords(t, 'Swim', { position: 3, count: 3 }, 'Now')).toBe(
      'Swim is saved in Now. It is card 3 of 3.',
    );
    expect(t('board.positionLane', { position: 2, count: 4 })).toBe('Column 2 of 4.');
  });

  it('uses the right plural form in Danish, Portuguese and Arabic', async () => {
    const da = await wordsIn('da');
    expect(placeWords(da, { position: 2, count: 5 }, 'Nu')).toBe('Kort 2 af 5 i Nu.');
    expect(placeWords(da, { position: 1, count: 1 }, 'Nu')).toBe('Det eneste kort i Nu.');
    const pt = await wordsIn('pt');
    expect(placeWords(pt, { position: 1, count: 1 }, 'Agora')).toBe('O único cartão em Agora.');
    expect(placeWords(pt, { position: 3, count: 1000000 }, 'Agora')).toBe(
      'Cartão 3 de 1000000 em Agora.',
    );
    const ar = await wordsIn('ar');
    expect(placeWords(ar, { position: 1, count: 1 }, 'الآن')).toBe('البطاقة الوحيدة في الآن.');
    for (const count of [2, 3, 11, 100]) {
      expect(placeWords(ar, { position: 2, count }, 'الآن')).toBe(`البطاقة 2 من ${count} في الآن.`);
    }
  });
});
