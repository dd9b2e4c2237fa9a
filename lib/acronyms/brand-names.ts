/**
 * An initialism right before a firm's English word ("PV Oil", "TCC Group", "NK News", "VP Bank"), or
 * before a foreign word and such a word ("CK Hutchison Holdings", "TH True Milk"), is the first word
 * of a brand's name, not a Vietnamese common noun: PV there is PetroVietnam, never "phóng viên", CK
 * no "chứng khoán". The glossary uses it to set such senses aside.
 */
import type { Occurrence } from './detect';
import { isVietnameseSyllable } from './letters';

// English words that end a firm's or a medium's name after its initials. Not a place, a person or a
// school ("TP Osaka", "HLV Park", "THPT Newton" keep their Vietnamese senses).
const BRAND_WORDS = new Set([
  'airlines', 'airways', 'bank', 'capital', 'chemicals', 'display', 'electronics', 'energy',
  'entertainment', 'finance', 'foods', 'gas', 'global', 'group', 'holding', 'holdings', 'innovation', 'insurance',
  'international', 'invest', 'investment', 'land', 'life', 'logistics', 'media', 'motors', 'news', 'oil', 'partners',
  'pharma', 'power', 'properties', 'resources', 'retail', 'securities', 'software', 'solutions', 'steel', 'systems',
  'tech', 'technology', 'telecom', 'ventures', 'milk',
]);
// A firm's legal form ends a name after its initials ("HP Inc") but not one a word stands between:
// "CP Apple Inc." is Apple's shares (cổ phiếu).
const LEGAL_FORMS = new Set(['corp', 'corporation', 'inc']);

/** Whether most uses of the short form stand right before such a word, or a foreign word and one. */
export function beforeBrandWord(text: string, occs: readonly Occurrence[]): boolean {
  const before = occs.filter((o) => {
    const [next = '', then = ''] = /^(?: \p{Lu}[\p{L}\p{M}]*){1,2}/u.exec(text.slice(o.end, o.end + 40))?.[0].trim().split(' ') ?? [];
    if (BRAND_WORDS.has(next.toLowerCase()) || LEGAL_FORMS.has(next.toLowerCase())) return true;
    // After a foreign word ("True" is English for all it spells a syllable), not a Vietnamese one
    // ("CT Hà Nội Group" is no brand of CT's).
    const foreign = !isVietnameseSyllable(next) || /^[A-Z][a-z]+$/.test(next);
    return foreign && BRAND_WORDS.has(then.toLowerCase());
  }).length;
  return before * 2 > occs.length;
}
