// The picker: library pictures by tap, photo sources as real buttons, an SVG refused in plain
// words with nothing stored, and a stored picture shown from its bytes.
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PicturePicker, PictureView } from '../../src/pictures';
import { PICTURE_KEEP_MS } from '../../src/pictures/pictureUrlCache';
import { addPicture } from '../../src/storage';
import { db } from '../../src/storage/database';
import { renderWithProviders } from '../support/renderWithProviders';

beforeEach(() => {
  let n = 0;
  vi.stubGlobal(
    'URL',
    Object.assign(URL, {
      createObjectURL: vi.fn(() => `blob:test/${(n += 1)}`),
      revokeObjectURL: vi.fn(),
    }),
  );
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('PicturePicker', () => {
  it('offers the library, the camera, device photos and drawing as big buttons', async () => {
    await renderWithProviders(<PicturePicker personId="p1" onChange={() => undefined} />);
    const sources = screen.getByRole('group', { name: 'Where is the picture from?' });
    for (const name of ['Pictures', 'Take a photo', 'Choose a photo', 'Draw']) {
      expect(sources).toContainElement(screen.getByRole('button', { name }));
    }
    expect(screen.getByRole('button', { name: 'Pictures' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Draw' }));
    expect(screen.getByRole('button', { name: 'Use this drawing' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Your drawing' })).toBeInTheDocument();
  });

  it('reports a library picture with its name', async () => {
    const onChange = vi.fn();
    await renderWithProviders(
      <PicturePicker personId="p1" onChange={onChange} initialTopic="animals-nature" />,
    );
    const list = await screen.findByRole('list', { name: 'Pictures' }, { timeout: 10_000 });
    const first = list.querySelector('button');
    if (!first) throw new Error('no pictures');
    await userEvent.click(first);
    expect(onChange).toHaveBeenCalledWith(
      { kind: 'symbol', symbolId: expect.any(String) },
      expect.any(String),
    );
  });

  it('refuses an SVG in plain words and stores nothing', async () => {
    const onChange = vi.fn();
    const { container } = await renderWithProviders(
      <PicturePicker personId="p1" onChange={onChange} />,
    );
    const input = container.querySelector<HTMLInputElement>('input[data-source="upload"]');
    if (!input) throw new Error('no file input');
    const svg = new File(['<svg xmlns="http://www.w3.org/2000/svg"/>'], 'x.svg', {
      type: 'image/svg+xml',
    });
    await userEvent.upload(input, svg, { applyAccept: false });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This kind of picture cannot be used. Please choose a photo.',
    );
    expect(onChange).not.toHaveBeenCalled();
    expect(await db().pictures.count()).toBe(0);
    // Choosing another way takes the problem away.
    const list = await screen.findByRole('list', { name: 'Pictures' }, { timeout: 10_000 });
    const first = list.querySelector('button');
    if (!first) throw new Error('no pictures');
    await userEvent.click(first);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('PictureView', () => {
  it('shows a stored picture from its bytes, as a square', async () => {
    const picture = await addPicture({
      personId: 'p1',
      bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xd9]).buffer,
      mime: 'image/jpeg',
      source: 'camera',
      alt: 'Photo',
      width: 4,
      height: 3,
    });
    await renderWithProviders(
      <PictureView picture={{ kind: 'stored', pictureId: picture.id }} alt="My bike" size={80} />,
    );
    // A plain square while the bytes are read, then the picture itself.
    await waitFor(() => expect(screen.getByRole('img', { name: 'My bike' }).tagName).toBe('IMG'));
    const image = screen.getByRole('img', { name: 'My bike' });
    expect(image).toHaveAttribute('src', expect.stringMatching(/^blob:/));
    expect(image).toHaveAttribute('width', '80');
    expect(image).toHaveAttribute('height', '80');
  });

  it('revokes the object URL when it goes away', async () => {
    const picture = await addPicture({
      personId: 'p1',
      bytes: new Uint8Array([1, 2, 3]).buffer,
      mime: 'image/png',
      source: 'drawing',
      alt: 'Drawing',
      width: 4,
      height: 3,
    });
    const { unmount } = await renderWithProviders(
      <PictureView picture={{ kind: 'stored', pictureId: picture.id }} alt="" size={40} />,
    );
    await waitFor(() => expect(URL.createObjectURL).toHaveBeenCalled());
    // Kept a moment for a card that moves lane, then let go.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      act(() => unmount());
      expect(URL.revokeObjectURL).not.toHaveBeenCalled();
      vi.advanceTimersByTime(PICTURE_KEEP_MS);
      expect(URL.revokeObjectURL).toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });
});
