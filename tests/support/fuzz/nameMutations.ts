// Entries whose names climb out of the zip (../, absolute, backslashes, NUL) or have no place in
// it, and picture ids that could not name a file.
import { withEntries, type Bases, type FuzzFile } from './baseFiles';

const ODD_NAMES = [
  '../x',
  '../../../etc/passwd',
  '/etc/passwd',
  'C:\\Windows\\win.ini',
  '\\\\server\\share\\x',
  'pictures\\..\\..\\x',
  'pictures/../data.json',
  'pictures/./f-pic-cat',
  'pictures//f-pic-cat',
  'pictures/f-pic-cat\u0000.png',
  'data.json\u0000',
  'manifest.json ',
  'Manifest.json',
  'DATA.JSON',
  'pictures/',
  '',
  '.',
  '..',
  `pictures/${'a'.repeat(101)}`,
  'x'.repeat(60_000),
  'pictures/ä',
  'pictures/f-pic-cat/',
  '%2e%2e/x',
  'recordings/../../x',
  '.DS_Store',
  '__MACOSX/._data.json',
  'mimetype',
  'pictures/f pic',
  'pictures/<script>',
];

/** Entries whose names climb out of the zip, or have no place in it; ids that name no file. */
export function oddNameFiles(bases: Bases): FuzzFile[] {
  const files: FuzzFile[] = ODD_NAMES.map((name) => ({
    group: 'odd names',
    name: `entry ${JSON.stringify(name.slice(0, 40))}`,
    bytes: withEntries(bases.plans, (entries) => entries.set(name, 'x')),
    route: 'open',
    expect: 'refused',
  }));
  for (const id of ['../x', 'a\\b', 'x/y', '.', 'f-pic-cat\u0000', 'a'.repeat(101), 'ä', '']) {
    const text = JSON.stringify(bases.plans.data).replaceAll('"f-pic-cat"', JSON.stringify(id));
    const bytes = withEntries(bases.plans, (entries) => {
      const picture = entries.get('pictures/f-pic-cat')!;
      entries.delete('pictures/f-pic-cat');
      entries.set(`pictures/${id}`, picture);
      entries.set('data.json', text);
    });
    files.push({
      group: 'odd names',
      name: `picture id ${JSON.stringify(id.slice(0, 20))}`,
      bytes,
      route: 'open',
      expect: 'refused',
    });
  }
  return files;
}
