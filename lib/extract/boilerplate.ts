/**
 * Lines that belong to the page, not the article: share bars, comment notices, "back to top",
 * related-news headers, source links. Matched on folded text so "Chia sẻ", "CHIA SẺ" and an NFD
 * "Chia sẻ" are one case.
 */
import { fold } from '../text/normalize';

const PATTERNS: RegExp[] = [
  /^chia se(:| bai viet| bai bao| len (facebook|zalo|twitter)|$)/,
  /^(luu y|chu y)\s*:/,
  /gui file dinh kem/,
  /^dinh kem file$/,
  /^(quay|tro|len) (len|lai|ve)? ?(tren|dau trang|dau)$/,
  /^(quay len tren|tro len tren|ve dau trang|len dau trang)\b/,
  /^(tin|bai( viet)?) (lien quan|cung chuyen muc|doc nhieu|moi nhat|noi bat|khac)\b/,
  /^cung chuyen muc$/,
  /^(co the ban quan tam|doc them|xem them|xem tiep|xem nhieu|tin noi bat|noi bat trang chu)\b/,
  /^link bai goc\b/,
  /^(tu khoa|tags?|chu de|the)\s*:/,
  /^(nguon|source)\s*:\s*\S{0,60}$/,
  /theo doi .{0,30} tren (google news|zalo|facebook)/,
  /^(gui|viet) (binh luan|y kien|gop y)\b/,
  /^(binh luan|y kien ban doc|y kien)( \(\d+\))?$/,
  /^(ban (can|phai) dang nhap|dang nhap de)\b/,
  /^(in bai|in trang|luu bai|bao loi|gui bai)( viet)?$/,
  /^(facebook|twitter|zalo|email|copy link|sao chep lien ket)$/,
  /^(prefer .* on google|theo doi tren google news)/,
  /^(quang cao|advertisement|sponsored)$/,
  /^(xem ho so doanh nghiep|tin tuc su kien ve)\b/,
  /^(chuyen den noi dung chinh|bo qua noi dung)\b/,
  /^vui long (go|nhap|dang nhap)\b/,
];

export function isBoilerplate(text: string): boolean {
  const f = fold(text).replace(/[«»“”"'›‹>•·▸►\s]+/g, ' ').trim();
  if (!f) return true;
  return PATTERNS.some((p) => p.test(f));
}

/** "Theo Tiền Phong", "(Theo Đời sống Pháp luật)", "Nguồn: TTXVN": where a reprint came from. */
export function isSourceLine(text: string): boolean {
  const f = fold(text).replace(/^[(\[]|[)\]]$/g, '').trim();
  return /^(theo|nguon)\s*:?\s+\S/.test(f) && f.split(' ').length <= 8 && !/[.,;]\s/.test(f);
}
