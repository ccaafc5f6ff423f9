// Opening and using a big board stays cheap: the photos of all cards are read together (not one
// read per card), and picking up or moving one card re-renders that card only.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createElement, type ComponentProps } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TEMPLATES } from '../../src/domain/templates';
import type { PictureRef } from '../../src/domain/types';
import { forgetUnusedPictures } from '../../src/pictures';
import { BoardScreen } from '../../src/plans';
import * as storage from '../../src/storage';
import { renderWithProviders } from '../support/renderWithProviders';

const renders = new Map<string, number>();

vi.mock('../../src/storage', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/storage')>();
  return {
    ...real,
    getPicture: vi.fn(real.getPicture),
    getPictures: vi.fn(real.getPictures),
  };
});

// Every card tile renders its picture: counting picture renders per picture counts tile renders.
vi.mock('../../src/pictures', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/pictures')>();
  const keyOf = (picture: PictureRef) =>
    picture.kind === 'stored' ? picture.pictureId : picture.symbolId;
  return {
    ...real,
    PictureView: (props: ComponentProps<typeof real.PictureView>) => {
      const key = keyOf(props.picture);
      renders.set(key, (renders.get(key) ?? 0) + 1);
      return createElement(real.PictureView, props);
    },
  };
});

const N = 12;

async function seed() {
  const person = await storage.addPerson({
    name: 'Ana',
    picture: { kind: 'symbol', symbolId: '1f600' },
  });
  const template = TEMPLATES.find((t) => t.id === 'my-goals');
  if (!template) throw new Error('no template');
  const plan = await storage.createPlan(person.id, template);
  const pictureIds: string[] = [];
  for (let i = 0; i < N; i += 1) {
    const picture = await storage.addPicture({
      personId: person.id,
      bytes: new Uint8Array([1, 2, i]).buffer,
      mime: 'image/png',
      source: 'drawing',
      alt: `Photo ${i}`,
      width: 4,
      height: 3,
    });
    pictureIds.push(picture.id);
    await storage.addCard({
      planId: plan.id,
      laneId: plan.lanes[0]?.id ?? '',
      picture: { kind: 'stored', pictureId: picture.id },
      words: `Card ${i}`,
      colour: 'green',
    });
  }
  return { plan, pictureIds };
}

beforeEach(() => {
  let n = 0;
  vi.stubGlobal(
    'URL',
    Object.assign(URL, {
      createObjectURL: vi.fn(() => `blob:test/${(n += 1)}`),
      revokeObjectURL: vi.fn(),
    }),
  );
  vi.mocked(storage.getPicture).mockClear();
  vi.mocked(storage.getPictures).mockClear();
  renders.clear();
});

afterEach(() => {
  forgetUnusedPictures();
  vi.unstubAllGlobals();
});

async function openBoard() {
  const { plan, pictureIds } = await seed();
  const view = await renderWithProviders(<BoardScreen personId={plan.personId} planId={plan.id} />);
  await waitFor(() => expect(view.container.querySelectorAll('img.card__picture')).toHaveLength(N));
  return { plan, pictureIds };
}

describe('a big board', () => {
  it(`reads the photos of ${N} cards in a bounded number of reads`, async () => {
    const { pictureIds } = await openBoard();
    expect(storage.getPicture).not.toHaveBeenCalled();
    expect(vi.mocked(storage.getPictures).mock.calls.length).toBeLessThanOrEqual(2);
    const asked = vi.mocked(storage.getPictures).mock.calls.flatMap(([ids]) => ids);
    expect(new Set(asked)).toEqual(new Set(pictureIds));
    expect(URL.createObjectURL).toHaveBeenCalledTimes(N);
  });

  it('re-renders only the card that is picked up and moved', async () => {
    const user = userEvent.setup();
    const { plan, pictureIds } = await openBoard();
    const moved = pictureIds[3] ?? '';
    renders.clear();

    await user.click(screen.getByRole('button', { name: 'Card 3' }));
    expect(screen.getByRole('button', { name: 'Card 3' })).toHaveAttribute('aria-pressed', 'true');
    expect([...renders.keys()]).toEqual([moved]);

    renders.clear();
    await user.click(screen.getByRole('button', { name: 'Put it in Later' }));
    // The card is shown in Later at once; it is said once it is stored.
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Card 3 is now in Later.'),
    );
    await waitFor(async () => {
      const later = (await storage.listCards(plan.id)).filter(
        (c) => c.laneId === plan.lanes[2]?.id,
      );
      expect(later.map((c) => c.words)).toEqual(['Card 3']);
    });
    expect(screen.getByRole('list', { name: 'Later' })).toHaveTextContent('Card 3');
    expect([...renders.keys()]).toEqual([moved]);
    // The moved card kept its picture: no new read, no new URL.
    expect(storage.getPicture).not.toHaveBeenCalled();
    expect(URL.createObjectURL).toHaveBeenCalledTimes(N);
  });
});
