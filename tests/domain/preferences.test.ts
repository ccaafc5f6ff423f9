// The look of a person: their choices, else the device's theme and the defaults; preferences
// stored before the look choices existed are still valid.
import { describe, expect, it } from 'vitest';
import { lookOf, scanSpeedOf, withDefaults } from '../../src/domain/preferences';
import { preferencesSchema } from '../../src/domain/schemas';

describe('lookOf', () => {
  it('uses the defaults and the device theme for a person who has not chosen', () => {
    expect(lookOf(undefined, 'high-contrast')).toEqual({
      theme: 'high-contrast',
      textSize: 100,
      font: 'standard',
      pictures: 'both',
      reduceMotion: false,
    });
  });

  it("uses the person's own choices over the device's", () => {
    const look = lookOf(
      { theme: 'calm', textSize: 175, font: 'readable', pictures: 'words', reduceMotion: true },
      'light',
    );
    expect(look).toEqual({
      theme: 'calm',
      textSize: 175,
      font: 'readable',
      pictures: 'words',
      reduceMotion: true,
    });
  });
});

describe('preferences kept before the look choices', () => {
  it('are still valid and get the defaults', () => {
    const old = { mode: 'helper', rate: 1.25, readOnFocus: true };
    expect(preferencesSchema.safeParse(old).success).toBe(true);
    expect(lookOf(withDefaults(old as never), 'light').textSize).toBe(100);
  });

  it('refuse sizes, themes and speeds that are not offered', () => {
    const base = { mode: 'me', rate: 1 };
    expect(preferencesSchema.safeParse({ ...base, textSize: 110 }).success).toBe(false);
    expect(preferencesSchema.safeParse({ ...base, theme: 'dark' }).success).toBe(false);
    expect(preferencesSchema.safeParse({ ...base, scanSeconds: 9 }).success).toBe(false);
  });
});

describe('scanSpeedOf', () => {
  it('finds the offered speed nearest to stored seconds', () => {
    expect(scanSpeedOf(undefined)).toBe('normal');
    expect(scanSpeedOf(0.5)).toBe('fast');
    expect(scanSpeedOf(3.5)).toBe('slow');
  });
});
