/**
 * Builds public/glossary/glossary.json from the two MIT-licensed lists in ../shared/lexicon:
 *   vinorm_Acronyms.txt          "abbr#expansion", lower case, one sense a line (v-nhandt21/Vinorm)
 *   soe-vinorm_abbreviations.txt "ABBR:sense,sense", cased (vinhdq842/soe-vinorm)
 * plus INTERNATIONAL below: common English-origin initialisms in Vietnamese news, expanded in English
 * (the project's convention: USD is "United States dollar", not "đô la Mỹ"), written for this project;
 * scripts/data/vietnamese.tsv and scripts/data/international.tsv, more Vietnamese and English
 * initialisms, for keys nothing else knows; scripts/data/senses.tsv, senses of news the lists lack
 * for keys they know; and
 * scripts/data/translations.tsv, which English words Vietnamese words translate (see its README);
 * scripts/data/vietnamese-names.tsv, what common English names are called in Vietnamese;
 * scripts/data/kinds.tsv, the words before a use that say which of an acronym's senses it is.
 *
 * Cleaning: keys are merged by glossaryKey (case and separators ignored, but for an "&" beside a lone letter: L&T is no LT); the written form is the
 * cased list's form with the most capitals, else the letters upper-cased (Vietnamese initialisms are
 * written in capitals); senses are merged case- and mark-insensitively and with or without "và" and
 * punctuation (keeping the fuller words and the capitals), cased list first; senses of the
 * lower-case list that do not spell their key (it was made for speech, so it holds phonetic readings
 * such as "ai ô tê" for IoT; the cased list's translations such as WB "Ngân hàng thế giới" stay), units, slash forms
 * ("usd/ounce") and personal names ("nguyễn …", "… văn …", "… thị …", family names alone) are dropped; places the
 * lower-case list writes in lower case are written as places are (scripts/data/places.txt).
 *
 * Run: npx tsx scripts/build-glossary.ts [lexiconDir]
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glossaryKey, SENSE_SEPARATOR, type GlossaryData } from '../lib/acronyms/glossary';
import { shortLetters, spells, wordsIn } from '../lib/acronyms/match';
import { SURNAMES } from '../lib/quotes/lexicon';
import { fold, nfc } from '../lib/text/normalize';
import { syllableKey } from '../lib/acronyms/translations';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const lexicon = resolve(process.argv[2] ?? join(root, '..', 'shared', 'lexicon'));
const outDir = join(root, 'public', 'glossary');

const INTERNATIONAL: Record<string, string> = {
  TV: 'television', ABC: 'American Broadcasting Company', GM: 'General Motors', RO: 'reverse osmosis',
  USD: 'United States dollar', EUR: 'Euro', GDP: 'Gross Domestic Product', GNP: 'Gross National Product',
  FDI: 'Foreign Direct Investment', ODA: 'Official Development Assistance', CPI: 'Consumer Price Index',
  PMI: 'Purchasing Managers’ Index', IPO: 'Initial Public Offering', ETF: 'Exchange-Traded Fund',
  VAT: 'Value Added Tax', CEO: 'Chief Executive Officer', CFO: 'Chief Financial Officer',
  CTO: 'Chief Technology Officer', COO: 'Chief Operating Officer', AI: 'Artificial Intelligence',
  IT: 'Information Technology', IoT: 'Internet of Things', GPS: 'Global Positioning System',
  ATM: 'Automated Teller Machine', SMS: 'Short Message Service', USB: 'Universal Serial Bus',
  CPU: 'Central Processing Unit', GPU: 'Graphics Processing Unit', LED: 'Light-Emitting Diode',
  LCD: 'Liquid Crystal Display', DNA: 'Deoxyribonucleic Acid', HIV: 'Human Immunodeficiency Virus',
  AIDS: 'Acquired Immune Deficiency Syndrome', SARS: 'Severe Acute Respiratory Syndrome',
  WHO: 'World Health Organization', WTO: 'World Trade Organization', IMF: 'International Monetary Fund',
  WB: 'World Bank', ADB: 'Asian Development Bank', ASEAN: 'Association of Southeast Asian Nations',
  APEC: 'Asia-Pacific Economic Cooperation', EU: 'European Union', UN: 'United Nations',
  UNESCO: 'United Nations Educational, Scientific and Cultural Organization', UNICEF: 'United Nations Children’s Fund',
  UNDP: 'United Nations Development Programme', NATO: 'North Atlantic Treaty Organization',
  OPEC: 'Organization of the Petroleum Exporting Countries', OECD: 'Organisation for Economic Co-operation and Development',
  IAEA: 'International Atomic Energy Agency', FIFA: 'Fédération Internationale de Football Association',
  UEFA: 'Union of European Football Associations', AFF: 'ASEAN Football Federation', AFC: 'Asian Football Confederation',
  NBA: 'National Basketball Association', NASA: 'National Aeronautics and Space Administration',
  CIA: 'Central Intelligence Agency', FBI: 'Federal Bureau of Investigation', NSA: 'National Security Agency',
  AFP: 'Agence France-Presse', AP: 'Associated Press', BBC: 'British Broadcasting Corporation',
  CNN: 'Cable News Network', UAV: 'Unmanned Aerial Vehicle', VAR: 'Video Assistant Referee',
  MC: 'Master of Ceremonies', DJ: 'Disc Jockey', MV: 'Music Video', VIP: 'Very Important Person',
  PR: 'Public Relations', FED: 'Federal Reserve', ECB: 'European Central Bank', 'S&P': 'Standard & Poor’s',
  NYSE: 'New York Stock Exchange', LNG: 'Liquefied Natural Gas', LPG: 'Liquefied Petroleum Gas',
  EV: 'Electric Vehicle', SUV: 'Sport Utility Vehicle', CCTV: 'Closed-Circuit Television', PC: 'Personal Computer',
  TPP: 'Trans-Pacific Partnership', FTA: 'Free Trade Agreement', RCEP: 'Regional Comprehensive Economic Partnership',
  ICC: 'International Criminal Court', IOC: 'International Olympic Committee', UNHCR: 'United Nations High Commissioner for Refugees',
  WWF: 'World Wide Fund for Nature', DPA: 'Deutsche Presse-Agentur', VOV: 'Voice of Vietnam', SEA: 'Southeast Asian', ISO: 'International Organization for Standardization', MBA: 'Master of Business Administration',
  // World-news bodies, agencies, broadcasters and treaties that the two lists lack.
  IS: 'Islamic State', ISIS: 'Islamic State of Iraq and Syria', NBC: 'National Broadcasting Company',
  CBS: 'Columbia Broadcasting System', KBS: 'Korean Broadcasting System', MBC: 'Munhwa Broadcasting Corporation',
  KCNA: 'Korean Central News Agency', TASS: 'Telegrafnoye agentstvo Sovetskogo Soyuza', GMT: 'Greenwich Mean Time',
  UTC: 'Coordinated Universal Time', KGB: 'Komitet Gosudarstvennoy Bezopasnosti', FSB: 'Federal Security Service',
  CDC: 'Centers for Disease Control and Prevention', FDA: 'Food and Drug Administration',
  EPA: 'Environmental Protection Agency', FAA: 'Federal Aviation Administration', NIH: 'National Institutes of Health',
  ICBM: 'Intercontinental Ballistic Missile', THAAD: 'Terminal High Altitude Area Defense',
  BRICS: 'Brazil, Russia, India, China, South Africa', ILO: 'International Labour Organization',
  FAO: 'Food and Agriculture Organization', ICAO: 'International Civil Aviation Organization',
  IMO: 'International Maritime Organization', WFP: 'World Food Programme', UNEP: 'United Nations Environment Programme',
  UNSC: 'United Nations Security Council', OSCE: 'Organization for Security and Co-operation in Europe',
  ESA: 'European Space Agency', JAXA: 'Japan Aerospace Exploration Agency', ISS: 'International Space Station',
  MRI: 'Magnetic Resonance Imaging', RNA: 'Ribonucleic Acid', PLA: 'People’s Liberation Army',
  IDF: 'Israel Defense Forces', HSBC: 'Hongkong and Shanghai Banking Corporation', USA: 'United States of America',
  WEF: 'World Economic Forum', GCC: 'Gulf Cooperation Council', IPCC: 'Intergovernmental Panel on Climate Change',
  OPCW: 'Organisation for the Prohibition of Chemical Weapons', ICJ: 'International Court of Justice',
  PCA: 'Permanent Court of Arbitration', DMZ: 'Demilitarized Zone', ADIZ: 'Air Defense Identification Zone',
  EEZ: 'Exclusive Economic Zone', UNCLOS: 'United Nations Convention on the Law of the Sea',
  CPTPP: 'Comprehensive and Progressive Agreement for Trans-Pacific Partnership',
  EVFTA: 'EU–Vietnam Free Trade Agreement', AIIB: 'Asian Infrastructure Investment Bank',
  // News outlets, ship prefixes, security services and sports bodies that world news cites.
  SCMP: 'South China Morning Post', CNBC: 'Consumer News and Business Channel', NYT: 'The New York Times',
  WSJ: 'The Wall Street Journal', DW: 'Deutsche Welle', RIA: 'Russian Information Agency', USS: 'United States Ship',
  HMS: 'Her Majesty’s Ship', UBS: 'Union Bank of Switzerland', SAP: 'Systeme, Anwendungen und Produkte in der Datenverarbeitung',
  IP: 'Internet Protocol', URL: 'Uniform Resource Locator', VR: 'Virtual Reality', ICT: 'Information and Communications Technology',
  'R&D': 'Research and Development', MERS: 'Middle East Respiratory Syndrome', NGO: 'Non-Governmental Organization',
  MSF: 'Médecins Sans Frontières', ICRC: 'International Committee of the Red Cross',
  DOJ: 'Department of Justice', DOD: 'Department of Defense', NSC: 'National Security Council',
  DEA: 'Drug Enforcement Administration', TSA: 'Transportation Security Administration',
  FEMA: 'Federal Emergency Management Agency', NOAA: 'National Oceanic and Atmospheric Administration',
  ISRO: 'Indian Space Research Organisation', CNSA: 'China National Space Administration',
  IRGC: 'Islamic Revolutionary Guard Corps', GRU: 'Main Intelligence Directorate', SVR: 'Foreign Intelligence Service',
  MI6: 'Secret Intelligence Service', MI5: 'Security Service', GCHQ: 'Government Communications Headquarters',
  SDF: 'Syrian Democratic Forces', YPG: 'People’s Protection Units', PKK: 'Kurdistan Workers’ Party',
  HTS: 'Hayat Tahrir al-Sham', ISIL: 'Islamic State of Iraq and the Levant', SAA: 'Syrian Arab Army', FSA: 'Free Syrian Army',
  G7: 'Group of Seven', G8: 'Group of Eight', G20: 'Group of Twenty', G77: 'Group of 77', IATA: 'International Air Transport Association',
  WADA: 'World Anti-Doping Agency', NFL: 'National Football League', MLB: 'Major League Baseball',
  UFC: 'Ultimate Fighting Championship', MMA: 'Mixed Martial Arts', ATP: 'Association of Tennis Professionals',
  WTA: 'Women’s Tennis Association', IED: 'Improvised Explosive Device', UXO: 'Unexploded Ordnance',
  SLBM: 'Submarine-Launched Ballistic Missile', MANPADS: 'Man-Portable Air-Defense System',
  DOC: 'Declaration on the Conduct of Parties in the South China Sea', COC: 'Code of Conduct in the South China Sea',
  // Currencies (ISO 4217) and finance and technology terms that business news uses as they are.
  JPY: 'Japanese yen', CNY: 'Chinese yuan', GBP: 'Pound sterling', KRW: 'South Korean won', THB: 'Thai baht',
  AUD: 'Australian dollar', CAD: 'Canadian dollar', CHF: 'Swiss franc', HKD: 'Hong Kong dollar', TWD: 'New Taiwan dollar',
  RUB: 'Russian ruble', INR: 'Indian rupee', MYR: 'Malaysian ringgit', IDR: 'Indonesian rupiah', LAK: 'Lao kip',
  KHR: 'Cambodian riel', NZD: 'New Zealand dollar', OTP: 'One-Time Password', QR: 'Quick Response',
  PIN: 'Personal Identification Number', KOL: 'Key Opinion Leader', ESG: 'Environmental, Social and Governance',
  NFT: 'Non-Fungible Token', SEO: 'Search Engine Optimization', B2B: 'Business-to-Business',
  B2C: 'Business-to-Consumer', POS: 'Point of Sale', API: 'Application Programming Interface',
  'M&A': 'Mergers and Acquisitions', ROE: 'Return on Equity', ROA: 'Return on Assets', EPS: 'Earnings Per Share',
  NPL: 'Non-Performing Loan', WTI: 'West Texas Intermediate', FOB: 'Free On Board', CVV: 'Card Verification Value',
  EMV: 'Europay, Mastercard and Visa', HNX: 'Hanoi Stock Exchange', HSX: 'Ho Chi Minh City Stock Exchange',
  HOSE: 'Ho Chi Minh City Stock Exchange', VNPT: 'Vietnam Posts and Telecommunications Group',
  BIDV: 'Bank for Investment and Development of Vietnam', BOT: 'Build-Operate-Transfer', IFC: 'International Finance Corporation',
  JICA: 'Japan International Cooperation Agency', UAE: 'United Arab Emirates', RT: 'Russia Today',
  IRNA: 'Islamic Republic News Agency', USNS: 'United States Naval Ship', TNT: 'Trinitrotoluene', TBM: 'Tunnel Boring Machine',
  RON: 'Research Octane Number', BBQ: 'Barbecue',
  // Bodies of other languages by their own names, as the gold rules expand them (DPA, AFP).
  NHK: 'Nippon Hōsō Kyōkai', VND: 'Vietnamese đồng', VSIP: 'Vietnam Singapore Industrial Park', VTV: 'Vietnam Television',
};

/**
 * Senses Vietnamese news uses that the lists lack, in Vietnamese; added after the lists' senses, so
 * the context or the title rule (an initialism before a person's name) picks them. Written for
 * this project.
 */
