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
    // Joined to its letters, the number is the session whatever follows.
    expect(rows('COP28 năm nay diễn ra tại Dubai.')).toEqual(['COP28=Conference of the Parties 28']);
  });
  it('is left to the name that gives its session in brackets', () => {
    expect(rows('Hội nghị Ngoại trưởng ASEAN lần thứ 52 (AMM-52) khai mạc. AMM-52 bàn về Biển Đông.')).toContain('AMM=Hội nghị Ngoại trưởng ASEAN (trong bài)');
  });
  it('is no model whose letters name a meeting only later, nor a firm\'s general meeting', () => {
    // AGM: a firm's annual general meeting, and the US air-to-ground missiles.
    expect(rows('Máy bay B-52 mang tên lửa hành trình AGM-86 và AGM-65.')).toEqual([]);
    // CD is a disc before it is the Conference on Disarmament.
    expect(rows('Anh phát hành CD 2 trong năm nay.').some((r) => r.includes('Disarmament'))).toBe(false);
  });
});
