// Where the chart puts the answers: faces up the side (very good at the top), answers spaced
// evenly, the wish as dashed runs, and time running right to left in Arabic.
import { describe, expect, it } from 'vitest';
import type { Rating } from '../../src/domain/types';
import { ratingChart, type ChartSize } from '../../src/progress/ratingChart';

const SIZE: ChartSize = { width: 500, height: 240, axis: 60, padding: 20 };
// Steps are 50 apart: 5 at y=20 … 1 at y=220. The plot runs from x=80 to x=480.

describe('ratingChart', () => {
  it('puts very good at the top, very bad at the bottom, answers spaced evenly', () => {
    const ratings: Rating[] = [
      { value: 1, at: 1 },
      { value: 3, at: 2 },
      { value: 5, at: 1000 },
    ];
    const chart = ratingChart(ratings, SIZE);
    expect(chart.points.map((p) => [p.x, p.y])).toEqual([
      [80, 220],
      [280, 120],
      [480, 20],
    ]);
    expect(chart.line).toBe('M80 220L280 120L480 20');
    expect(chart.levels).toEqual([
      { value: 1, y: 220 },
      { value: 2, y: 170 },
      { value: 3, y: 120 },
      { value: 4, y: 70 },
      { value: 5, y: 20 },
    ]);
    expect(chart.axisX).toBe(30);
    expect(chart.wishLines).toEqual([]);
  });

  it('draws the wish as dashed runs, broken where an answer has no wish', () => {
    const ratings: Rating[] = [
      { value: 2, at: 1, wish: 4 },
      { value: 3, at: 2, wish: 5 },
      { value: 3, at: 3 },
      { value: 4, at: 4, wish: 5 },
      { value: 4, at: 5 },
    ];
    const chart = ratingChart(ratings, SIZE);
    expect(chart.points[0]).toMatchObject({ wish: 4, wishY: 70 });
    expect(chart.points[2]?.wishY).toBeUndefined();
    // A wish alone is a short dash across its answer.
    expect(chart.wishLines).toEqual(['M80 70L180 20', 'M356 20H404']);
  });

  it('puts a single answer in the middle', () => {
    const chart = ratingChart([{ value: 4, at: 1 }], SIZE);
    expect(chart.points.map((p) => [p.x, p.y])).toEqual([[280, 70]]);
  });

  it('runs right to left, faces on the right, in a right-to-left language', () => {
    const ratings: Rating[] = [
      { value: 1, at: 1 },
      { value: 5, at: 2 },
    ];
    const chart = ratingChart(ratings, SIZE, true);
    expect(chart.points.map((p) => p.x)).toEqual([420, 20]);
    expect(chart.axisX).toBe(470);
    expect([chart.levelFrom, chart.levelTo]).toEqual([10, 440]);
  });
});
