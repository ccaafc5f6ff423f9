// Helpers for the sharing spec: a plan with a private card, a photo card and a helper; every
// IndexedDB store dumped (bytes as base64) to compare; a look inside PDFs and .myplan files;
// stubs for printing and the share sheet; and hostile files (a zip bomb) made with fflate.
import { unzipSync, zipSync } from 'fflate';
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { addPerson, lane_, pictures } from './app';

/**
 * A new, empty browser profile: another tablet. No service worker, so no precache competes with
 * the walk (offline use is tested elsewhere); printing and the share sheet are stubbed.
 */
export async function newTablet(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1024, height: 768 },
    serviceWorkers: 'block',
  });
  await stubPrintAndShare(context);
  const page = await context.newPage();
  await page.goto('/');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Who is using My Plan?' }),
  ).toBeVisible();
  return page;
}

/** Every object store of the app's database: records in key order, bytes as `{ $bytes }`. */
export type DatabaseDump = Record<string, unknown[]>;

/** Dumps every store of the `my-plan` database, ArrayBuffers and typed arrays as base64. */
export function dumpDatabase(page: Page): Promise<DatabaseDump> {
  return page.evaluate(async () => {
    const base64 = (bytes: Uint8Array) => {
      let text = '';
      for (let i = 0; i < bytes.length; i += 0x8000) {
        text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      }
      return btoa(text);
    };
    const plain = (value: unknown): unknown => {
      if (value instanceof ArrayBuffer) return { $bytes: base64(new Uint8Array(value)) };
      if (ArrayBuffer.isView(value)) {
        return { $bytes: base64(new Uint8Array(value.buffer, value.byteOffset, value.byteLength)) };
      }
      if (value instanceof Blob) return { $blob: value.size };
      if (Array.isArray(value)) return value.map(plain);
      if (value && typeof value === 'object') {
        const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1));
        return Object.fromEntries(entries.map(([k, v]) => [k, plain(v)]));
      }
      return value;
    };
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('my-plan');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const dump: Record<string, unknown[]> = {};
    for (const name of [...database.objectStoreNames].sort()) {
      dump[name] = await new Promise<unknown[]>((resolve, reject) => {
        const request = database.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve((request.result as unknown[]).map(plain));
        request.onerror = () => reject(request.error);
      });
    }
    database.close();
    return dump;
  });
}

/** Replaces printing and the device's share sheet in every page of `context`. */
export async function stubPrintAndShare(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { printed: number; sent: { name: string; bytes: number[] }[] };
    w.printed = 0;
    w.sent = [];
    window.print = () => {
      w.printed += 1;
    };
    Object.defineProperty(navigator, 'canShare', {
      configurable: true,
      value: (data?: ShareData) => (data?.files?.length ?? 0) > 0,
    });
    Object.defineProperty(navigator, 'share', {
      configurable: true,
      value: async (data: ShareData) => {
        for (const file of data.files ?? []) {
          w.sent.push({ name: file.name, bytes: [...new Uint8Array(await file.arrayBuffer())] });
        }
      },
    });
  });
}

/** A small JPEG photo made on a canvas (a bike-blue rectangle). */
export async function smallPhoto(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(async () => {
    const canvas = document.createElement('canvas');
    canvas.width = 320;
    canvas.height = 240;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no canvas');
    context.fillStyle = '#1d5fb8';
    context.fillRect(0, 0, 320, 240);
    context.fillStyle = '#fff4cc';
    context.fillRect(60, 60, 200, 120);
    const blob = await new Promise<Blob | null>((resolve) =>
      canvas.toBlob(resolve, 'image/jpeg', 0.9),
    );
    if (!blob) throw new Error('no photo');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    return btoa(String.fromCharCode(...bytes));
  });
  return Buffer.from(base64, 'base64');
}

/** What the sharing walk made: ids and words. */
export interface SharedPlan {
  personId: string;
  planId: string;
}

async function newCard(page: Page, lane: string, words: string, search: string, photo?: Buffer) {
  await page.getByRole('link', { name: `Add a card to ${lane}` }).click();
  await page.getByRole('textbox', { name: 'Words on the card' }).fill(words);
  if (photo) {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Choose a photo' }).click();
    await (await chooser).setFiles({ name: 'bike.jpg', mimeType: 'image/jpeg', buffer: photo });
    await expect(page.locator('.picture-picker__current img[src^="blob:"]')).toBeVisible();
  } else {
    await page.getByRole('searchbox', { name: 'Find a picture' }).fill(search);
    await pictures(page).getByRole('button').first().click();
  }
  await page.getByRole('button', { name: 'Save the card' }).click();
  await expect(lane_(page, lane).getByRole('button', { name: words, exact: true })).toBeVisible();
}

