import { maskIdNumber, maskName, maskOrNull, maskPhone } from './masking';

describe('masking', () => {
  it('shows only the first character of a name, one * per remaining character', () => {
    expect(maskName('张三')).toBe('张*');
    expect(maskName('欧阳娜娜')).toBe('欧***');
    expect(maskName('李')).toBe('李');
  });

  it('counts characters outside the BMP as one character each', () => {
    expect(maskName('𠀀𠀁𠀂')).toBe('𠀀**');
  });

  it('shows the first 4 and last 4 characters of an identity number', () => {
    expect(maskIdNumber('500106199003071234')).toBe('5001**********1234');
    expect(maskIdNumber('11010519491231002X')).toBe('1101**********002X');
  });

  it('masks a short identity document number completely', () => {
    expect(maskIdNumber('E1234567')).toBe('********');
    expect(maskIdNumber('E12345678')).toBe('E123*5678');
  });

  it('shows the first 3 and last 4 characters of a phone number and masks a short one completely', () => {
    expect(maskPhone('13800138000')).toBe('138****8000');
    expect(maskPhone('023-65000000')).toBe('023*****0000');
    expect(maskPhone('6500000')).toBe('*******');
  });

  it('keeps an absent value absent', () => {
    expect(maskOrNull(null, maskName)).toBeNull();
    expect(maskOrNull('王伟', maskName)).toBe('王*');
  });
});
