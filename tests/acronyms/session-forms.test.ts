import { describe, expect, it } from 'vitest';
import { findAcronyms } from '../../lib/acronyms';
import { shippedGlossary } from './helpers';

const rows = (text: string): string[] => findAcronyms(text, { glossary: shippedGlossary() }).map((a) => `${a.short}=${a.long}${a.definedInText ? ' (trong bài)' : ''}`);

describe('a meeting written with the number of its session', () => {
  it('is the meeting and its session, however the number is joined', () => {
    expect(rows('Hội nghị COP26 diễn ra tại Glasgow. COP26 bế mạc sau hai tuần.')).toEqual(['COP26=Conference of the Parties 26']);
    expect(rows('Tại COP 28, Việt Nam cam kết giảm phát thải.')).toEqual(['COP 28=Conference of the Parties 28']);
    expect(rows('Nhưng Hội nghị AMM-49 đã đạt được Tuyên bố chung.')).toEqual(["AMM-49=ASEAN Foreign Ministers' Meeting 49"]);
  });
  it('is no session where the number set apart counts or dates something', () => {
    expect(rows('Thủ tướng dự COP 3 năm liên tiếp.')).toEqual(['COP=Conference of the Parties']);
    expect(rows('Hội nghị SOM 10 nước ASEAN họp tại Hà Nội.')).toEqual(["SOM=Senior Officials' Meeting", 'ASEAN=Association of Southeast Asian Nations']);
    expect(rows('Khai mạc Hội nghị SOM 15/11 tại Vientiane.')).toEqual(["SOM=Senior Officials' Meeting"]);
    expect(rows('ASEM 2 năm một lần được tổ chức luân phiên.')).toEqual(['ASEM=Asia-Europe Meeting']);
    // A date after the session is the session's; joined to its letters, the number is the session
    // whatever follows.
    expect(rows('Hội nghị COP 28 năm 2023 diễn ra tại Dubai.')).toEqual(['COP 28=Conference of the Parties 28']);
    expect(rows('Hội nghị AMM 56 ngày 11/7 ra Thông cáo chung.')).toEqual(["AMM 56=ASEAN Foreign Ministers' Meeting 56"]);
    expect(rows('COP28 năm nay diễn ra tại Dubai.')).toEqual(['COP28=Conference of the Parties 28']);
  });
  it('is left to the readers of brackets where the article writes it in brackets', () => {
    expect(rows('Hội nghị Ngoại trưởng ASEAN lần thứ 52 (AMM-52) khai mạc. AMM-52 bàn về Biển Đông.')).toContain('AMM=Hội nghị Ngoại trưởng ASEAN (trong bài)');
    // The name before is the Convention's, not the Conference's.
    const cop = rows('Hội nghị lần thứ 28 các bên tham gia Công ước khung của LHQ về biến đổi khí hậu (COP 28) bế mạc. Tại COP 28, các nước cam kết.');
    expect(cop.some((r) => r.includes('Công ước khung'))).toBe(false);
  });
  it('is no model whose letters name a meeting only later, nor a firm\'s general meeting', () => {
    // AGM: a firm's annual general meeting, and the US air-to-ground missiles.
    expect(rows('Máy bay B-52 mang tên lửa hành trình AGM-86 và AGM-65.')).toEqual([]);
    // CD is a disc before it is the Conference on Disarmament.
    expect(rows('Anh phát hành CD 2 trong năm nay.').some((r) => r.includes('Disarmament'))).toBe(false);
  });
});
