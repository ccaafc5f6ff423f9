// Where the answers to "how is it going" go on the progress chart: one point per answer, spaced
// evenly from the first answer to the last (a person reads "then, then, then", not a calendar),
// faces up the side, and the wish ("where I want it to be") as its own dashed line.
import type { Rating, ScaleStep } from '../domain/types';

/** The chart's size in SVG units, and the room kept for the faces along the side. */
export interface ChartSize {
  width: number;
  height: number;
  /** Width of the column of faces at the start side. */
  axis: number;
  /** Room above the top step and below the bottom one. */
  padding: number;
}

/** One answer on the chart. */
export interface ChartPoint {
  x: number;
  y: number;
  at: number;
  value: ScaleStep;
  wish?: ScaleStep;
  /** Where the wish is drawn, when there is one. */
  wishY?: number;
}

/** Everything the chart draws. */
export interface RatingChart {
  points: ChartPoint[];
  /** SVG path through the answers ("" when there is no answer). */
  line: string;
  /** SVG paths of the wish, one per run of answers that have one. */
  wishLines: string[];
  /** The height of each face step, worst first. */
  levels: { value: ScaleStep; y: number }[];
  /** The middle of the column of faces. */
  axisX: number;
  /** Where the lines of the face steps begin and end (left to right). */
  levelFrom: number;
  levelTo: number;
}

/** The chart's usual size. */
// Not too wide: on a phone the faces up the side must stay big enough to see.
export const CHART_SIZE: ChartSize = { width: 440, height: 340, axis: 76, padding: 30 };

const STEPS: readonly ScaleStep[] = [1, 2, 3, 4, 5];

/** Half the width of the dashed mark of a wish that stands alone. */
const LONE_WISH = 24;

/** Lays out `ratings` (oldest first); in a right-to-left language time runs right to left. */
export function ratingChart(
  ratings: readonly Rating[],
  size: ChartSize = CHART_SIZE,
  isRtl = false,
): RatingChart {
  const stepHeight = (size.height - 2 * size.padding) / (STEPS.length - 1);
  const yOf = (value: ScaleStep) => size.padding + (5 - value) * stepHeight;
  const plotStart = size.axis + size.padding;
  const plotEnd = size.width - size.padding;
  const gap = ratings.length > 1 ? (plotEnd - plotStart) / (ratings.length - 1) : 0;
  const mirror = (x: number) => (isRtl ? size.width - x : x);
  const points = ratings.map((rating, index): ChartPoint => {
    const x = ratings.length > 1 ? plotStart + index * gap : (plotStart + plotEnd) / 2;
    const point: ChartPoint = {
      x: mirror(x),
      y: yOf(rating.value),
      at: rating.at,
      value: rating.value,
    };
    if (rating.wish) {
      point.wish = rating.wish;
      point.wishY = yOf(rating.wish);
    }
    return point;
  });
  return {
    points,
    line: pathThrough(points.map((point) => [point.x, point.y])),
    wishLines: wishRuns(points).map((run) =>
      run.length === 1 && run[0]
        ? `M${round(run[0].x - LONE_WISH)} ${round(run[0].wishY ?? 0)}H${round(run[0].x + LONE_WISH)}`
        : pathThrough(run.map((point) => [point.x, point.wishY ?? 0])),
    ),
    levels: STEPS.map((value) => ({ value, y: yOf(value) })),
    axisX: mirror(size.axis / 2),
    levelFrom: isRtl ? size.padding / 2 : size.axis,
    levelTo: isRtl ? size.width - size.axis : size.width - size.padding / 2,
  };
}

/** Runs of neighbouring points that all have a wish. */
function wishRuns(points: readonly ChartPoint[]): ChartPoint[][] {
  const runs: ChartPoint[][] = [];
  let run: ChartPoint[] = [];
  for (const point of points) {
    if (point.wishY === undefined) {
      if (run.length) runs.push(run);
      run = [];
    } else run.push(point);
  }
  if (run.length) runs.push(run);
  return runs;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

function pathThrough(coordinates: readonly [number, number][]): string {
  return coordinates
    .map(([x, y], index) => `${index === 0 ? 'M' : 'L'}${round(x)} ${round(y)}`)
    .join('');
}