const NEWS_SENSES: Record<string, string[]> = {
  TT: ['Tổng thống'],
  HK: ['hàng không'],
  VTC: ['Tổng công ty Truyền thông đa phương tiện'],
  ADN: ['axit deoxyribonucleic'],
  IMO: ['International Mathematical Olympiad'],
  // The ministries' and departments' names as the Government writes them ("Sở TN&MT" is "Sở Tài
  // nguyên và Môi trường"); the lists give them without "và" and the commas.
  TNMT: ['Tài nguyên và Môi trường'],
  VHTTDL: ['Văn hóa, Thể thao và Du lịch'],
  LĐTBXH: ['Lao động - Thương binh và Xã hội'],
  GDĐT: ['Giáo dục và Đào tạo'],
  KHĐT: ['Kế hoạch và Đầu tư'],
  NNPTNT: ['Nông nghiệp và Phát triển nông thôn'],
  KHCN: ['Khoa học và Công nghệ'],
  TTTT: ['Thông tin và Truyền thông'],
};

/**
 * The sense a reader of Vietnamese news meets first, where the lists (made for text-to-speech)
 * put another one first: "PV" in an article is its reporter, "Công ty CP" a joint-stock company.
 * The first sense is what the glossary falls back to when the context says nothing. Written for
 * this project; kept to acronyms whose news use is not in doubt.
 */
