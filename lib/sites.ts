/**
 * Vietnamese news sites where the content script runs on its own. Anywhere else the reader clicks the
 * toolbar button (activeTab), so the extension never asks for blanket host access.
 */
export const NEWS_SITES: readonly { host: string; name: string }[] = [
  { host: 'baobinhduong.vn', name: 'Báo Bình Dương' },
  { host: 'vnexpress.net', name: 'VnExpress' },
  { host: 'tuoitre.vn', name: 'Tuổi Trẻ' },
  { host: 'thanhnien.vn', name: 'Thanh Niên' },
  { host: 'dantri.com.vn', name: 'Dân trí' },
  { host: 'vietnamnet.vn', name: 'VietNamNet' },
  { host: 'nhandan.vn', name: 'Nhân Dân' },
  { host: 'laodong.vn', name: 'Lao Động' },
  { host: 'vtv.vn', name: 'VTV' },
  { host: 'znews.vn', name: 'Znews' },
  { host: 'nld.com.vn', name: 'Người Lao Động' },
  { host: 'tienphong.vn', name: 'Tiền Phong' },
  { host: 'baomoi.com', name: 'Báo Mới' },
  { host: 'vietnamplus.vn', name: 'VietnamPlus' },
  { host: 'cafef.vn', name: 'CafeF' },
  { host: 'genk.vn', name: 'GenK' },
  { host: 'vov.vn', name: 'VOV' },
  { host: 'sggp.org.vn', name: 'Sài Gòn Giải Phóng' },
  { host: 'plo.vn', name: 'Pháp Luật TP.HCM' },
  { host: 'qdnd.vn', name: 'Quân đội nhân dân' },
];

/** Match patterns for the manifest: the bare host and every subdomain, http and https. */
export const NEWS_SITE_MATCHES: string[] = NEWS_SITES.flatMap(({ host }) => [
  `*://${host}/*`,
  `*://*.${host}/*`,
]);

/** The curated site a hostname belongs to, if any (subdomains included). */
export function newsSiteFor(hostname: string): { host: string; name: string } | undefined {
  const h = hostname.toLowerCase().replace(/^www\./, '');
  return NEWS_SITES.find(({ host }) => h === host || h.endsWith(`.${host}`));
}
