/**
 * Words an article about one sense uses that the sense's own words do not hold: for titles that
 * share their letters and stand before the same names ("TBT Nguyễn Phú Trọng" at the Party's
 * conference is its general secretary, "TBT Lê Văn A của báo Tuổi Trẻ" a paper's editor-in-chief),
 * for names the translations table cannot meet (the South China Sea is "Biển Đông"), and for the
 * words of a sense's own field (a trade remedy's dumping, a parity's "ngang giá").
 * Each cue weighs as one of the sense's own words; an article's words are read one syllable or two
 * at a time, so "Bộ Chính trị" is met by "bộ chính", "Ban Chấp hành" by "chấp hành". Not "báo" alone,
 * which every "báo cáo", "thông báo" and "cảnh báo" holds, nor "chính trị" and "đại hội", which an
 * editor's tasks and a firm's shareholders' meeting hold ("Đại hội đồng cổ đông").
 */
import { syllableKey } from './translations';

const CUES: Record<string, readonly string[]> = {
  'tổng bí thư': ['đảng', 'trung ương', 'bộ chính', 'chấp hành', 'đảng viên'],
  'tổng biên tập': ['tờ báo', 'nhà báo', 'báo chí', 'tạp chí', 'toà soạn', 'tòa soạn', 'phóng viên', 'ấn phẩm'],
  // The Palestinians' government beside the sides it is named with; not Israel or Gaza alone, which
  // a plan (phương án) to bring citizens home from or tourists in from names as often.
  'palestinian authority': ['bờ tây', 'hamas', 'fatah', 'abbas'],
  // DOC: the South China Sea declaration, with the Code of Conduct (COC) it leads to and the sea's
  // convention (UNCLOS); not "tranh chấp", "hàng hải", "ASEAN", which trade disputes, shipping and
  // ASEAN's exporters put in news of the US Commerce Department too …
  'declaration on the conduct of parties in the south china sea': ['biển đông', 'ứng xử', 'quy tắc', 'chủ quyền', 'coc', 'unclos'],
  // … whose own words are those of trade remedies: dumping, petitions, evasion, countervailing
  // duties (not duties, exports or imports alone, which the sea's disputes bring up too).
  'department of commerce': ['bán phá', 'phá giá', 'đơn kiện', 'lẩn tránh', 'chống trợ'],
  // PPP: parity of purchasing power beside public-private partnership, where an article names it
  // ("ngang giá sức mua"; "sức mua" alone is consumers' spending, in news of partnerships too).
  'purchasing power parity': ['ngang giá'],
  // Japan's firms and networks beside America's council, Asia's and Russia's: news of Japan names
  // its places and its firms.
  // Not "Nhật Bản" for the firm: the council's director speaks of Japan's steel too.
  // And the makers of undersea cable it is one of ("SubCom của Mỹ, NEC của Nhật và Alcatel - Lucent");
  // not "cáp quang", which the council's broadband plans lay too.
  'nec corporation': ['fujitsu', 'hitachi', 'toshiba', 'panasonic', 'subcom', 'alcatel', 'cáp ngầm'],
  'national economic council': ['nhà trắng', 'kudlow', 'cohn', 'hassett'],
  'all-nippon news network': ['nhật bản', 'tokyo', 'osaka'],
  'nippon television': ['nhật bản', 'tokyo', 'osaka'],
  'nezavisimoye televideniye': ['nga', 'moscow', 'putin', 'kremlin'],
  // Turkey's NTV, quoted in news of Turkey (by one pair of the country's syllables, as Russia's and
  // Japan's channels by their countries' words: "kênh NTV của Nga" in news of Turkey is Russia's).
  'nokta televizyonu': ['thổ nhĩ', 'ankara', 'istanbul', 'erdogan'],
  // A firm's supervisory board beside its board of directors and shareholders, not a car's plate.
  'ban kiểm soát': ['hđqt', 'cổ đông', 'quản trị', 'đhđcđ', 'trưởng ban'],
  // PVC: the ticker is PVChem's, in market reports; elsewhere the plastic, or PetroVietnam
  // Construction (listed as PVX) where its trial is spoken of (ONLY_WHERE_CUED below).
  'tổng công ty hóa chất và dịch vụ dầu khí': ['cổ phiếu', 'hnx', 'chứng khoán'],
  // The bank Phạm Công Danh's trials are about, beside basics, processing and officials (not his
  // given name: every "Công Danh" would cue it).
  'construction bank': ['vncb', 'trustbank'],
  // The French bank, where the article names it whole or a bank, beside Bangladesh's party.
  'banque nationale de paris': ['paribas', 'ngân hàng'],
  // Hoa Sen's steel among other steel makers' tickers, not a good pupil.
  'công ty cổ phần tập đoàn hoa sen': ['thép', 'tôn', 'cổ phiếu', 'hpg', 'nkg'],
  // Catalonia's separatist party beside Europe's research council (whose grants go to Barcelona's
  // universities too).
  'republican left of catalonia': ['catalonia', 'catalan', 'ly khai'],
  // Đắk Lắk's station beside Đà Nẵng's, which share their letters.
  'đài phát thanh và truyền hình đắk lắk': ['đắk lắk', 'ma thuột'],
  // The Buddhist Sangha's council beside admissions boards.
  'hội đồng trị sự': ['phật giáo', 'giáo hội', 'tăng ni', 'hòa thượng', 'hoà thượng', 'thượng tọa', 'thượng toạ'],
  // Taiwan's news agency beside Singapore's channel, which share their letters and their credits (not
  // "Đài Bắc", "Hoa Liên" or "Đài Trung": read two syllables at a time they meet "đài Bắc Ninh",
  // "hoa liên tục", "Đài Trung ương").
  'central news agency': ['đài loan', 'cao hùng'],
  'channel newsasia': ['singapore'],
  // An applicant's choices beside staff: admissions' words ("xét tuyển NV", "trúng tuyển NV1").
  'nguyện vọng': ['xét tuyển', 'trúng tuyển', 'tuyển sinh', 'thí sinh', 'điểm chuẩn', 'điểm sàn'],
  // The scan beside the Party's politics and a firm: imaging's other words ("X - quang, chụp MRI, CT
  // scan"). Not "chụp" alone, which every photo holds.
  'cắt lớp vi tính': ['scan', 'mri', 'x quang', 'siêu âm', 'cộng hưởng', 'chẩn đoán'],
  // America's network beside Australia's (both have an "ABC News"): the White House and America's
  // other networks. Not its presidents, "Washington", polls or voters, which Australia's network
  // reports on too ("Theo Đài ABC của Australia, Tổng thống Mỹ Donald Trump …", "Đài ABC dẫn kết
  // quả thăm dò Newspoll").
  // Its polls with the Washington Post and its shows ("This Week", "Good Morning America").
  'american broadcasting company': ['nhà trắng', 'cbs', 'nbc', 'fox', 'cnn', 'washington post', 'this week', 'good morning'],
  // … and Australia's own, the second sense since America's is cited more: its prime ministers,
  // cities, states and polls (the article on Australia may not name it; "Đài ABC (Úc)" names it
  // beside the use, glossary.ts countryAside). Not "Công đảng": Britain's Labour is one too.
  'australian broadcasting corporation': ['turnbull', 'morrison', 'albanese', 'canberra', 'sydney', 'melbourne', 'brisbane', 'queensland', 'perth', 'adelaide', 'newspoll', 'new south', 'south wales', 'tasmania', 'nam úc', 'tây úc'],
  // Customs' commodity codes beside pupils: tariffs and customs (not "code", which a "QR code" and a
  // school's "dress code" hold too).
  'harmonized system': ['hải quan', 'thuế suất', 'biểu thuế', 'thuế quan', 'xuất xứ'],
  // Australia's study-abroad organisation beside people displaced by war: study abroad, IELTS.
  'idp education': ['du học', 'ielts'],
  // A building's control system beside a battery's: the building's fire and power systems.
  'building management system': ['tòa nhà', 'toà nhà', 'báo cháy', 'chữa cháy'],
  // … which electric vehicles' fires in apartment blocks bring up too: the battery's own words.
  'battery management system': ['pin', 'xe điện', 'sạc', 'ắc quy'],
  // The TV series beside carmakers' customer satisfaction index.
  'crime scene investigation': ['loạt phim', 'bộ phim', 'phim truyền', 'tập phim', 'cbs', 'hiện trường'],
  // The car show beside fishing boats' tracking: cars and their makers (not "triển lãm": fisheries
  // have their fairs too; nor "xe" alone, which fishermen ride to their dealers).
  'vietnam motor show': ['ô tô', 'xe hơi', 'mẫu xe', 'hãng xe', 'showroom'],
  // The school system beside the accounting standards: pupils, their parents and programmes.
  'vietnam australia international school': ['học sinh', 'phụ huynh', 'mầm non', 'tiểu học', 'cambridge'],
  // The mathematics contest beside asset management firms: contests, medals, pupils.
  'american mathematics competitions': ['toán học', 'huy chương', 'học sinh', 'kỳ thi', 'cuộc thi'],
  // The English tests' maker beside the emissions trading system: its tests and certificates.
  // Not "chứng chỉ", which carbon markets trade ("chứng chỉ carbon trên thị trường ETS").
  'educational testing service': ['toeic', 'toefl', 'tiếng anh', 'bài thi'],
  // The K-pop band beside admissions boards and base stations, listed among other acts ("các nghệ sĩ
  // như PSY, ban nhạc Wonder Girls, BTS"), not only after a band's word (kinds.tsv). "K-pop" is read
  // as "k" and "pop"; Korea by its nickname ("xứ kim chi"); not "nghệ sĩ", "Hàn Quốc" or "giải trí",
  // which admissions boards (an arts school, "ngành Ngôn ngữ Hàn Quốc") and base stations meet too.
  'bangtan sonyeondan': ['kpop', 'k pop', 'ban nhạc', 'nhóm nhạc', 'hâm mộ', 'album', 'kim chi'],
  // The government beside shares and a firm's legal form, where a use is its own subject ("CP ban
  // hành nghị định"): its decrees and ministries. Not resolutions or issuing alone, which a firm's
  // shareholders pass and its board issues, nor the Prime Minister, who approves state firms' sales
  // of shares ("Thủ tướng phê duyệt … bán 30 triệu CP").
  'chính phủ': ['nghị định', 'bộ ngành'],
  // Thailand's agribusiness group beside shares: the meat firms it is listed with, its country, its
  // feed and its pork ("Vissan … ngoài ra CP và Tổng công ty Nông nghiệp Sài Gòn … con heo thịt").
  // Not pigs or farming alone, which the government's aid ("CP ban hành nghị quyết … dịch tả lợn")
  // and a farm firm's shares ("phát hành thêm 5 triệu CP") are written beside too; nor Dabaco,
  // whose own shares are "CP của Dabaco".
  'charoen pokphand': ['vissan', 'japfa', 'san hà', 'thái lan', 'heo thịt', 'lợn thịt', 'thức ăn'],
  // The mathematics olympiad beside the maritime organisation: mathematics, medals, contestants.
  'international mathematical olympiad': ['toán học', 'olympic toán', 'huy chương', 'thí sinh'],
  // Design software beside Canada's dollar: design, drawings, engineering.
  'computer-aided design': ['thiết kế', 'bản vẽ', 'cơ khí', 'phần mềm', 'autocad'],
  // An airline's punctuality beside one-time passwords: punctuality's own words, not flights (a
  // booking's password is sent in airline news too); the password beside codes and scams.
  'on-time performance': ['đúng giờ', 'chậm chuyến', 'hủy chuyến', 'huỷ chuyến', 'trễ chuyến'],
  'one-time password': ['mật khẩu', 'xác thực', 'tin nhắn', 'lừa đảo', 'thanh toán'],
  // A car's equipment beside a songwriter and a housing corporation: a car's words ("chống trượt
  // TCS, camera lùi, 6 túi khí", "màn hình HUD"); not "ô tô" for TCS, where a song plays too.
  'traction control system': ['chống trượt', 'túi khí', 'phanh', 'mẫu xe', 'động cơ'],
  'head-up display': ['màn hình', 'kính lái', 'túi khí', 'ô tô', 'mẫu xe', 'đồng hồ'],
  // Israel's ship prefix beside India's; a drug beside non-governmental bodies.
  'israeli navy ship': ['israel'],
  'indian naval ship': ['ấn độ'],
  phencyclidine: ['gây nghiện', 'ma tuý', 'ma túy', 'chất kích thích', 'dương tính', 'ảo giác'],
};

