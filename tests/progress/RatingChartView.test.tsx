// The chart of a goal's answers: a picture with a name, described by a list a screen reader
// reads ("date: face, want: face"), in the person's language; a key says which line is which.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Rating } from '../../src/domain/types';
import { RatingChartView } from '../../src/progress/RatingChartView';
import { renderWithProviders } from '../support/renderWithProviders';

const RATINGS: Rating[] = [
  { value: 2, at: new Date(2025, 2, 12, 10).getTime() },
  { value: 4, at: new Date(2025, 5, 3, 10).getTime(), wish: 5, meetingId: 'm1' },
];

describe('RatingChartView', () => {
  it('has a text alternative: every answer with its date and wish, in words', async () => {
    await renderWithProviders(<RatingChartView ratings={RATINGS} />);
    const chart = screen.getByRole('img', { name: 'Chart of how it is going over time' });
    const words = screen.getByRole('list', { name: 'The chart in words' });
    expect(
      within(words)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['March 12, 2025: Bad', 'June 3, 2025: Good, want: Very good']);
    expect(chart).toHaveAccessibleDescription(/March 12, 2025: Bad June 3, 2025: Good, want/);
    expect(chart.querySelectorAll('circle')).toHaveLength(2);
    expect(chart.querySelectorAll('.progress-chart__wish')).toHaveLength(1);
    // Faces up the side instead of numbers.
    expect(chart.querySelectorAll('image')).toHaveLength(5);
    expect(screen.getByText('Dashed line: where I want it to be')).toBeVisible();
  });

  it('says the same in Arabic, with the dates in Arabic', async () => {
    await renderWithProviders(<RatingChartView ratings={RATINGS} />, 'ar');
    const words = screen.getByRole('list', { name: 'الرسم بالكلمات' });
    const items = within(words).getAllByRole('listitem');
    const expectedDate = new Intl.DateTimeFormat('ar', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    }).format(RATINGS[1]?.at);
    expect(items[1]).toHaveTextContent(`${expectedDate}: جيد، أريد: جيد جدًا`);
  });
});
