import { describe, expect, it } from 'vitest';
import { findAcronyms, loadGlossary } from '../../lib/acronyms';
import { partlyTranslatedName } from '../../lib/acronyms/define/partly-translated';
import type { KnownWords } from '../../lib/acronyms/define/translated';

// A small table of its own, so these tests do not move with the shipped data. It lacks, on purpose,
// a word of each name ("tàu" for Craft, "phi cơ", "cơ cấu"): the whole-name alignment finds nothing.
const glossary = loadGlossary({
  version: 1,
  entries: {
    LCAC: 'Landing Craft Air Cushion',
    PLAN: "People's Liberation Army Navy",
    NAACP: 'National Association for the Advancement of Colored People',
    VLS: 'Vertical Launching System',
    ADIZ: 'Air Defense Identification Zone',
    LACM: 'Land-Attack Cruise Missile',
    ICA: 'Immigration and Checkpoints Authority',
    USS: 'United States Ship',
    AFRICOM: 'Africa Command',
    SEACAT: 'Southeast Asia Cooperation and Training',
    CCG: 'China Coast Guard',
    OTP: 'One-Time Password',
  },
  translations: {
    'đổ bộ': 'Landing',
    'đệm khí': 'Air Cushion',
    'hải quân': 'Navy',
    'nhân dân': "People's",
    'quân giải phóng': 'Liberation Army',
    'hiệp hội': 'Association',
    hội: 'Association|Society',
    'quốc gia': 'National',
    'tiến bộ': 'Advancement',
    'da màu': 'Colored',
    người: 'People',
    phóng: 'Launching|Launch',
    'thẳng đứng': 'Vertical',
    'phòng không': 'Air Defense',
    'khu vực': 'Zone|Area',
    'tấn công': 'Attack',
    'mặt đất': 'Land|Ground',
    'tên lửa': 'Missile',
    'xuất nhập cảnh': 'Immigration',
    'cơ quan': 'Agency|Authority',
    'tập huấn': 'Training',
    'huấn luyện': 'Training',
    'hợp tác': 'Cooperation',
    'Đông Nam Á': 'Southeast Asia',
    Mỹ: 'United States',
    tàu: 'Ship',
    'tàu sân bay': 'Aircraft Carrier',
    'bộ chỉ huy': 'Command',
    'chỉ huy': 'Command',
    'châu Phi': 'Africa',
    'hải cảnh': 'Coast Guard',
    'lực lượng': 'Force|Forces',
    'một lần': 'One-Time',
  },
});

function found(text: string, short: string): { long: string; guessed: boolean } | null {
  const a = findAcronyms(text, { glossary }).find((x) => x.short === short);
  return a?.definedInText && a.long !== null ? { long: a.long, guessed: a.guessed === true } : null;
}

