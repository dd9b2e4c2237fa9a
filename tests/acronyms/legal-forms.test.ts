import { describe, expect, it } from 'vitest';
import { reading } from './helpers';

describe("a foreign firm's legal form after its name", () => {
  it('is the legal form', () => {
    const partners = 'Các đối tác gồm Equinor ASA của Na Uy, tập đoàn Chevron có trụ sở tại Mỹ và Total SA của Pháp.';
    expect(reading(partners, 'ASA')).toBe('Allmennaksjeselskap');
    expect(reading(partners, 'SA')).toBe('Société Anonyme');
    expect(reading('Tiền được chuyển vào tài khoản tại Ngân hàng Gazprombank AO của Nga.', 'AO')).toBe('Aktsionernoye Obshchestvo');
    expect(reading('Tập đoàn Siemens AG đầu tư thêm vào Việt Nam.', 'AG')).toBe('Aktiengesellschaft');
  });

  it('is not read elsewhere', () => {
    // A fertiliser, a member of staff: not after a foreign name.
    expect(reading('Nông dân bón phân SA cho lúa.', 'SA')).not.toBe('Société Anonyme');
    expect(reading('Ông Nguyễn Văn A, NV ngân hàng, cho biết.', 'NV')).toBe('nhân viên');
  });
});
