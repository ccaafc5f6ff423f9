// Locked files: no password, wrong passwords, a changed manifest or payload, impossible lock
// settings, and hostile files hidden inside a lock opened with the right password.
import { buildZip, entriesOf, entry, rezip } from '../../sharing/files/zipCraft';
import { HTML_PAGE } from '../../sharing/files/imageCraft';
import type { Bases, FuzzFile } from './baseFiles';
import { gigabyteBomb } from './bombMutations';

const PASSWORD = 'blue door 7';
const SALT = 'AAECAwQFBgcICQoLDA0ODw==';

function base64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}

/** Locks inner files with one key (PBKDF2 runs once here, and once per file it opens). */
async function sealer(kind: 'plans' | 'backup', createdAt: number) {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(PASSWORD),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  const salt = Uint8Array.from(atob(SALT), (char) => char.charCodeAt(0));
  const key = await crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: 600_000 },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt'],
  );
  let n = 0;
  return async (inner: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> => {
    n += 1;
    const iv = new Uint8Array(12).fill(n);
    const manifest = JSON.stringify({
      format: 'my-plan',
      version: 1,
      kind,
      createdAt,
      locked: true,
      encryption: {
        cipher: 'AES-GCM',
        kdf: 'PBKDF2-SHA256',
        iterations: 600_000,
        salt: SALT,
        iv: base64(iv),
      },
    });
    const bound = new TextEncoder().encode(manifest);
    const payload = new Uint8Array(
      await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: bound }, key, inner),
    );
    return buildZip([entry('manifest.json', manifest, 0), entry('payload.bin', payload, 0)]);
  };
}

type Files = Map<string, Uint8Array | string>;

function changed(
  file: Uint8Array,
  change: (files: Files, manifest: Record<string, unknown>) => void,
) {
  const files: Files = entriesOf(file);
  const manifest = JSON.parse(
    new TextDecoder().decode(files.get('manifest.json') as Uint8Array),
  ) as Record<string, unknown>;
  change(files, manifest);
  files.set('manifest.json', JSON.stringify(manifest));
  return rezip(files);
}

const lockWith =
  (patch: Record<string, unknown>) => (_: Files, manifest: Record<string, unknown>) => {
    manifest.encryption = { ...(manifest.encryption as object), ...patch };
  };

/** Locked files of the plans base: what the person types, and what was done to the file. */
export async function lockedFiles(bases: Bases): Promise<FuzzFile[]> {
  const { plans } = bases;
  const seal = await sealer('plans', 9000);
  const good = await seal(plans.bytes);
  const file = (
    name: string,
    bytes: Uint8Array<ArrayBuffer>,
    password: string | undefined,
    expect: FuzzFile['expect'] = 'refused',
  ): FuzzFile => ({
    group: 'locked files',
    name,
    bytes,
    route: 'open',
    how: 'new',
    password,
    expect,
  });
  const flipped = good.slice();
  flipped[flipped.length - 60] = (flipped[flipped.length - 60] ?? 0) ^ 0x10;
  const innerBomb = buildZip([
    entry('manifest.json', JSON.stringify(plans.manifest)),
    { name: 'data.json', packed: gigabyteBomb(), method: 8, crc: 0, size: 1000 },
  ]);
  const innerHtml = new Map<string, Uint8Array | string>(plans.entries).set(
    'pictures/f-pic-cat',
    HTML_PAGE,
  );
  return [
    file('the right password', good, PASSWORD, 'imports'),
    file('no password typed', good, undefined),
    file('an empty password', good, ''),
    file('a wrong password', good, 'blue door 8'),
    file('the password in wide letters', good, 'ｂｌｕｅ ｄｏｏｒ ７'),
    file('a changed payload', flipped, PASSWORD),
    file(
      'a changed date',
      changed(good, (_, m) => (m.createdAt = 9001)),
      PASSWORD,
    ),
    file(
      '1,000,000 rounds, the most',
      changed(good, lockWith({ iterations: 1_000_000 })),
      PASSWORD,
    ),
    file('2,000,000 rounds', changed(good, lockWith({ iterations: 2_000_000 })), PASSWORD),
    file('4,000,000,000 rounds', changed(good, lockWith({ iterations: 4_000_000_000 })), PASSWORD),
    file('too few rounds', changed(good, lockWith({ iterations: 599_999 })), PASSWORD),
    file('rounds as text', changed(good, lockWith({ iterations: '600000' })), PASSWORD),
    file('a short salt', changed(good, lockWith({ salt: 'AAECAwQFBgcICQoLDA0O' })), PASSWORD),
    file(
      'a salt that is not base64',
      changed(good, lockWith({ salt: '!!!!!!!!!!!!!!!!!!!!!!==' })),
      PASSWORD,
    ),
    file('a long iv', changed(good, lockWith({ iv: 'AAECAwQFBgcICQoLDA0ODw==' })), PASSWORD),
    file('another cipher', changed(good, lockWith({ cipher: 'AES-CBC' })), PASSWORD),
    file('another key function', changed(good, lockWith({ kdf: 'scrypt' })), PASSWORD),
    file(
      'no lock settings',
      changed(good, (_, m) => delete m.encryption),
      PASSWORD,
    ),
    file('an extra lock setting', changed(good, lockWith({ extra: 1 })), PASSWORD),
    file(
      'no payload',
      changed(good, (f) => f.delete('payload.bin')),
      PASSWORD,
    ),
    file(
      'an empty payload',
      changed(good, (f) => f.set('payload.bin', new Uint8Array(0))),
      PASSWORD,
    ),
    file(
      'data beside the payload',
      changed(good, (f) => f.set('data.json', '{}')),
      PASSWORD,
    ),
    file(
      'a deflated payload',
      buildZip([...entriesOf(good)].map(([n, b]) => entry(n, b, 8))),
      PASSWORD,
    ),
    file('a zip bomb inside', await seal(innerBomb), PASSWORD),
    file('HTML as a picture inside', await seal(rezip(innerHtml)), PASSWORD),
    file('a locked file inside', await seal(good), PASSWORD),
  ];
}
