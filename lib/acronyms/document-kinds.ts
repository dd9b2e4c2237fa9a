/**
 * Kinds of Vietnamese legal and administrative documents, as their numbers abbreviate them
 * ("số 51/2012/NĐ-CP", "Thông tư 12/2013/TT-BTC"): the Law on Promulgation of Legal Documents and
 * Decree 30/2020/NĐ-CP on administrative documents.
 */
export const DOCUMENT_TYPES: Record<string, string> = {
  TT: 'Thông tư',
  TTLT: 'Thông tư liên tịch',
  NĐ: 'Nghị định',
  QĐ: 'Quyết định',
  NQ: 'Nghị quyết',
  NQLT: 'Nghị quyết liên tịch',
  CT: 'Chỉ thị',
  PL: 'Pháp lệnh',
  KH: 'Kế hoạch',
  TB: 'Thông báo',
  KL: 'Kết luận',
  HD: 'Hướng dẫn',
  CV: 'Công văn',
};
