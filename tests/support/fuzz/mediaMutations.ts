// Pictures and voices in a file that are not what they say: a web page called a JPEG, SVG with
// a script, headers asking 30000×30000 pixels, the bytes of another kind, nothing at all.
import { HTML_PAGE, SCRIPT_SVGS, imageBytes, textBytes } from '../../sharing/files/imageCraft';
import { withData, withEntries, type Base, type Bases, type FuzzFile } from './baseFiles';

const u8 = (buffer: ArrayBuffer) => new Uint8Array(buffer);

/** What a picture entry may be made to hold instead of its own bytes. */
function hostilePictures(): [string, Uint8Array][] {
  return [
    ['HTML called a JPEG', u8(textBytes(HTML_PAGE))],
    [
      'HTML after a JPEG start',
      new Uint8Array([0xff, 0xd8, 0xff, 0xfe, 0, 40, ...u8(textBytes(HTML_PAGE))]),
    ],
    ...SCRIPT_SVGS.map((svg, i): [string, Uint8Array] => [
      `SVG with script ${i + 1}`,
      u8(textBytes(svg)),
    ]),
    ['PNG of 30000×30000', u8(imageBytes('png', 30_000, 30_000))],
    ['JPEG of 30000×30000', u8(imageBytes('jpeg', 30_000, 30_000))],
    ['GIF of 65535×65535', u8(imageBytes('gif', 65_535, 65_535))],
    ['WebP of 30000×30000', u8(imageBytes('webp', 30_000, 30_000))],
    ['PNG of 4097×1', u8(imageBytes('png', 4097, 1))],
    ['PNG of 0×0', u8(imageBytes('png', 0, 0))],
    ['JPEG without a frame', new Uint8Array([0xff, 0xd8, 0xff, 0xd9])],
    ['PNG without its header chunk', u8(textBytes('\x89PNG\r\n\x1a\n\0\0\0\0IEND'))],
    ['a PDF', u8(textBytes('%PDF-1.7\n%âãÏÓ\n1 0 obj'))],
    ['a program', u8(textBytes('MZ\x90\0\x03\0\0\0\x04\0\0\0'))],
    ['a BMP', u8(textBytes('BM\x36\0\0\0\0\0\0\0\x36\0\0\0\x28\0\0\0'))],
    ['nothing', new Uint8Array(0)],
  ];
}

/** The base with the bytes of picture `id` replaced. */
function withPicture(base: Base, id: string, bytes: Uint8Array) {
  return withEntries(base, (files) => files.set(`pictures/${id}`, bytes));
}

/** Hostile bytes as each kind of picture (the person's, a card's, a helper's, one unused). */
export function mediaFiles(bases: Bases): FuzzFile[] {
  const files: FuzzFile[] = [];
  const targets: [Base, string, 'open' | 'restore'][] = [
    [bases.plans, 'f-pic-cat', 'open'],
    [bases.backup, 'b-pic-face', 'restore'],
  ];
  hostilePictures().forEach(([what, bytes], n) => {
    for (const [base, id, route] of targets) {
      files.push({
        group: 'pictures that are not',
        name: `${what} as ${id}`,
        bytes: withPicture(base, id, bytes),
        route,
        expect: 'refused',
      });
    }
    const other = n % 2 === 0 ? 'f-pic-anna' : 'f-pic-unused';
    files.push({
      group: 'pictures that are not',
      name: `${what} as ${other}`,
      bytes: withPicture(bases.plans, other, bytes),
      route: 'open',
      expect: 'refused',
    });
  });
  // The bytes of one kind, said to be another.
  const png = u8(imageBytes('png', 40, 30, 700, 1));
  files.push({
    group: 'pictures that are not',
    name: 'PNG bytes said to be a JPEG',
    bytes: withPicture(bases.plans, 'f-pic-cat', png),
    route: 'open',
    expect: 'refused',
  });
  // What the record says about a picture.
  const meta: [string, (picture: Record<string, unknown>) => void][] = [
    ['said to be SVG', (p) => (p.mime = 'image/svg+xml')],
    ['said to be HTML', (p) => (p.mime = 'text/html')],
    ['said to be 30000 wide', (p) => (p.width = 30_000)],
    ['said to be 0 high', (p) => (p.height = 0)],
    ['an alt of 10,000 letters', (p) => (p.alt = 'a'.repeat(10_000))],
  ];
  for (const [what, change] of meta) {
    const bytes = withData(bases.plans, (d) =>
      change((d.pictures as Record<string, unknown>[])[1]!),
    );
    files.push({
      group: 'pictures that are not',
      name: what,
      bytes,
      route: 'open',
      expect: 'refused',
    });
  }
  // Voices that are not sound.
  const voices: [string, Uint8Array][] = [
    ['HTML as a voice', u8(textBytes(HTML_PAGE))],
    ['SVG as a voice', u8(textBytes(SCRIPT_SVGS[0]!))],
    ['a picture as a voice', png],
    ['nothing as a voice', new Uint8Array(0)],
  ];
  for (const [what, bytes] of voices) {
    files.push({
      group: 'pictures that are not',
      name: what,
      bytes: withEntries(bases.plans, (f) => f.set('recordings/f-rec-1', bytes)),
      route: 'open',
      expect: 'refused',
    });
  }
  files.push({
    group: 'pictures that are not',
    name: 'a voice said to be video',
    bytes: withData(
      bases.plans,
      (d) => ((d.recordings as Record<string, unknown>[])[0]!.mime = 'video/webm'),
    ),
    route: 'open',
    expect: 'refused',
  });
  return files;
}
