import { describe, expect, it } from 'vitest';
import { isDateLine, parseDate } from '../../lib/extract/date';

describe('parseDate', () => {
  it.each([
    ['2023-12-05T08:30:24+07:00', '2023-12-05T08:30:24+07:00'],
    ['2026-07-20T00:15:00', '2026-07-20T00:15:00+07:00'],
    ['2026-07-20 06:03 + 07:00', '2026-07-20T06:03:00+07:00'],
    ['2023-12-05T01:30:24.123Z', '2023-12-05T01:30:24+00:00'],
    ['2023-12-05', '2023-12-05T00:00:00+07:00'],
    ['2023-12-05T08:30:24+0530', '2023-12-05T08:30:24+05:30'],
    ['Cập nhật: 05-12-2023 | 08:30:24', '2023-12-05T08:30:24+07:00'],
    ['Thứ ba, 5/12/2023, 08:30 (GMT+7)', '2023-12-05T08:30:00+07:00'],
    ['05/12/2023 08:30', '2023-12-05T08:30:00+07:00'],
    ['20/07/2026 00:15 AM', '2026-07-20T00:15:00+07:00'],
    ['20/07/2026 12:15 AM', '2026-07-20T00:15:00+07:00'],
    ['20/07/2026 03:15 PM', '2026-07-20T15:15:00+07:00'],
    ['08:30 05/12/2023', '2023-12-05T08:30:00+07:00'],
    ['05/12/2023 14:05 GMT+7', '2023-12-05T14:05:00+07:00'],
    ['Ngày 05.12.2023 lúc 17h30', '2023-12-05T17:30:00+07:00'],
    ['Chủ nhật, 31/12/2023 - 23:59', '2023-12-31T23:59:00+07:00'],
    ['Thứ năm, 29/2/2024', '2024-02-29T00:00:00+07:00'],
  ])('%s → %s', (input, want) => {
    expect(parseDate(input)).toBe(want);
  });

  it.each([['31/02/2023'], ['not a date'], [''], ['12/25/2023 10:00'], ['2023-13-01']])(
    'rejects %s (impossible or month-first)',
    (input) => expect(parseDate(input)).toBeNull(),
  );

  it('ignores an impossible time but keeps the date', () => {
    expect(parseDate('05/12/2023 25:61')).toBe('2023-12-05T00:00:00+07:00');
  });

  it('reads a time written with an NFD Vietnamese label', () => {
    expect(parseDate('Cập nhật: 05-12-2023 | 08:30:24'.normalize('NFD'))).toBe('2023-12-05T08:30:24+07:00');
  });
});

describe('isDateLine', () => {
  it.each([
    'Cập nhật: 05-12-2023 | 08:30:24',
    'Thứ ba, 5/12/2023, 08:30 (GMT+7)',
    '05/12/2023 14:05 GMT+7',
    'Thứ tư, 22/10/2025, 19:25 (GMT+7)',
  ])('%s is a date stamp', (line) => expect(isDateLine(line)).toBe(true));

  it.each([
    'Ngày 5/12/2023, Sở Giao thông Vận tải công bố ba tuyến buýt mới.',
    'Tháng 10-2023, ICF chính thức vinh danh Bình Dương',
  ])('%s is prose', (line) => expect(isDateLine(line)).toBe(false));
});