const NEWS_FIRST: Record<string, string> = {
  PV: 'phóng viên',
  TNMT: 'Tài nguyên và Môi trường',
  VHTTDL: 'Văn hóa, Thể thao và Du lịch',
  KHĐT: 'Kế hoạch và Đầu tư',
  CP: 'cổ phần',
  CSĐT: 'Cảnh sát điều tra',
  TTCK: 'Thị trường Chứng khoán',
  XSMT: 'xổ số miền Trung',
  BT: 'Build-Transfer',
  CNG: 'Compressed Natural Gas',
  ĐHCĐ: 'đại hội cổ đông',
  // "Ủy viên BCHTW Đảng": the central committee; the list reads only "Ban chỉ huy trung ương".
  BCHTW: 'Ban Chấp hành Trung ương',
  DT: 'diện tích',
  // Vietnamese papers write TTXVN for the news agency; VNA is the airline (its ICAO code is HVN).
  VNA: 'Vietnam Airlines',
  // "QĐ số 42/2007/QĐ-BGDĐT", "theo QĐ của UBND": a decision, far more often than a rule.
  QĐ: 'quyết định',
  // Thế Giới Di Động's grocery chain, in business news, before a rose.
  BHX: 'Bách hóa Xanh',
  // Thép Tiến Lên's ticker; the word list's reading of its letters names nothing.
  TLH: 'Công ty Cổ phần Tập đoàn Thép Tiến Lên',
  // The standard's English name its letters abbreviate, with its Vietnamese name beside it (names).
  VietGAP: 'Vietnamese Good Agricultural Practices',
  // Tuổi Trẻ's weekly, in its datelines and its related links ("Nón làng Chuông TTCT - “Chị cứ …"),
  // before the list's sports weekly.
  TTCT: 'Tuổi Trẻ Cuối Tuần',
};