/**
 * Senses whose letters mean something else more often than not in Vietnamese news, and which the
 * glossary shows only where one of these words stands around the uses: better unknown than the toll
 * lanes' ETC on a drug maker's hospital channel ("kênh ETC"), a spy agency on a network's OSS/BSS, a
 * newspaper on a listed firm's ticker, gold's selling price on a Honda BR-V. A credit or a citation
 * ("Ảnh: VNE", "Theo VNE") needs no cue.
 */
const ONLY_WHERE_CUED: Record<string, readonly string[]> = {
  // China's policy bank only where the article says whose EXIM it is ("EXIM của Trung Quốc",
  // glossary.ts countryAside; "EXIM Bank của Trung Quốc", namedBeside) or names its loans' railway:
  // "Trung Quốc" alone stands in as many stories of the American bank's trade.
  'export-import bank of china': ['cát linh'],
  // The Islamic State's earlier name only beside its own history: any Iraq beside Pakistan's
  // intelligence service, whose letters news reads far more often, read it.
  'islamic state of iraq': ['qaeda', 'zarqawi', 'baghdadi', 'isis', 'tiền thân'],
  // Singapore's maritime information centre only beside navies and the sea: "thông tin" and "trung
  // tâm" alone are the World Bank arm's news as much.
  'information fusion centre': ['hải quân', 'singapore', 'cướp biển', 'hàng hải', 'an ninh biển'],
  // A wastewater reactor only beside wastewater: "cao su SBR" is the rubber (a kind, kinds.tsv), and
  // a fund's or a firm's SBR is neither.
  // Not "xử lý" alone, which firms are ("bị xử lý vì vi phạm").
  'sequencing batch reactor': ['nước thải', 'vi sinh', 'hiếu khí'],
  // CBTA: the Mekong transport agreement beside its region and border gates, pilots' training beside
  // pilots; neither elsewhere.
  'cross-border transport agreement': ['mekong', 'gms', 'cửa khẩu', 'tiểu vùng', 'hiệp định'],
  'competency-based training and assessment': ['phi công', 'huấn luyện', 'icao', 'hàng không'],
  // MB as the Military Bank only where the article names it so ("Ngân hàng MB", "MBBank", "TMCP
  // Quân đội"), and the North only beside the lottery's: MB is megabytes as often, after "vài",
  // "hàng trăm", "mỗi" (no figure), in articles on banking apps too, and bank news names regions.
  'ngân hàng thương mại cổ phần quân đội': ['hàng mb', 'mbbank', 'tmcp quân', 'phần quân'],
  'miền bắc': ['xổ số', 'xsmb'],
  'electronic toll collection': ['thu phí', 'không dừng', 'trạm thu', 'cao tốc', 'bot', 'làn', 'dán thẻ', 'quốc lộ'],
  'office of strategic services': ['tình báo', 'cia', 'điệp viên', 'gián điệp', 'thế chiến'],
  vnexpress: ['tờ báo', 'trang tin', 'vnexpress', 'phóng viên'],
  // Gold's prices, each beside the other ("(MV – BR)") or per tael ("triệu đồng / lượng").
  'mua vào': ['bán ra', 'br', 'giá vàng', 'đồng lượng'],
  'bán ra': ['mua vào', 'mv', 'giá vàng', 'đồng lượng'],
  // A drug's impurity beside Pakistan's and India's disaster authorities.
  'n-nitrosodimethylamine': ['tạp chất', 'ung thư', 'thuốc', 'nitrosamine', 'ranitidine', 'metformin', 'valsartan'],
  'national disaster management authority': ['pakistan', 'ấn độ', 'lũ', 'lũ lụt', 'thiên tai', 'mưa', 'bão', 'động đất'],
  // A rented server beside the cloud, not a department's office; an airframe's serial, not Masan.
  'virtual private server': ['máy chủ', 'đám mây', 'điện toán', 'hosting'],
  'manufacturer serial number': ['máy bay', 'tàu bay', 'airbus', 'boeing'],
  // The French carmaker beside its brands; the blood test and Singapore's port elsewhere.
  'peugeot société anonyme': ['peugeot', 'citroen', 'citroën', 'opel'],
  // An aircraft's angle beside a K-pop group's name ("nhóm nhạc AOA"), which expands to nothing.
  'angle of attack': ['cảm biến', 'góc tấn', 'máy bay', 'boeing', 'mcas', 'phi công'],
  // Korea's work permits beside a share's earnings.
  'employment permit system': ['hàn quốc', 'tiếng hàn'],
  // Blood counts beside an office's administration and a report: each beside the others, written
  // out or short ("HC 3,98 T/L; BC 10,8 G/L; TC 250 G/L").
  'hồng cầu': ['bạch cầu', 'tiểu cầu', 'huyết học', 'bc', 'tc'],
  'bạch cầu': ['hồng cầu', 'tiểu cầu', 'huyết học', 'hc', 'tc'],
  // A firm's own standard beside a Party's grassroots organisation.
  'tiêu chuẩn cơ sở': ['tiêu chuẩn', 'quy chuẩn', 'tcvn', 'qcvn'],
  // Science's citation index beside Pakistan's spies.
  'institute for scientific information': ['scopus', 'trích dẫn', 'bài báo', 'tạp chí'],
  // A security contest beside a naval task force.
  'capture the flag': ['bảo mật', 'tin tặc', 'hacker', 'lỗ hổng', 'cuộc thi'],
  // Schools' accreditation beside the former Soviet states (not "trường quốc", which "thị trường
  // quốc tế" holds).
  'council of international schools': ['kiểm định', 'neasc'],
  // PVC as PetroVietnam Construction only where the article speaks of its building or its trial:
  // "Việt Nam" and the oil words of its name are in news of plastic pipes and of PVChem too, and so
  // are contractors ("nhà thầu" beside tickers of oil firms).
  'tổng công ty cổ phần xây lắp dầu khí việt nam': ['xây lắp', 'la thăng', 'xuân thanh'],
  // China's photo agency, named in credits (where the credit decides) or where the article names it.
  'visual china group': ['visual china'],
  // The Dutch group among other feed makers, not psychiatry's manual nor demand-side management.
  'royal dsm': ['heus', 'cargill'],
  // A fertiliser beside DAP, urea and potash, not a map.
  'monoammonium phosphate': ['phân bón', 'dap', 'urê', 'kali', 'phân lân'],
  // Australia's business paper (credits name it whatever the words), Vietnam's platforms on the
  // continental shelf (not "dự kiến" in market reports).
  'australian financial review': ['úc', 'australia'],
  'dịch vụ - kinh tế - khoa học kỹ thuật': ['nhà giàn', 'trường sa', 'thềm lục', 'lục địa'],
  // TISCO's contractor, not America's aid agency in Nepal nor a cricket club.
  'metallurgical corporation of china': ['tisco', 'luyện kim', 'gang thép'],
  // Malaysia's navy's ship prefix, in news of Malaysia's navy, not a firm's business department
  // ("phòng KD"); after a ship's word its kind reads it anywhere (kinds.tsv).
  'kapal diraja': ['malaysia', 'kuala lumpur', 'hải quân', 'tàu ngầm', 'tàu chiến', 'chiến hạm'],
  // pH written in capitals, beside acids and alkalis (after "độ" its kind reads it: kinds.tsv); PH
  // is initials elsewhere.
  'potential of hydrogen': ['axit', 'kiềm', 'độ chua', 'bazơ'],
  // BSE: India's exchange beside markets, mad cow disease beside cattle; a Korean maker's name in
  // news of its plant is neither ("công nhân nhà máy điện tử BSE", QA 020795).
  'bombay stock exchange': ['ấn độ', 'mumbai', 'sensex', 'chứng khoán', 'cổ phiếu', 'niêm yết'],
  'bovine spongiform encephalopathy': ['bò điên', 'gia súc', 'thịt bò', 'con bò', 'đàn bò', 'prion'],
  // Japan's certificate of eligibility beside study and residence there, not Singapore's car
  // permit nor the Council of Europe written in capitals.
  'certificate of eligibility': ['nhật bản', 'du học', 'tư cách cư trú', 'lưu trú', 'visa', 'thị thực'],
  // The resistance's safe zone (Định Hóa, Tân Trào) in history and memorials, not the rocket maker
  // "Orbital ATK" (QA 007959).
  'an toàn khu': ['kháng chiến', 'cách mạng', 'di tích', 'chiến khu', 'việt bắc', 'căn cứ', 'định hóa', 'tân trào', 'tuyên quang', 'thái nguyên', 'bắc kạn'],
  // Vinorm's first TD beside a children's troupe ("nhóm TD Kids"): shown only where the article is
  // about it.
  'tình dục': ['quấy rối', 'xâm hại', 'hiếp dâm', 'giới tính', 'lạm dụng', 'mại dâm', 'dâm ô', 'quan hệ', 'lây truyền', 'tránh thai', 'giang mai', 'nô lệ', 'cưỡng bức', 'ham muốn', 'sinh lý', 'khiêu dâm'],
};

