// Makes the .myplan files the benchmark opens through the app's own "Open a file": one plan of N
// cards, each with its own photo (the same small JPEG bytes under different picture ids).
// Written from src/sharing/files/FORMAT.md with fflate; nothing is imported from src/.
import { zipSync } from 'fflate';
import { generateNKeysBetween } from 'fractional-indexing';

/** The lanes of every benchmark plan; moves go between the first and the third. */
export const BENCH_LANES = [
  { id: 'lane-now', symbolId: '1f4cd', title: 'Now' },
  { id: 'lane-next', symbolId: '27a1', title: 'Next' },
  { id: 'lane-later', symbolId: '1f52d', title: 'Later' },
  { id: 'lane-done', symbolId: '2705', title: 'Done' },
];

const COLOURS = ['green', 'yellow', 'blue', 'red', 'purple', 'grey'];
const WORDS = ['Go swimming', 'Cook dinner', 'Visit Mum', 'Take the bus', 'Paint', 'Walk the dog'];

/** The title of the benchmark plan of `count` cards (also its tile's name on Home). */
export function benchPlanTitle(count) {
  return `Bench ${count}`;
}

/**
 * A .myplan file (an open zip: manifest.json, data.json, pictures/<id>) holding one plan of
 * `count` cards spread over four lanes, each card with its own stored photo.
 * @param {number} count
 * @param {{ bytes: Uint8Array, width: number, height: number }} photo a small JPEG
 * @returns {Uint8Array}
 */
export function makePlanFile(count, photo) {
  const at = Date.now();
  const personId = 'bench-person';
  const planId = `bench-plan-${count}`;
  const person = {
    id: personId,
    name: 'Bench',
    picture: { kind: 'symbol', symbolId: '1f642' },
    createdAt: at,
    updatedAt: at,
  };
  const plan = {
    id: planId,
    personId,
    templateId: 'my-goals',
    layout: 'columns',
    title: benchPlanTitle(count),
    symbolId: '1f4cb',
    lanes: BENCH_LANES,
    legend: [
      { colour: 'green', meaningKey: 'legend.iWantThis' },
      { colour: 'red', meaningKey: 'legend.iDoNotWantThis' },
    ],
    createdAt: at,
    updatedAt: at,
  };
  const perLane = BENCH_LANES.map((_, lane) => Math.ceil((count - lane) / BENCH_LANES.length));
  const orders = perLane.map((n) => generateNKeysBetween(null, null, n));
  const cards = [];
  const pictures = [];
  for (let i = 0; i < count; i += 1) {
    const lane = i % BENCH_LANES.length;
    const pictureId = `bench-${count}-photo-${i}`;
    pictures.push({
      id: pictureId,
      personId,
      mime: 'image/jpeg',
      source: 'camera',
      alt: 'Photo',
      width: photo.width,
      height: photo.height,
      createdAt: at,
    });
    cards.push({
      id: `bench-${count}-card-${i}`,
      planId,
      laneId: BENCH_LANES[lane].id,
      order: orders[lane][Math.floor(i / BENCH_LANES.length)],
      picture: { kind: 'stored', pictureId },
      words: `${WORDS[i % WORDS.length]} ${i + 1}`,
      colour: COLOURS[i % COLOURS.length],
      createdAt: at,
      updatedAt: at,
    });
  }
  const data = {
    kind: 'plans',
    createdAt: at,
    person,
    plans: [plan],
    cards,
    supporters: [],
    meetings: [],
    pictures,
    recordings: [],
  };
  const manifest = { format: 'my-plan', version: 1, kind: 'plans', createdAt: at, locked: false };
  const encode = (value) => new TextEncoder().encode(JSON.stringify(value));
  const files = {
    'manifest.json': [encode(manifest), { level: 6 }],
    'data.json': [encode(data), { level: 6 }],
  };
  for (const { id } of pictures) files[`pictures/${id}`] = [photo.bytes, { level: 0 }];
  return zipSync(files, { mtime: new Date(at) });
}