// Units and other keys of the lists that are not initialisms.
const NOT_ACRONYMS = new Set(['KG', 'KM', 'CM', 'MM', 'ML', 'MG', 'KW', 'KWH', 'GB', 'KB', 'HZ', 'MHZ', 'GHZ']);

const NAME = /^nguyễn\s|^\p{L}+\s(văn|thị)\s/u;
// Family names alone ("lê nguyễn trần" for LNT): the founders of a firm, nothing to expand.
const SURNAME_SET = new Set(SURNAMES);
const onlySurnames = (sense: string): boolean => {
  const words = nfc(sense).trim().toLowerCase().split(/\s+/u);
  return words.length >= 2 && words.every((w) => SURNAME_SET.has(w));
};

interface Entry {
  forms: string[];
  senses: string[];
  /** Senses from the cased, curated list: kept even when they translate rather than spell the key. */
  curated: Set<string>;
}

const entries = new Map<string, Entry>();

/** `own`: a line of senses.tsv, whose marks name a word of their own where they differ from a list's
 * sense ("HV": "học viên", "Học viện"); the lists' spellings that differ by a typo's marks fold. */
function add(short: string, sense: string, cased: boolean, curated: boolean, own = false): void {
  const form = nfc(short.trim());
  const long = nfc(sense.trim()).replace(/\s+/g, ' ');
  // A slash is a document number's ("15/2018/NĐ-CP"), or joins two short parts of one name in
  // capitals ("A2/AD", "RFE/RL"), which are kept; not single letters ("C/O", "P/E"), whose key (CO,
  // PE) is another short form's.
  if (!form || !long || (form.includes('/') && !/^[\p{Lu}\d]{2,4}\/[\p{Lu}\d]{2,4}$/u.test(form)) || /\s/.test(form)) return;
  const key = glossaryKey(form);
  if (NOT_ACRONYMS.has(key) || shortLetters(form).length < 2) return;
  const entry = entries.get(key) ?? { forms: [], senses: [], curated: new Set<string>() };
  entries.set(key, entry);
  entry.forms.push(cased && form !== form.toLowerCase() ? form : form.toUpperCase());
  const same = entry.senses.findIndex((s) => senseKey(s) === senseKey(long) && (!own || markedKey(s) === markedKey(long)));
  const capitals = (x: string): number => [...x].filter((c) => c !== c.toLowerCase()).length;
  if (same < 0) entry.senses.push(long);
  // A curated line's capitals over the lower-case list's spelling ("Ban Chấp hành Trung ương"); a
  // name's capital first over a spelling without it, wherever it comes from ("Đoàn Thanh niên Cộng sản").
  else if (fold(entry.senses[same] as string) === fold(long)) {
    const had = entry.senses[same] as string;
    const opensCapital = (x: string): boolean => /^\p{Lu}/u.test(x);
    if ((curated && !entry.curated.has(fold(had)) && capitals(long) > capitals(had)) || (opensCapital(long) && !opensCapital(had))) entry.senses[same] = long;
  } else {
    const had = entry.senses[same] as string;
    const merged = mergedSense(had, long);
    if (entry.curated.has(fold(had))) entry.curated.add(fold(merged));
    entry.senses[same] = merged;
  }
  if (curated) entry.curated.add(fold(entry.senses[same < 0 ? entry.senses.length - 1 : same] as string));
}