describe('Vietnamese names the table translates only in part', () => {
  it('takes the run before the brackets that translates the most of the English name, as a guess', () => {
    expect(found('cùng hai tàu đổ bộ đệm khí (LCAC). Tàu dài 199 m', 'LCAC')).toEqual({ long: 'đổ bộ đệm khí', guessed: true });
    expect(found('cho phép lực lượng hải quân vũ trang nhân dân Trung Quốc (PLAN) triển khai', 'PLAN')?.long).toBe('hải quân vũ trang nhân dân Trung Quốc');
  });

  it('opens the name on the longest entry, not a syllable of it', () => {
    expect(found('một cơ sở của Hiệp hội Quốc gia vì sự Tiến bộ cho Người da màu (NAACP). Ghi chú', 'NAACP')?.long).toBe(
      'Hiệp hội Quốc gia vì sự Tiến bộ cho Người da màu',
    );
    // "tập huấn" (Training) does not run from "Diễn tập" into the name.
    expect(found('Diễn tập Huấn luyện và Hợp tác Đông Nam Á (SEACAT) ngày càng phát triển', 'SEACAT')?.long).toBe('Huấn luyện và Hợp tác Đông Nam Á');
  });

  it('reads a name across a lower-case word\'s capitalised next one ("châu Phi")', () => {
    expect(found('Tuy nhiên, Bộ chỉ huy quân đội Mỹ ở châu Phi (AFRICOM) cho biết', 'AFRICOM')?.long).toBe('Bộ chỉ huy quân đội Mỹ ở châu Phi');
  });

  it('stops at a verb or a clause word that translates nothing', () => {
    // Past "sử dụng" the name would gain "đổ bộ" (Landing).
    expect(found('tàu đổ bộ sử dụng đệm khí (LCAC) mới', 'LCAC')).toBeNull();
    // Past "mà" it would gain "tên lửa" (Missile). The guess alone, as other rules read this one.
    const text = 'Đây là tên lửa mà tấn công mặt đất (LACM) được';
    const known: KnownWords = { translations: glossary.translations, expansions: (short) => glossary.lookup(short)?.senses ?? [], aligned: new Map() };
    expect(partlyTranslatedName(text, text.indexOf('('), 'LACM', known)?.map((w) => w.text).join(' ')).toBe('tấn công mặt đất');
    expect(found('Hệ thống HQ-16 sử dụng phóng thẳng đứng (VLS), giúp đơn giản', 'VLS')?.long).toBe('phóng thẳng đứng');
    expect(found('Ông nói rằng khu vực phòng không (ADIZ) mới', 'ADIZ')?.long).toBe('khu vực phòng không');
  });

  it('leaves out a model designation after the last translated word, not a place; guesses nothing after an owner', () => {
    // The brackets may be the owner's.
    expect(found('máy bay Trung Quốc vào khu vực phòng không của họ (ADIZ) hôm qua', 'ADIZ')).toBeNull();
    expect(found('bao gồm biến thể đạn tên lửa tấn công mặt đất 3 M -14 E (LACM) với tầm bắn', 'LACM')?.long).toBe('tên lửa tấn công mặt đất');
    // What it is for, and its class, wherever they open after the last translated word.
    expect(found('cùng hai tàu đổ bộ đệm khí cho hạm đội 7 (LCAC) tới', 'LCAC')?.long).toBe('đổ bộ đệm khí');
    expect(found('hai tàu đổ bộ đệm khí lớp Zubr (LCAC) tới', 'LCAC')?.long).toBe('đổ bộ đệm khí');
    expect(found('người đang bị cơ quan quản lý xuất nhập cảnh Singapore (ICA) bắt giữ', 'ICA')?.long).toBe('cơ quan quản lý xuất nhập cảnh Singapore');
  });

  it('needs half the English words or more, two at least', () => {
    // Only Missile: too little to say where a name starts.
    expect(found('Nga thử nghiệm tên lửa (LACM) hôm qua', 'LACM')).toBeNull();
    // Two entries, two words of five (National, People): under half.
    expect(found('một cơ sở Quốc gia vì người (NAACP) ở Mỹ', 'NAACP')).toBeNull();
    // Not across a comma that lists nothing: "nhân dân" alone gives one word of four.
    expect(found('Theo hải quân, vũ trang nhân dân Trung Quốc (PLAN) đã', 'PLAN')).toBeNull();
    // One entry alone, even of two English words, says little of where a name starts where it is a
    // place's name; a term of two of the name's words in lower case says it.
    expect(found('Tàu sân bay của Mỹ (USS) tới cảng', 'USS')).toBeNull();
    expect(found('sơn ba màu của lực lượng hải cảnh (CCG) của nước này', 'CCG')?.long).toBe('hải cảnh');
  });

  it('guesses nothing from a run that opens on a counting word: its head noun stands untranslated before it', () => {
    const text = 'Khách hàng nhận mã xác thực giao dịch một lần (OTP) qua tin nhắn';
    expect(findAcronyms(text, { glossary }).map((a) => a.short)).toContain('OTP');
    expect(found(text, 'OTP')).toBeNull();
  });
});