/**
 * Mia (Helper mode) with "My goals": "Feed my cat" (helped by Lars) and "My diary" (private) in
 * Now, and a photo card "Ride my bike" in Next. Ends on the board.
 */
export async function makeSharedPlan(page: Page): Promise<SharedPlan> {
  await addPerson(page, 'Mia');
  await page.getByRole('link', { name: 'How I like it' }).click();
  await page.getByRole('radio', { name: /^Helper\b/ }).check();
  await page.getByRole('link', { name: 'My home' }).click();
  await page.getByRole('link', { name: 'New plan' }).click();
  await page.getByRole('button', { name: /^My goals/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My goals' })).toBeVisible();
  const [, personId = '', planId = ''] = /#\/person\/([^/]+)\/plan\/([^/]+)/.exec(page.url()) ?? [];
  await newCard(page, 'Now', 'Feed my cat', 'cat');
  await newCard(page, 'Now', 'My diary', 'book');
  await newCard(page, 'Next', 'Ride my bike', '', await smallPhoto(page));

  await page.getByRole('link', { name: 'Open My diary' }).click();
  await page.getByRole('checkbox', { name: 'Only for me. It is not shared.' }).check();
  await expect(page.getByText('This card is only for you now.').first()).toBeAttached();
  await page.goBack();
  await page.getByRole('link', { name: 'Open Feed my cat' }).click();
  const helpers = page.getByRole('region', { name: 'Who helps me', exact: true });
  await helpers.getByRole('button', { name: 'Add a person who helps' }).click();
  await helpers.getByRole('textbox', { name: 'Name' }).fill('Lars');
  await helpers.getByRole('button', { name: 'Save' }).click();
  await expect(helpers.getByRole('button', { name: 'Lars' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'My goals' })).toBeVisible();
  return { personId, planId };
}

/** The pages of a PDF and the size of the first one, in points. */
export function pdfPages(pdf: Buffer): { count: number; width: number; height: number } {
  const text = pdf.toString('latin1');
  const count = (text.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  const box = /\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(text);
  const [x0, y0, x1, y1] = (box ?? []).slice(1).map(Number);
  return { count, width: (x1 ?? 0) - (x0 ?? 0), height: (y1 ?? 0) - (y0 ?? 0) };
}

/** The entries of an open (unlocked) .myplan file, as text (JSON) or byte counts. */
export function openEntries(file: Buffer): Record<string, string> {
  const entries = unzipSync(new Uint8Array(file));
  return Object.fromEntries(
    Object.entries(entries).map(([name, bytes]) => [
      name,
      name.endsWith('.json') ? new TextDecoder().decode(bytes) : `${bytes.length} bytes`,
    ]),
  );
}

/** Every word of every entry of an open file, for "this never left the tablet" checks. */
export function fileText(file: Buffer): string {
  return Object.values(openEntries(file)).join('\n');
}

/** A file whose bytes were changed in the middle (its zip checks then fail). */
export function corrupted(file: Buffer): Buffer {
  const copy = Buffer.from(file);
  for (let i = Math.floor(copy.length / 3); i < Math.floor(copy.length / 3) + 64; i += 1) {
    copy[i] = (copy[i] ?? 0) ^ 0xa5;
  }
  return copy;
}

function manifest(): Uint8Array {
  const text = JSON.stringify({
    format: 'my-plan',
    version: 1,
    kind: 'plans',
    createdAt: Date.now(),
    locked: false,
  });
  return new TextEncoder().encode(text);
}

/**
 * A zip bomb that says it is a My Plan file: `megabytes` of spaces in data.json, packed about a
 * thousand times smaller; and the same bomb lying that data.json unpacks to 2 KB (the reader
 * must count what really comes out).
 */
export function zipBombs(megabytes: number): { honest: Buffer; lying: Buffer } {
  const data = new Uint8Array(megabytes * 1024 * 1024).fill(0x20);
  const honest = Buffer.from(
    zipSync({ 'manifest.json': manifest(), 'data.json': [data, { level: 1 }] }),
  );
  const lying = Buffer.from(honest);
  // Local header: size at 22; central directory header: size at 24 (both little-endian).
  for (const [signature, at, nameAt] of [
    [0x04034b50, 22, 30],
    [0x02014b50, 24, 46],
  ] as const) {
    const marker = Buffer.alloc(4);
    marker.writeUInt32LE(signature);
    for (let i = lying.indexOf(marker); i >= 0; i = lying.indexOf(marker, i + 4)) {
      if (lying.subarray(i + nameAt, i + nameAt + 9).toString('latin1') === 'data.json') {
        lying.writeUInt32LE(2048, i + at);
      }
    }
  }
  return { honest, lying };
}