/**
 * Senses the glossary holds only for an article's own name of them to be read ("người phát ngôn các
 * lực lượng vũ trang Philippines AFP"), never shown from the words around a use: the Philippine
 * military beside the French agency that reports on it ("AFP cho biết lực lượng vũ trang Philippines
 * …", "AFP đưa tin" beside Iraq's security forces).
 */
const READ_ONLY_IN_TEXT = new Set(['armed forces of the philippines']);

/** Whether `sense` (lower case) is one the glossary never shows by itself (see READ_ONLY_IN_TEXT). */
export function readOnlyInText(sense: string): boolean {
  return READ_ONLY_IN_TEXT.has(sense);
}

/** Of an entry's senses, those a list may offer the reader or choose by itself: the one read, and
 * none read only where an article names it (a photo credit "Ảnh: AFU, AFP" or a card for the
 * selection "AFP" is the agency, not the Philippine military). */
export function offeredSenses(senses: readonly string[], read: string): string[] {
  return senses.filter((x) => x === read || !readOnlyInText(x.toLowerCase()));
}

/** The cues for `sense` (lower case), if any. */
export function senseCues(sense: string): readonly string[] {
  if (Object.hasOwn(ONLY_WHERE_CUED, sense)) return ONLY_WHERE_CUED[sense] ?? [];
  return Object.hasOwn(CUES, sense) ? (CUES[sense] ?? []) : [];
}

/** A cue as an article's words are read: each syllable by its lookup key (one tone placement). */
export function cueKey(cue: string): string {
  return cue.split(' ').map(syllableKey).join(' ');
}

// The cues of ONLY_WHERE_CUED keyed once: they are asked at every use of such a sense.
const KEYED_ONLY_WHERE_CUED = new Map(Object.entries(ONLY_WHERE_CUED).map(([sense, cues]) => [sense, cues.map(cueKey)]));

/** Whether `sense` (lower case) may show among `words` (an article's syllables and pairs, keyed). */
export function cuedWhereNeeded(sense: string, words: ReadonlySet<string>): boolean {
  if (READ_ONLY_IN_TEXT.has(sense)) return false;
  const cues = KEYED_ONLY_WHERE_CUED.get(sense);
  return cues === undefined || cues.some((cue) => words.has(cue));
}
