/**
 * Which of an expansion's two names a reader sees first. The glossary's expansion of an English
 * initialism is the name its letters abbreviate (AI: Artificial Intelligence, HOSE: Ho Chi Minh City
 * Stock Exchange); a reader of the Vietnamese interface knows the thing by its Vietnamese name (trí
 * tuệ nhân tạo, Sở Giao dịch Chứng khoán TP.HCM), so that one comes first there and the original
 * under it. A reader of the English interface sees the original first and the Vietnamese name under
 * it. The data stays as it is: `long` is still the original everywhere else (search, export, the CLI).
 */
export interface ShownNames {
  main: string;
  /** The other name, said as what it is. */
  other?: { is: 'vietnamese' | 'original'; name: string };
}

export function shownNames(long: string, vietnameseLong: string | undefined, vietnameseFirst: boolean): ShownNames {
  if (!vietnameseLong) return { main: long };
  return vietnameseFirst ? { main: vietnameseLong, other: { is: 'original', name: long } } : { main: long, other: { is: 'vietnamese', name: vietnameseLong } };
}
