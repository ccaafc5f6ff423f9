// Locks and unlocks a file's payload with a password: AES-GCM with a 256-bit key from
// PBKDF2-SHA256 (WebCrypto). The manifest is bound to the payload, so it cannot be swapped.
import { FileError } from './fileError';
import type { Encryption } from './manifest';
import { PBKDF2_ITERATIONS } from './limits';

function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
}

async function keyFrom(password: string, salt: Uint8Array<ArrayBuffer>, iterations: number) {
  const secret = new TextEncoder().encode(password.normalize('NFC'));
  const material = await crypto.subtle.importKey('raw', secret, 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** New random lock settings (16-byte salt, 12-byte iv) with the standard number of rounds. */
export function newEncryption(): Encryption {
  return {
    cipher: 'AES-GCM',
    kdf: 'PBKDF2-SHA256',
    iterations: PBKDF2_ITERATIONS,
    salt: toBase64(crypto.getRandomValues(new Uint8Array(16))),
    iv: toBase64(crypto.getRandomValues(new Uint8Array(12))),
  };
}

/** Encrypts `payload`; `bound` (the manifest's bytes) is authenticated with it. */
export async function lockBytes(
  payload: Uint8Array<ArrayBuffer>,
  password: string,
  encryption: Encryption,
  bound: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array<ArrayBuffer>> {
  const key = await keyFrom(password, fromBase64(encryption.salt), encryption.iterations);
  const iv = fromBase64(encryption.iv);
  const sealed = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: bound },
    key,
    payload,
  );
  return new Uint8Array(sealed);
}

/** Decrypts a payload; any failure (wrong password, changed bytes) is 'wrong-password'. */
export async function unlockBytes(
  sealed: Uint8Array<ArrayBuffer>,
  password: string,
  encryption: Encryption,
  bound: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array<ArrayBuffer>> {
  const key = await keyFrom(password, fromBase64(encryption.salt), encryption.iterations);
  try {
    const iv = fromBase64(encryption.iv);
    const opened = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv, additionalData: bound },
      key,
      sealed,
    );
    return new Uint8Array(opened);
  } catch (error) {
    throw new FileError('wrong-password', error);
  }
}