/** A sense compared without case, marks, "và" or punctuation: "Khoa học Công nghệ" = "khoa học và công nghệ". */
function senseKey(sense: string): string {
  return fold(sense).replace(/(^|\s)va(?=\s|$)/g, ' ').replace(/[,\-–&]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** The same, marks kept and tone placement aside: "học viên" is not "Học viện". */
function markedKey(sense: string): string {
  return nfc(sense).toLowerCase().replace(/[,\-–&]/g, ' ').split(/\s+/u).filter((w) => w !== '' && w !== 'và').map(syllableKey).join(' ');
}

/**
 * One sense from two spellings of it: the fuller words ("và" and commas are part of the official
 * name: "Khoa học và Công nghệ"), with the capitals of whichever has them.
 */
function mergedSense(a: string, b: string): string {
  const size = (x: string): number => x.split(' ').length + (/(^|\s)và(\s|$)/u.test(x) ? 0.5 : 0);
  const [full, other] = size(a) >= size(b) ? [a, b] : [b, a];
  // Word by word in order, the extra "và" and dashes of the fuller one skipped.
  const others = other.split(' ');
  let j = 0;
  return full
    .split(' ')
    .map((w) => {
      const o = others[j];
      if (o === undefined || o.toLowerCase() !== w.toLowerCase()) return w;
      j++;
      return w === w.toLowerCase() ? o : w;
    })
    .join(' ');
}

const NUMBER_WORDS = ['một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];
// What the list numbers: a specialist's degree, an exam's area, a choice of school. Only these: a
// sense's last word may be a number word that means something else ("năm" a year, "ba" a father).
const NUMBERED = /(?:chuyên khoa|khu vực|nguyện vọng)$/u;

/**
 * The speech list spells a key's numeral as a word, for reading aloud ("CK2: chuyên khoa hai", "NV1:
 * nguyện vọng một"); a reader sees it as the key writes it: "nguyện vọng 1", and a specialist's
 * degree by its level's name, "chuyên khoa cấp 2" ("cấp II" for CKII).
 */
function numeralAsWritten(short: string, sense: string): string {
  const numeral = /(?:\d+|I{1,3}|IV|V|VI{1,3}|IX)$/u.exec(short)?.[0];
  const spoken = /\s(\p{L}+)$/u.exec(sense);
  const value = numeral === undefined ? 0 : /\d/.test(numeral) ? Number(numeral) : ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'].indexOf(numeral) + 1;
  if (!numeral || !spoken || NUMBER_WORDS[value - 1] !== spoken[1]) return sense;
  const named = sense.slice(0, spoken.index);
  if (!NUMBERED.test(named)) return sense;
  return `${named}${/chuyên khoa$/u.test(named) ? ' cấp' : ''} ${numeral}`;
}

for (const [short, long] of Object.entries(INTERNATIONAL)) add(short, long, true, true);
for (const line of readFileSync(join(lexicon, 'soe-vinorm_abbreviations.txt'), 'utf8').split('\n')) {
  const at = line.indexOf(':');
  if (at <= 0) continue;
  const short = line.slice(0, at);
  for (const sense of line.slice(at + 1).split(',')) add(short, numeralAsWritten(short, sense.trim()), true, true);
}
const fromSoe = new Set([...entries.entries()].flatMap(([k, e]) => e.senses.map((s) => `${k}\t${fold(s)}`)));
for (const line of readFileSync(join(lexicon, 'vinorm_Acronyms.txt'), 'utf8').split('\n')) {
  const at = line.indexOf('#');
  if (at <= 0) continue;
  const short = line.slice(0, at);
  const sense = line.slice(at + 1);
  if ((NAME.test(nfc(sense).toLowerCase()) || onlySurnames(sense)) && !fromSoe.has(`${glossaryKey(short)}\t${fold(sense)}`)) continue;
  add(short, sense, short !== short.toLowerCase(), false);
}

for (const [short, senses] of Object.entries(NEWS_SENSES)) for (const sense of senses) add(short, sense, true, true);


// More initialisms of Vietnamese bodies, firms and news prose (scripts/data/vietnamese.tsv), then of
// world news (scripts/data/international.tsv), only where the lists and the tables above know nothing
// of the key: a sense they give stays the only one.
const known = new Set(entries.keys());
for (const file of ['vietnamese.tsv', 'international.tsv']) {
  for (const line of readFileSync(join(root, 'scripts', 'data', file), 'utf8').split('\n')) {
    const [short, long] = line.split('\t');
    if (short && long && !known.has(glossaryKey(short))) add(short, long, true, true);
  }
}

// Senses Vietnamese news uses that the sources above lack for keys they know
// (scripts/data/senses.tsv): added after their own, so the first sense stays and the words around an
// occurrence choose among them. A line for a key nothing knows is a mistake in the file.
const unplaced: string[] = [];
for (const line of readFileSync(join(root, 'scripts', 'data', 'senses.tsv'), 'utf8').split('\n')) {
  const [short, long] = line.split('\t');
  if (!short || !long) continue;
  if (entries.has(glossaryKey(short))) add(short, long, true, true, true);
  else unplaced.push(short);
}
if (unplaced.length > 0) throw new Error(`scripts/data/senses.tsv: no entry for ${unplaced.join(', ')}`);

/** The form with most capitals; among equals the one with separators ("TP.HCM" over "TPHCM"). */
function writtenForm(key: string, entry: Entry): string {
  const caps = (s: string): number => [...s].filter((c) => c !== c.toLowerCase()).length;
  const seps = (s: string): number => (/[.\-&]/.test(s) ? 1 : 0);
  const best = [...entry.forms].sort((a, b) => caps(b) - caps(a) || seps(b) - seps(a))[0];
  return best ?? key;
}

/** Spelled strictly, or with đ read as d (the lower-case list writes "gddt" for giáo dục đào tạo). */
function spellsKey(form: string, sense: string): boolean {
  if (spells(shortLetters(form), wordsIn(sense, 0, sense.length))) return true;
  const loose = fold(sense);
  return spells(shortLetters(fold(form)), wordsIn(loose, 0, loose.length));
}

const out: Record<string, string> = {};
// The state's bodies in general are written with one capital (the Government's rules for
// administrative documents: "Ủy ban nhân dân", "Tòa án nhân dân"), a firm's legal form with none
// ("trách nhiệm hữu hạn", as "cổ phần"); the cased list capitalises every word, and the reader sees it
// in the popup for UBND on every local news page.
const OFFICIAL_CASING = new Map(
  ['Ủy ban nhân dân', 'Hội đồng nhân dân', 'Tòa án nhân dân', 'Viện kiểm sát nhân dân', 'Công an nhân dân', 'Quân đội nhân dân', 'Hội đồng quản trị', 'Trung ương', 'Ủy ban Trung ương', 'trách nhiệm hữu hạn', 'doanh nghiệp tư nhân',
    'kiểm sát nhân dân', 'Viện kiểm sát', 'Giao thông vận tải', 'Bộ Giao thông vận tải', 'an toàn giao thông',
    'Hội đồng xét xử', 'Giáo dục và Đào tạo', 'Nông nghiệp và Phát triển nông thôn',
    // Papers by their mastheads.
    'Tuổi Trẻ Online', 'Thanh Niên Online', 'Sài Gòn Giải Phóng'].map((s) => [fold(s), s]),
);

// "bnv#bộ nội vụ": a ministry is a name, "Bộ" and its field capitalised ("Bộ Nội vụ", "Bộ Kế hoạch đầu
// tư"), however the lower-case list writes it; "bộ đội", "bộ luật" are no ministries.
const MINISTRY_FIELDS = ['nội vụ', 'tài chính', 'công nghiệp', 'thương mại', 'kế hoạch', 'khoa học', 'thông tin', 'y tế', 'giáo dục', 'công an', 'quốc phòng', 'tư pháp', 'ngoại giao', 'công thương', 'xây dựng', 'giao thông', 'lao động', 'nông nghiệp', 'tài nguyên', 'văn hóa', 'văn hoá'];
const MINISTRY = new RegExp(`^bộ (${MINISTRY_FIELDS.join('|')})(?![\\p{L}\\p{M}])`, 'iu');
const asMinistry = (sense: string): string =>
  sense.replace(MINISTRY, (_, field: string) => `Bộ ${field.charAt(0).toUpperCase()}${field.slice(1)}`);

// "bd#bình dương": the lower-case list writes places in lower case; written as places are, longest
// first, wherever they stand as whole words ("y tế bình dương" → "y tế Bình Dương").
const PLACE_NAMES = readFileSync(join(root, 'scripts', 'data', 'places.txt'), 'utf8')
  .split('\n')
  .map((l) => nfc(l.trim()))
  .filter((l) => l !== '' && !l.startsWith('#'))
  .sort((a, b) => b.length - a.length);
const PLACE_PATTERN = new RegExp(`(?<![\\p{L}\\p{M}])(?:${PLACE_NAMES.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}\\p{M}])`, 'giu');
const placeCased = new Map(PLACE_NAMES.map((p) => [p.toLowerCase(), p]));
const withPlaces = (sense: string): string => sense.replace(PLACE_PATTERN, (m) => placeCased.get(m.toLowerCase()) ?? m);
// Misspellings of the lists, written right.
const SPELLING: Record<string, string> = { 'bà rịa vũn tàu': 'bà rịa vũng tàu', 'nguyên vật liêu': 'nguyên vật liệu', 'giáo dục dục đại học': 'giáo dục đại học',
  // Countries the lower-case list leaves in lower case, where the syllable alone is a common word
  // too (mỹ thuật, hội đồng, đức tính), so places.txt cannot case it everywhere.
  'đô la mỹ': 'đô la Mỹ', 'cộng hòa liên bang đức': 'Cộng hòa Liên bang Đức', 'hội đồng anh': 'Hội đồng Anh', 'bệnh viện việt pháp': 'Bệnh viện Việt Pháp',
  // Two levels of schools, as a dash joins them ("các trường ĐH - CĐ").
  'Đại học Cao đẳng': 'Đại học - Cao đẳng', 'đại học cao đẳng': 'Đại học - Cao đẳng' };
// Senses of the lists that are nobody's reading: a slogan's words under HĐTV, a typo of TTYT's.
const NOT_SENSES = new Set(['hàng đầu tại việt', 'trung tâm t tế']);

let dropped = 0;
let keptSenses = 0;
for (const [key, entry] of [...entries.entries()].sort(([a], [b]) => a.localeCompare(b))) {
  const form = writtenForm(key, entry);
  const senses = [...new Set(entry.senses.filter((s) => !NOT_SENSES.has(s.toLowerCase()) && (entry.curated.has(fold(s)) || spellsKey(form, s))).map((s) => asMinistry(withPlaces(OFFICIAL_CASING.get(fold(s)) ?? SPELLING[s] ?? s))))];
  const usual = NEWS_FIRST[key];
  if (usual) senses.sort((a, b) => Number(fold(b) === fold(usual)) - Number(fold(a) === fold(usual)));
  dropped += entry.senses.length - senses.length;
  if (senses.length === 0) continue;
  keptSenses += senses.length;
  out[form] = senses.join(SENSE_SEPARATOR);
}

// "PGS.TS" is two titles, read "Phó giáo sư, Tiến sĩ": the lists run them together.
const TITLES: Record<string, string> = { GS: 'Giáo sư', PGS: 'Phó giáo sư', TS: 'Tiến sĩ', TSKH: 'Tiến sĩ khoa học', THS: 'Thạc sĩ', BS: 'Bác sĩ', VS: 'Viện sĩ' };
for (const form of Object.keys(out)) {
  const parts = form.split('.').map((p) => TITLES[p.toUpperCase()]);
  if (parts.length > 1 && parts.every((p) => p !== undefined)) out[form] = parts.join(', ');
}

// Which English words Vietnamese words translate in names (lib/acronyms/translations.ts).
const translations: Record<string, string> = {};
for (const line of readFileSync(join(root, 'scripts', 'data', 'translations.tsv'), 'utf8').split('\n')) {
  const [vietnamese, english] = nfc(line).split('\t').map((x) => x.trim());
  if (!vietnamese || !english) continue;
  const senses = translations[vietnamese]?.split(SENSE_SEPARATOR) ?? [];
  if (!senses.includes(english)) translations[vietnamese] = [...senses, english].join(SENSE_SEPARATOR);
}

// Words written right before a use that say which sense it is ("nhựa PET", "chụp PET"), for a few
// acronyms whose senses the article's topic words do not tell apart (scripts/data/kinds.tsv).
const kinds: Record<string, Record<string, string[]>> = {};
for (const line of readFileSync(join(root, 'scripts', 'data', 'kinds.tsv'), 'utf8').split('\n')) {
  const [form, written, words] = nfc(line).split('\t').map((x) => x.trim());
  if (!form || !written || !words) continue;
  // "+thủy sản": a sense read only where such a word names it (TS of "tàu cá BĐ 96789 TS"), never by
  // the article's topic ("các TS và kỹ sư thủy sản" are doctors).
  const sense = written.replace(/^[+*]/, '');
  // "*Diesel Oil": letters that mean something only after such a word ("dầu DO", "hàm lượng DO") get
  // an entry with no sense of their own, so elsewhere they stay unknown. Their own mark, so that a
  // form misspelt on a "+" line still stops the build.
  const kindOnly = written.startsWith('*');
  if (kindOnly && out[form]) throw new Error(`kinds.tsv: ${form} is in the glossary; write its sense "+${sense}"`);
  if (kindOnly) out[form] = '';
  if (out[form] === undefined) throw new Error(`kinds.tsv: no acronym ${form}`);
  if (written === sense && !out[form].split(SENSE_SEPARATOR).includes(sense)) throw new Error(`kinds.tsv: ${form} has no sense "${sense}"`);
  (kinds[form] ??= {})[sense] = words.split(',').map((w) => w.trim().toLowerCase()).filter((w) => w !== '');
}

// What an English name is called in Vietnamese, shown beside it (scripts/data/vietnamese-names.tsv):
// a sense the entries do not hold is a mistake in the file.
const names: Record<string, string> = {};
const everySense = new Set([...Object.values(out).flatMap((joined) => joined.split(SENSE_SEPARATOR)), ...Object.values(kinds).flatMap((senses) => Object.keys(senses))]);
for (const line of readFileSync(join(root, 'scripts', 'data', 'vietnamese-names.tsv'), 'utf8').split('\n')) {
  const [english, vietnamese] = nfc(line).split('\t').map((x) => x.trim());
  if (!english || !vietnamese) continue;
  if (!everySense.has(english)) throw new Error(`vietnamese-names.tsv: no entry has the sense "${english}"`);
  names[english] = vietnamese;
}

// A sense that is only another sense's Vietnamese name ("đô la Mỹ" beside United States dollar) is
// that sense: shown by its Vietnamese name, the two would be one line twice.
let namesAsSenses = 0;
for (const [form, joined] of Object.entries(out)) {
  const senses = joined.split(SENSE_SEPARATOR);
  const named = new Set(senses.flatMap((x) => (names[x] ? [fold(names[x])] : [])));
  const kept = senses.filter((x) => names[x] || !named.has(fold(x)));
  namesAsSenses += senses.length - kept.length;
  out[form] = kept.join(SENSE_SEPARATOR);
}

const data: GlossaryData = { version: 1, entries: out, translations, names, kinds };
const json = JSON.stringify(data);
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'glossary.json'), json);
// Written rather than copied so the read-only mode of the shared files does not come along.
for (const name of ['vinorm_LICENSE.txt', 'soe-vinorm_LICENSE.txt']) writeFileSync(join(outDir, name), readFileSync(join(lexicon, name)));
writeFileSync(
  join(outDir, 'SOURCES.md'),
  `# glossary.json sources

Generated by \`npx tsx scripts/build-glossary.ts\`; do not edit by hand.

- \`vinorm_Acronyms.txt\` from v-nhandt21/Vinorm, MIT licence (\`vinorm_LICENSE.txt\`).
- \`soe-vinorm_abbreviations.txt\` from vinhdq842/soe-vinorm, MIT licence (\`soe-vinorm_LICENSE.txt\`); a
  numeral its speech forms spell as a word is written as the key writes it ("CK2": chuyên khoa cấp 2).
- English expansions of about 250 international initialisms written for Sổ Tay (the INTERNATIONAL table in the script), and of about 3,400 more (\`scripts/data/international.tsv\`) for keys the other sources lack.
- About 770 initialisms of Vietnamese banks, firms, state bodies, schools, media and news prose, with their Vietnamese names (\`scripts/data/vietnamese.tsv\`), for keys the other sources lack.
- About 100 senses Vietnamese news uses that the lists lack, for keys they know (\`scripts/data/senses.tsv\`), after the lists' own.
- A few senses Vietnamese news uses that the lists lack (the NEWS_SENSES table in the script).
- The usual news sense put first for a few acronyms (the NEWS_FIRST table in the script).
- \`translations\`: which English words Vietnamese words translate in the names of English initialisms
  ("đạn đạo" → Ballistic), written for Sổ Tay (\`scripts/data/translations.tsv\`, see its README).
- \`names\`: what about 880 English names common in Vietnamese news are called in Vietnamese
  ("Artificial Intelligence" → trí tuệ nhân tạo), shown beside them, written for Sổ Tay
  (\`scripts/data/vietnamese-names.tsv\`).
- \`kinds\`: for a few acronyms, the words written right before a use that say which sense it is
  ("nhựa PET" is the plastic, "chụp PET" the scan), written for Sổ Tay (\`scripts/data/kinds.tsv\`);
  a sense found here and not in \`entries\` is read only after such a word ("tàu cá BĐ 96789 TS"); a
  kind ending in " #" wants a number after the use as well ("tàu HQ 604"), and "#" alone is an amount
  before it ("500 PLN").

Format: \`{ "version": 1, "entries": { "<written form>": "<sense>|<sense>…" }, "translations": { "<Vietnamese>": "<English>|<English>…" }, "names": { "<English sense>": "<Vietnamese name>" }, "kinds": { "<written form>": { "<sense>": ["<word before>", …] } } }\`, first sense most common.
`,
);
const bytes = Buffer.byteLength(json);
console.log(
  `glossary: ${Object.keys(out).length} acronyms, ${keptSenses - namesAsSenses} senses (${dropped} dropped, ${namesAsSenses} only another's Vietnamese name), ${Object.keys(translations).length} translated words, ` +
    `${bytes} bytes raw, ${gzipSync(json).length} bytes gzip`,
);
